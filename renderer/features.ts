// Plug-in points for feature panels (validation, provision, health, IaC): one line each to add a bottom tab or a node badge.
import type { ComponentType } from 'react';
import { VALIDATION_BADGES, VALIDATION_TABS } from './features/validation/tabs';
import { HEALTH_BADGES, HEALTH_EDGE_MARKS, HEALTH_TABS } from './features/health/tabs';
import { PROVISION_BADGES, PROVISION_TABS } from './features/provision/tabs';

export interface BottomTab {
  readonly id: string;
  readonly title: string;
  readonly component: ComponentType;
}

export interface NodeBadge {
  readonly id: string;
  /** Rendered inside every visible node: read your own slice with a narrow selector on `nodeId`. */
  readonly component: ComponentType<{ readonly nodeId: string }>;
}

export interface EdgeMark {
  readonly id: string;
  /** Rendered with every drawn edge, given its midpoint (canvas coordinates): read your own slice on `edgeId`. */
  readonly component: ComponentType<{ readonly edgeId: string; readonly x: number; readonly y: number }>;
}

/** Tabs of the bottom panel, in order. Add yours: `{ id: 'findings', title: 'Findings', component: FindingsPanel },`. */
export const BOTTOM_TABS: BottomTab[] = [
  ...VALIDATION_TABS,
  ...HEALTH_TABS,
  ...PROVISION_TABS,
];

/** Extra badges drawn on nodes. Add yours: `{ id: 'drift', component: DriftBadge },`. */
export const NODE_BADGES: NodeBadge[] = [
  ...VALIDATION_BADGES,
  ...HEALTH_BADGES,
  ...PROVISION_BADGES,
];

/** Marks drawn over edges (in the canvas's live layer). Add yours: `{ id: 'latency', component: LatencyMark },`. */
export const EDGE_MARKS: EdgeMark[] = [
  ...HEALTH_EDGE_MARKS,
];
