/** Leftovers a destroy sweeps after the plan ran: sub-resources an interrupted create may have left carrying the design's tag. */
import type { OpContext } from '../handler';
import { sweepInstances } from './auto-scaling-group';
import { sweepSubnetGroups } from './database';
import { sweepTemplates } from './launch-template';
import { sweepAddresses } from './nat-gateway';
import { sweepVpnGateways } from './vpn-connection';

/** One sweep: what it removes and how. */
export interface Sweep {
  readonly what: string;
  run(ctx: OpContext): Promise<number>;
}

/** Every sweep, in the order they run. */
export const SWEEPS: readonly Sweep[] = [
  { what: 'instance(s) launched by auto scaling', run: sweepInstances },
  { what: 'launch template(s)', run: sweepTemplates },
  { what: 'Elastic IP(s)', run: sweepAddresses },
  { what: 'DB subnet group(s)', run: sweepSubnetGroups },
  { what: 'VPN customer / virtual private gateway(s)', run: sweepVpnGateways },
];
