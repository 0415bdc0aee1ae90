// Estimates: availability composition (SLA defaults, overrides, same-AZ correlation, parallel paths) and RTO/RPO per disruption.
import { describe, expect, it } from 'vitest';
import type { Design } from '../model';
import { crossVpc, fragile, multiRegion, patch, reference } from '../testing/validate-fixtures';
import { validateDesign } from './engine';
import { AVAILABILITY_DEFAULTS as A, RECOVERY } from './graph/defaults';

const est = (d: Design) => validateDesign(d).estimates;

describe('availability', () => {
  it('multiplies independent parts and counts parts of one AZ once (the weakest)', () => {
    const e = est(fragile()).entryPoints[0]!;
    // ALB over two AZs, then the instance and the single-AZ database share us-east-1a.
    expect(e.availability).toBeCloseTo(A['elb.multiAz']! * Math.min(A['ec2.instance']!, A['rds.singleAz']!), 10);
    expect(e.downtimeMinutesPerMonth).toBeCloseTo((1 - e.availability) * 43200, 0);
  });

  it('uses overrides by component key', () => {
    const base = est(crossVpc(2)).availability!;
    const lower = est({ ...crossVpc(2), availabilityOverrides: { 'rds.multiAz': 0.99 } }).availability!;
    expect(lower).toBeCloseTo((base / A['rds.multiAz']!) * 0.99, 8);
  });

  it('puts health-checked regional paths in parallel, so two regions beat one', () => {
    const one = est(reference()).availability!;
    const two = est(multiRegion()).availability!;
    expect(two).toBeGreaterThan(one);
    expect(two).toBeLessThanOrEqual(1);
  });

  it('lists its components and assumptions', () => {
    const e = est(reference());
    expect(e.entryPoints[0]!.components.map((c) => c.key)).toEqual(expect.arrayContaining(['elb.multiAz', 'ec2.multiAz', 'rds.multiAz']));
    expect(e.assumptions.join(' ')).toMatch(/60–120 s/);
  });
});

describe('RTO and RPO per disruption', () => {
  it('reference: Multi-AZ failover bounds instance and AZ recovery, with no data loss', () => {
    const e = est(reference());
    expect(e.rtoSeconds.instance).toBe(RECOVERY.multiAzFailoverSeconds);
    expect(e.rtoSeconds.az).toBe(RECOVERY.multiAzFailoverSeconds);
    expect(e.rpoSeconds.az).toBe(0);
    expect(e.rtoSeconds.region).toBeNull();
  });

  it('multi-region: a region loss costs the replica promotion and the replica lag', () => {
    const e = est(multiRegion());
    expect(e.rtoSeconds.region).toBe(RECOVERY.replicaPromotionSeconds);
    expect(e.rpoSeconds.region).toBe(RECOVERY.replicaLagSeconds);
  });

  it('fragile: a lone instance never recovers by itself; the database comes back from backup', () => {
    const e = est(fragile());
    expect(e.rtoSeconds.instance).toBeNull();
    expect(e.rpoSeconds.instance).toBe(RECOVERY.pointInTimeRpoSeconds);
    expect(est(patch(fragile(), { db: { backupRetentionDays: 0 } })).rpoSeconds.instance).toBeNull();
  });

  it('an ASG that can relaunch elsewhere recovers in detection + grace + launch + boot', () => {
    // Single-instance ASG behind the reference ALB: losing its only instance waits for a replacement.
    const d = patch(reference(), { 'asg-app': { minSize: 1, desiredCapacity: 1, requiredCapacity: 1 }, 'tg-app': { requiredCapacity: 1 } });
    const hc = d.nodes.find((n) => n.id === 'tg-app')!;
    if (hc.kind !== 'targetGroup' || !hc.healthCheck) throw new Error('fixture');
    const expected = hc.healthCheck.intervalSeconds * hc.healthCheck.unhealthyThreshold + 120 + RECOVERY.launchSeconds + RECOVERY.bootSeconds;
    expect(est(d).rtoSeconds.instance).toBe(expected);
  });
});
