// The live-health badge on a node: a chip with the live state (stale greyed with its data's age, not deployed),
// shown only in live mode; the app's own dot carries the colour. Also makes sure the health bridge runs.
import { memo, useEffect } from 'react';
import { api } from '../../api';
import { appStore } from '../../store';
import { focusNodes } from '../validation/tabs';
import { ageText, useNow } from './age';
import { ensureHealthBridge } from './bridge';
import { useHealth } from './store';

const LABEL: Record<string, string> = { down: 'DOWN', degraded: 'DEGRADED', stale: 'STALE', 'not-deployed': 'not deployed' };

function StaleAge({ observedAt }: { readonly observedAt: string | undefined }) {
  const now = useNow();
  return <>{observedAt ? ` ${ageText(observedAt, now)}` : ''}</>;
}

export const HealthBadge = memo(function HealthBadge({ nodeId }: { readonly nodeId: string }) {
  useEffect(() => void ensureHealthBridge(api, appStore, (id) => focusNodes([id])), []);
  const h = useHealth((s) => (s.live ? s.nodes.get(nodeId) : undefined));
  if (!h || !LABEL[h.state]) return null;
  return (
    <span className={`hh-chip hh-${h.state}`} title={`${h.state}: ${h.reason}`} data-testid={`live-${nodeId}`} data-state={h.state}>
      {LABEL[h.state]}{h.state === 'stale' && <StaleAge observedAt={h.observedAt} />}
    </span>
  );
});
