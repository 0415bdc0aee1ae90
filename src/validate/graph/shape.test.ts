// The per-analysis memo must answer exactly what the facts answer, for every node it is asked about.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Design } from '../../model';
import { arbitraryDesign } from '../../testing/arbitrary';
import { generateDesign } from '../../testing/generate';
import { crossVpc, multiRegion, reference } from '../../testing/validate-fixtures';
import { factsOf, tracked, type ReadSink } from '../facts';
import { dependencies, dnsRoutes, lbTargetGroups, lbZones, newShape, partKey, replicasFrom, subnetEgress, tgTier, tierKey } from './shape';
import { targetGroupsOf, tierMembers } from './tier';

function agrees(d: Design): void {
  const f = factsOf(d);
  const s = newShape();
  for (const tg of f.ofKind('targetGroup')) {
    const t = tgTier(s, f, tg.id);
    expect(t.members).toEqual(tierMembers(f, tg.id));
    // Every member points at its own app; every app is some member's.
    t.members.forEach((m, i) => expect(t.apps[t.appOf[i]!]!.id).toBe(m.node.id));
    expect(new Set(t.apps.map((a) => a.id))).toEqual(new Set(t.members.map((m) => m.node.id)));
    expect(new Set(t.capZones)).toEqual(new Set(t.members.filter((m) => m.capacity > 0 && m.zone !== undefined).map((m) => m.zone)));
    expect(tgTier(s, f, tg.id)).toBe(t);
  }
  for (const lb of f.ofKind('loadBalancer')) {
    const z = lbZones(s, f, lb);
    // Every subnet sits in exactly one AZ group, the group of its AZ.
    expect(z.subnets.flat().sort()).toEqual([...lb.subnetIds].sort());
    z.subnets.forEach((group, k) => group.forEach((sn) => expect(f.zone(sn) ?? sn).toBe(z.zones[k])));
    expect(z.allKey).toBe([...z.all].sort().join(','));
    expect(lbTargetGroups(s, f, lb.id).map((tg) => tg.id)).toEqual(f.out(lb.id).filter((e) => e.kind === 'traffic' && f.node(e.target)?.kind === 'targetGroup').map((e) => e.target));
  }
  for (const sn of f.ofKind('subnet')) {
    const e = subnetEgress(s, f, sn.id);
    const rt = f.routeTableOf(sn.id);
    expect(e.rt).toBe(rt?.id);
    const route = rt?.routes.find((r) => r.destination === '0.0.0.0/0');
    const blocks = route?.target !== undefined && route.targetKind !== 'internetGateway' && route.targetKind !== 'local';
    expect(e.via).toBe(blocks ? route!.target : undefined);
  }
  for (const db of f.ofKind('database')) {
    expect(replicasFrom(s, f, db.id).map((r) => r.id)).toEqual(f.out(db.id).filter((e) => e.kind === 'replication' && f.node(e.target)?.kind === 'database').map((e) => e.target));
  }
  for (const app of [...f.ofKind('instance'), ...f.ofKind('autoScalingGroup')]) {
    const deps = dependencies(s, f, app.id);
    expect(deps.map((x) => x.e)).toEqual(f.out(app.id).filter((e) => e.kind === 'dependency'));
    for (const x of deps) {
      expect(x.appVpc).toBe(f.vpc(app.id));
      expect(x.targetVpc).toBe(x.target ? f.vpc(x.target.id) : undefined);
    }
  }
  for (const rec of f.ofKind('dnsRecord')) {
    expect(dnsRoutes(s, f, rec).map((r) => r.t.id)).toEqual(f.out(rec.id).filter((e) => e.kind === 'traffic' && f.node(e.target)).map((e) => e.target));
  }
}

describe('analysis memo (shape)', () => {
  it('agrees with the facts on the templates, a cross-VPC design and a generated one', () => {
    for (const d of [reference(), multiRegion(), crossVpc(2), generateDesign(400, 3)]) agrees(d);
  });
  it('agrees with the facts on random designs', () => {
    fc.assert(fc.property(arbitraryDesign, (d) => agrees(d)), { numRuns: 60 });
  });
  it('makes each part key once', () => {
    const s = newShape();
    expect(partKey(s, 'lb:', 'alb')).toBe('lb:alb');
    expect(partKey(s, 'app:', 'alb')).toBe('app:alb');
    expect(tierKey(s, 'tg', 'a,b')).toBe('tg:tg|a,b');
    expect(tierKey(s, 'tg', '*')).toBe('tg:tg|*');
    expect(s.tierKeys.get('tg')!.size).toBe(2);
  });
});

describe('tier lookups shared between rules', () => {
  it('are shared on plain facts and recomputed, with their reads recorded, on tracking facts', () => {
    const f = factsOf(reference());
    expect(tierMembers(f, 'tg-app')).toBe(tierMembers(f, 'tg-app'));
    const sink: ReadSink = { keys: new Set() };
    const t = tracked(f, sink);
    tierMembers(t, 'tg-app');
    expect(sink.keys.size).toBeGreaterThan(0);
    sink.keys = new Set();
    expect(tierMembers(t, 'tg-app')).toEqual(tierMembers(f, 'tg-app'));
    expect(sink.keys).toContain('a:tg-app');
    sink.keys = new Set();
    targetGroupsOf(t, 'alb');
    expect(sink.keys).toContain('a:alb');
  });
});
