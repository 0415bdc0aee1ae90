// The terminal what-if names a node that recovers by itself once, and says where its standby runs.
import { describe, expect, it } from 'vitest';
import { patch, reference } from '../testing/validate-fixtures';
import { formatWhatIf } from './format-text';
import { simulateFailure } from './whatif';

describe('formatWhatIf', () => {
  it('a Multi-AZ failover reads "db-primary: Multi-AZ standby in <AZ> takes over", not "db-primary for db-primary"', () => {
    const text = formatWhatIf(simulateFailure(reference(), { type: 'resource', id: 'db-primary' }));
    expect(text).toMatch(/taking over: db-primary: Multi-AZ standby in us-east-1b takes over/);
    expect(text).not.toMatch(/db-primary for db-primary/);
  });

  it('names the standby\'s AZ from the subnet group when no standby subnet is set', () => {
    const d = patch(reference(), { 'db-primary': { standbySubnetId: undefined, subnetIds: ['data-a', 'data-b'] } });
    expect(formatWhatIf(simulateFailure(d, { type: 'az', zone: 'us-east-1a' }))).toMatch(/db-primary: Multi-AZ standby in us-east-1b takes over/);
  });

  it('a replica promoted for another node names both', () => {
    const d = patch(reference(), { 'db-primary': { multiAz: false } });
    const text = formatWhatIf(simulateFailure(d, { type: 'resource', id: 'db-primary' }));
    expect(text).toMatch(/taking over: db-replica takes over for db-primary \(read replica promoted to primary/);
  });
});
