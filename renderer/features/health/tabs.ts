// What this feature plugs into the shell (renderer/features.ts): the Live bottom tab and the live-health node badge.
import { HealthBadge } from './HealthBadge';
import { LivePanel } from './LivePanel';
import './health.css';

/** Bottom tabs to add to BOTTOM_TABS. */
export const HEALTH_TABS = [{ id: 'live', title: 'Live', component: LivePanel }] as const;

/** Node badges to add to NODE_BADGES. */
export const HEALTH_BADGES = [{ id: 'health', component: HealthBadge }] as const;
