// Badges on a node: validation findings, provisioning state, live health, and feature badges; each reads only this node's entry.
import { memo } from 'react';
import { useApp } from '../store';
import { NODE_BADGES } from '../features';

export const NodeBadges = memo(function NodeBadges({ id }: { readonly id: string }) {
  const f = useApp((s) => s.findingsByNode.get(id));
  const p = useApp((s) => s.provision.get(id));
  const h = useApp((s) => s.health.get(id));
  const count = f ? f.errors + f.warnings : 0;
  return (
    <div className="ha-badges">
      {h && <span className={`ha-health ha-health-${h.state}`} title={h.detail ?? h.state} data-testid={`health-${id}`} />}
      {p && <span className={`ha-prov ha-prov-${p.state}`} title={p.detail ?? p.state}>{p.state}</span>}
      {count > 0 && (
        <span className={`ha-badge ${f!.errors ? 'ha-badge-error' : 'ha-badge-warning'}`} title={f!.top} data-testid={`badge-${id}`}>
          {count}
        </span>
      )}
      {NODE_BADGES.map((b) => <b.component key={b.id} nodeId={id} />)}
    </div>
  );
});
