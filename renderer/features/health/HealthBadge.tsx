// The live-health badge on a node, in live mode only: the dot (six states: stale in its last known colour, greyed;
// not deployed hollow) and, for the states worth words, a chip: DOWN, DEGRADED, stale with the age of its data
// (ticking from the shared clock: only stale chips tick), not deployed. Each badge subscribes to its own node, so a
// batch re-renders only the badges it changed and wakes no other subscriber of the app store.
import { memo, useEffect } from 'react';
import type { NodeHealth } from '../../../src/health/types';
import { api } from '../../api';
import { NodeAnchor } from '../../canvas/NodeAnchor';
import { appStore } from '../../store';
import { focusNodes } from '../validation/tabs';
import { ageText, useNow } from './age';
import { ensureHealthBridge } from './bridge';
import { healthTitle } from './mirror';
import { useNodeHealth } from './store';

const LABEL: Partial<Record<NodeHealth['state'], string>> = { down: 'DOWN', degraded: 'DEGRADED', stale: 'stale', 'not-deployed': 'not deployed' };

/** "stale 12 s": the age of the last observation (or of the state, when none was made), from the shared clock. */
function StaleText({ h }: { readonly h: NodeHealth }) {
  const now = useNow();
  return <>stale {ageText(h.observedAt ?? h.since, now)}</>;
}

export const HealthBadge = memo(function HealthBadge({ nodeId }: { readonly nodeId: string }) {
  useEffect(() => void ensureHealthBridge(api, appStore, (id) => focusNodes([id])), []);
  const h = useNodeHealth(nodeId);
  if (!h) return null;
  const label = LABEL[h.state];
  const last = h.state === 'stale' && h.lastKnown ? h.lastKnown : undefined;
  const title = healthTitle(h);
  // In the canvas's live layer: a state change repaints that layer, not the edge-filled tiles under the node.
  return (
    <NodeAnchor nodeId={nodeId}>
      <span className="ha-live-badges">
      <span className={`ha-health ha-health-${h.state}${last ? ` ha-health-was-${last}` : ''}`} title={title} data-testid={`health-${nodeId}`} data-state={h.state} />
      {label && (
        <span className={`hh-chip hh-${h.state}${last ? ` hh-was-${last}` : ''}`} title={title} data-testid={`live-${nodeId}`} data-state={h.state}>
          {h.state === 'stale' ? <StaleText h={h} /> : label}
        </span>
      )}
      </span>
    </NodeAnchor>
  );
});
