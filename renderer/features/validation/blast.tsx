// The what-if blast radius on the canvas: a small tag on every node the simulated failure loses, degrades or hands over.
import { memo } from 'react';
import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import type { WhatIfResult } from '../../../src/validate';

/** How a node fares in the current what-if. */
export type BlastRole = 'failed' | 'degraded' | 'takeover';

interface BlastState { readonly roles: ReadonlyMap<string, BlastRole>; readonly label: string | undefined }

/** The current what-if, shared by the panel (writes) and the node badges (read one entry each). */
export const blastStore = createStore<BlastState>()(() => ({ roles: new Map(), label: undefined }));

/** Shows a what-if result on the canvas (undefined clears it). */
export function showBlast(result: WhatIfResult | undefined): void {
  const roles = new Map<string, BlastRole>();
  if (result) {
    for (const id of result.degraded) roles.set(id, 'degraded');
    for (const t of result.takingOver) roles.set(t.id, 'takeover');
    for (const id of result.failed) if (!roles.has(id)) roles.set(id, 'failed');
  }
  blastStore.setState({ roles, label: result?.label });
}

const TEXT: Readonly<Record<BlastRole, string>> = { failed: 'lost', degraded: 'degraded', takeover: 'takes over' };

/** Node badge: this node's role in the current what-if, if any. */
export const BlastBadge = memo(function BlastBadge({ nodeId }: { readonly nodeId: string }) {
  const role = useStore(blastStore, (s) => s.roles.get(nodeId));
  const label = useStore(blastStore, (s) => s.label);
  if (!role) return null;
  return <span className={`hv-blast-tag hv-blast-${role}`} title={`What if: lose ${label}`} data-testid={`blast-${nodeId}`}>{TEXT[role]}</span>;
});
