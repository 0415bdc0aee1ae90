/** The health monitor: batched polls of a provisioned design, per-node health, change events, timeline and its export. */
export * from './types';
export * from './rollup';
export * from './settle';
export * from './diff';
export * from './edges';
export * from './timeline';
export * from './export';
export * from './interval';
export * from './describe';
export * from './monitor';
export type { HealthTarget, ClientPool, RegionClients } from './aws/clients';
export { createClientPool } from './aws/clients';
export * from './game-day';
