/** Leftovers a destroy sweeps after the plan ran: sub-resources an interrupted create may have left carrying the design's tag. */
import type { OpContext } from '../handler';
import { sweepAddresses } from './nat-gateway';

/** One sweep: what it removes and how. */
export interface Sweep {
  readonly what: string;
  run(ctx: OpContext): Promise<number>;
}

/** Every sweep, in the order they run. */
export const SWEEPS: readonly Sweep[] = [
  { what: 'Elastic IP(s)', run: sweepAddresses },
];
