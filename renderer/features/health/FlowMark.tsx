// A traffic edge's flow while live (blocked, partial, unknown; flowing edges carry no mark): a small chip at the edge's
// midpoint in the canvas's live layer. Small on purpose: restyling or overdrawing a whole fan-out edge re-rasterised
// every tile it crosses (bench trace: the whole remaining raster cost of streaming, rAF p95 66.7 ms; with chips 16.8 ms).
import { memo, useSyncExternalStore } from 'react';
import { createPortal } from 'react-dom';
import type { EdgeHealth } from '../../../src/health/types';
import { useLiveLayer } from '../../canvas/live-layer';
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

const GLYPH: Record<Exclude<Flow, 'flowing'>, string> = { blocked: '✕', partial: '!', unknown: '?' };
const TITLE: Record<Exclude<Flow, 'flowing'>, string> = { blocked: 'no traffic flows', partial: 'traffic flows in part', unknown: 'flow unknown' };

export const FlowMark = memo(function FlowMark({ edgeId, x, y }: { readonly edgeId: string; readonly x: number; readonly y: number }) {
  const flow = useEdgeFlow(edgeId);
  const layer = useLiveLayer();
  if (!flow || flow === 'flowing' || !layer) return null;
  return createPortal(
    <div className={`ha-flow-mark ha-flow-${flow}`} style={{ transform: `translate(${x}px, ${y}px)` }} data-testid={`flow-${edgeId}`} data-flow={flow} title={`${edgeId}: ${TITLE[flow]}`}>
      {GLYPH[flow]}
    </div>,
    layer,
  );
});
