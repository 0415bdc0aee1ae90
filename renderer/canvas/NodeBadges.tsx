// Badges on a node: the live-health dot, validation findings, and the feature badges (provisioning state, live
// chip, …: NODE_BADGES, one each). Each badge reads only its node's entry through its own selector, so a health
// update re-renders that node's dot, not the node or its other badges.
import { memo } from 'react';
import { useApp } from '../store';
import { NODE_BADGES } from '../features';

/** The health dot: six states (stale: the last known colour, greyed; not deployed: hollow), a fixed-size box. */
const HealthDot = memo(function HealthDot({ id }: { readonly id: string }) {
  const h = useApp((s) => s.health.get(id));
  if (!h) return null;
  const was = h.state === 'stale' && h.lastKnown ? ` ha-health-was-${h.lastKnown}` : '';
  return <span className={`ha-health ha-health-${h.state}${was}`} title={h.detail ?? h.state} data-testid={`health-${id}`} data-state={h.state} />;
});

const FindingsCount = memo(function FindingsCount({ id }: { readonly id: string }) {
  const f = useApp((s) => s.findingsByNode.get(id));
  const count = f ? f.errors + f.warnings : 0;
  if (!f || count === 0) return null;
  return (
    <span className={`ha-badge ${f.errors ? 'ha-badge-error' : 'ha-badge-warning'}`} title={f.top} data-testid={`badge-${id}`}>
      {count}
    </span>
  );
});

export const NodeBadges = memo(function NodeBadges({ id }: { readonly id: string }) {
  return (
    <div className="ha-badges">
      <HealthDot id={id} />
      <FindingsCount id={id} />
      {NODE_BADGES.map((b) => <b.component key={b.id} nodeId={id} />)}
    </div>
  );
});
