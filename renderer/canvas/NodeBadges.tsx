// Badges on a node: validation findings, and the feature badges (live health dot and chip, provisioning state, …:
// NODE_BADGES, one each). Each badge reads only its node's entry through its own subscription, so a health update
// re-renders that node's health badge, not the node or its other badges.
import { memo } from 'react';
import { useApp } from '../store';
import { NODE_BADGES } from '../features';

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
      <FindingsCount id={id} />
      {NODE_BADGES.map((b) => <b.component key={b.id} nodeId={id} />)}
    </div>
  );
});
