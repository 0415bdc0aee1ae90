// The validation panels wired to the app store: findings + estimates, and what-if. Mounted as bottom tabs (renderer/features.ts).
import { useCallback, useEffect } from 'react';
import type { Estimates } from '../../../src/validate';
import { getFlow } from '../../canvas/flow-ref';
import { appStore, useApp } from '../../store';
import { EstimatesSummary } from './EstimatesSummary';
import { FindingsPanel } from './FindingsPanel';
import { BlastBadge, showBlast } from './blast';
import { WhatIfPanel } from './WhatIfPanel';
import './validation.css';

/** Selects the nodes and brings them into view. */
export function focusNodes(ids: readonly string[]): void {
  const s = appStore.getState();
  const known = ids.filter((id) => s.design.nodes.some((n) => n.id === id));
  if (!known.length) return;
  s.select(known, 'replace');
  void getFlow()?.fitView({ nodes: known.map((id) => ({ id })), padding: 0.4, maxZoom: 1.2, duration: 250 });
}

/** Findings and estimates of the current design. */
export function ValidationTab() {
  const findings = useApp((s) => s.findings);
  const validating = useApp((s) => s.validating);
  const estimates = useApp((s) => s.estimates) as Estimates | undefined;
  const objectives = useApp((s) => s.design.objectives);
  const nodes = useApp((s) => s.design.nodes);
  const nodeName = useCallback((id: string) => nodes.find((n) => n.id === id)?.name, [nodes]);
  return (
    <div className="hv-tab">
      <FindingsPanel findings={findings} validating={validating} onFocus={focusNodes} nodeName={nodeName} />
      <EstimatesSummary estimates={estimates} objectives={objectives} onFocus={focusNodes} />
    </div>
  );
}

/** What-if on the current design. */
export function WhatIfTab() {
  const design = useApp((s) => s.design);
  useEffect(() => () => showBlast(undefined), []);
  return <WhatIfPanel design={design} onFocus={focusNodes} onResult={showBlast} />;
}

/** Node badges to add to NODE_BADGES: the what-if blast radius. */
export const VALIDATION_BADGES = [{ id: 'what-if', component: BlastBadge }] as const;

/** Bottom tabs to add to BOTTOM_TABS. */
export const VALIDATION_TABS = [
  { id: 'findings', title: 'Findings', component: ValidationTab },
  { id: 'what-if', title: 'What if', component: WhatIfTab },
] as const;
