// What this feature plugs into the shell (renderer/features.ts): the Live bottom tab, the live-health node badge and the flow mark on traffic edges.
import { FlowMark } from './FlowMark';
import { HealthBadge } from './HealthBadge';
import { LivePanel } from './LivePanel';
import './health.css';

/** Bottom tabs to add to BOTTOM_TABS. */
export const HEALTH_TABS = [{ id: 'live', title: 'Live', component: LivePanel }] as const;

/** Node badges to add to NODE_BADGES. */
export const HEALTH_BADGES = [{ id: 'health', component: HealthBadge }] as const;

/** Edge marks to add to EDGE_MARKS. */
export const HEALTH_EDGE_MARKS = [{ id: 'flow', component: FlowMark }] as const;
