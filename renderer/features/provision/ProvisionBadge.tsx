// The provisioning badge on a node: planned / creating / ready / failed … from the app store's provision slice.
import { memo } from 'react';
import { useApp } from '../../store';

const LABEL: Record<string, string> = { planned: 'planned', creating: 'creating', updating: 'updating', deleting: 'deleting', ready: 'ready', failed: 'FAILED', skipped: 'skipped' };

export const ProvisionBadge = memo(function ProvisionBadge({ nodeId }: { readonly nodeId: string }) {
  const p = useApp((s) => s.provision.get(nodeId));
  if (!p) return null;
  return (
    <span className={`pv-chip pv-chip-${p.state}`} title={p.detail ?? p.state} data-testid={`provision-${nodeId}`} data-state={p.state}>
      {LABEL[p.state] ?? p.state}
    </span>
  );
});
