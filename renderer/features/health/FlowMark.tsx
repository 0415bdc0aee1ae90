// A traffic edge's flow while live (blocked, partial, unknown; flowing edges carry no mark), drawn over the edge in the
// canvas's live layer: a change repaints that layer, not the edge-filled tiles of the canvas (restyling the edge
// itself re-rasterised most of them: a target group's edges fan out across the whole view).
import { memo, useSyncExternalStore } from 'react';
import { createPortal } from 'react-dom';
import type { EdgeHealth } from '../../../src/health/types';
import { useLiveSvg } from '../../canvas/live-layer';
import { healthStore } from './store';

type Flow = EdgeHealth['flow'];
const flowOf = (edgeId: string): Flow | undefined => {
  const s = healthStore.getState();
  return s.live ? s.edges.get(edgeId)?.flow : undefined;
};

/** One edge's live flow: re-renders only when that edge's flow changes. */
export function useEdgeFlow(edgeId: string): Flow | undefined {
  const get = () => flowOf(edgeId);
  return useSyncExternalStore(healthStore.subscribe, get, get);
}

export const FlowMark = memo(function FlowMark({ edgeId, path }: { readonly edgeId: string; readonly path: string }) {
  const flow = useEdgeFlow(edgeId);
  const svg = useLiveSvg();
  if (!flow || flow === 'flowing' || !svg) return null;
  return createPortal(<path className={`ha-flow-mark ha-flow-${flow}`} d={path} data-testid={`flow-${edgeId}`} data-flow={flow} />, svg);
});
