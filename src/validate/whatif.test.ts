// What-if: blast radius of a resource, an AZ or a region, and parsing of --fail text.
import { describe, expect, it } from 'vitest';
import { fragile, multiRegion, reference } from '../testing/validate-fixtures';
import { parseFailureDomain } from './graph/down';
import { RECOVERY } from './graph/defaults';
import { simulateFailure } from './whatif';

describe('simulateFailure', () => {
  it('AZ loss in the reference: the standby takes over, the entry point stays up', () => {
    const w = simulateFailure(reference(), { type: 'az', zone: 'us-east-1a' });
    expect(w.failed).toEqual(expect.arrayContaining(['nat-a', 'db-primary', 'pub-a']));
    expect(w.failed).not.toContain('db-replica');
    expect(w.degraded).toEqual(expect.arrayContaining(['alb', 'tg-app', 'asg-app']));
    expect(w.takingOver).toEqual([expect.objectContaining({ id: 'db-primary', mechanism: expect.stringMatching(/standby/) })]);
    expect(w.entryPoints).toEqual([expect.objectContaining({ id: 'dns-shop', up: true })]);
    expect(w.recoverySeconds).toBe(RECOVERY.multiAzFailoverSeconds);
  });

  it('losing the fragile starter\'s instance takes the site down with the broken path', () => {
    const w = simulateFailure(fragile(), { type: 'resource', id: 'web-1' });
    expect(w.failed).toEqual(['web-1']);
    expect(w.entryPoints[0]).toMatchObject({ id: 'alb', up: false, brokenPath: ['alb', 'tg-web', 'web-1'] });
    expect(w.recoverySeconds).toBeNull();
  });

  it('region loss in the multi-region design: DNS moves to the other region, the replica is promoted', () => {
    const w = simulateFailure(multiRegion(), { type: 'region', region: 'us-east-1' });
    expect(w.entryPoints[0]!.up).toBe(true);
    expect(w.takingOver.map((t) => t.id)).toEqual(expect.arrayContaining(['w-db']));
    expect(w.failed).toEqual(expect.arrayContaining(['e-alb', 'e-db']));
  });

  it('one instance of an auto scaling group: degraded, not down', () => {
    const w = simulateFailure(reference(), { type: 'resource', id: 'asg-app' });
    expect(w.degraded).toContain('asg-app');
    expect(w.entryPoints[0]!.up).toBe(true);
  });
});

describe('parseFailureDomain', () => {
  const d = reference();
  it('reads node ids, AZ names and region codes', () => {
    expect(parseFailureDomain(d, 'db-primary')).toEqual({ type: 'resource', id: 'db-primary' });
    expect(parseFailureDomain(d, 'us-east-1b')).toEqual({ type: 'az', zone: 'us-east-1b' });
    expect(parseFailureDomain(d, 'us-east-1')).toEqual({ type: 'region', region: 'us-east-1' });
  });
  it('refuses anything else with the accepted forms', () => {
    expect(() => parseFailureDomain(d, 'no such thing')).toThrow(/node id .* AZ name .* region code/);
  });
});
