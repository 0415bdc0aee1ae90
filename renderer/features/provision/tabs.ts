// What this feature plugs into the shell (renderer/features.ts): the Provision bottom tab and the node badge.
import { ProvisionBadge } from './ProvisionBadge';
import { ProvisionPanel } from './ProvisionPanel';
import './provision.css';

/** Bottom tabs to add to BOTTOM_TABS. */
export const PROVISION_TABS = [{ id: 'provision', title: 'Provision', component: ProvisionPanel }] as const;

/** Node badges to add to NODE_BADGES. */
export const PROVISION_BADGES = [{ id: 'provision', component: ProvisionBadge }] as const;
