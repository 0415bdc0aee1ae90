// The live-health chip on a node, shown only in live mode for the states worth words: DOWN, DEGRADED, stale with
// the age of its data (ticking from the shared clock: only stale chips tick), not deployed. The canvas's dot
// (NodeBadges) carries the colour. Each chip subscribes to its own node: a batch re-renders only changed chips.
import { memo, useEffect } from 'react';
import type { NodeHealth } from '../../../src/health/types';
import { api } from '../../api';
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
  const label = h && LABEL[h.state];
  if (!h || !label) return null;
  const was = h.state === 'stale' && h.lastKnown ? ` hh-was-${h.lastKnown}` : '';
  return (
    <span className={`hh-chip hh-${h.state}${was}`} title={healthTitle(h)} data-testid={`live-${nodeId}`} data-state={h.state}>
      {h.state === 'stale' ? <StaleText h={h} /> : label}
    </span>
  );
});
