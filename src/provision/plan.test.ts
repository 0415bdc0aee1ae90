import { describe, expect, it } from 'vitest';
import { topoOrder } from '../graph';
import type { Design } from '../model';
import { design } from '../testing/builders';
import { ecommerceHa } from '../testing/templates/ecommerce';
import { desiredResources } from './desired';
import { isEmptyPlan, plan } from './plan';
import { planCycle, planGraph } from './plan-graph';
import { planBadges, planText } from './plan-text';
import { hashProps, isRef, resolveActual } from './props';
import type { ActualResource, DesiredResource, PropValue } from './types';

function small(cidrA = '10.0.1.0/24', withInstance = true): Design {
  return design('web')
    .region('r', 'us-east-1', (r) => r.vpc('vpc', '10.0.0.0/16', (v) => v
      .az('a', 'us-east-1a', (a) => a
        .subnet('pub-a', '10.0.0.0/24', { public: true }, (s) => s.nat('nat'))
        .subnet('app-a', cidrA, {}, (s) => (withInstance ? s.instance('web-1', { instanceType: 't3.micro', securityGroupIds: ['sg'] }) : s)))
      .igw('igw')
      .routeTable('rt', { routes: [{ destination: '0.0.0.0/0', targetKind: 'natGateway', target: 'nat' }], subnetIds: ['app-a'] })
      .securityGroup('sg', { description: 'web', rules: [{ direction: 'ingress', protocol: 'tcp', fromPort: 80, toPort: 80, cidr: '0.0.0.0/0' }] })))
    .dns('dns', { domain: 'shop.example.com' })
    .build();
}

/** What discovery would return for a cloud that matches the design exactly (physical ids `p-<node>`). */
function cloudOf(d: Design): ActualResource[] {
  const toPhysical = (v: PropValue): PropValue => {
    if (isRef(v)) return `p-${v.ref}`;
    if (Array.isArray(v)) return v.map(toPhysical);
    if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, toPhysical(x as PropValue)]));
    return v;
  };
  const resources = desiredResources(d).flatMap((e) => ('resource' in e ? [e.resource] : []));
  return resolveActual(resources.map((r: DesiredResource) => ({
    kind: r.kind, nodeId: r.nodeId, designId: d.id, region: r.region, id: `p-${r.nodeId}`, name: r.name,
    vpc: r.vpc ? `p-${r.vpc}` : undefined, props: toPhysical(r.props) as ActualResource['props'], tags: r.tags, appliedHash: hashProps(r.props),
  })));
}

describe('plan', () => {
  it('creates every resource of a new design and says what it cannot provision', () => {
    const p = plan(small(), []);
    expect(p.summary).toEqual({ add: 8, change: 0, replace: 0, destroy: 0, unsupported: 1 });
    const dns = p.steps.find((s) => s.nodeId === 'dns')!;
    expect(dns.action).toBe('unsupported');
    expect(dns.reason).toMatch(/^not provisioned: DNS record shop\.example\.com \(Route 53/);
    expect(p.steps.map((s) => s.kind)).not.toContain('region');
  });

  it('shows no changes when the cloud matches, for the reference template too', () => {
    for (const d of [small(), ecommerceHa()]) {
      const p = plan(d, cloudOf(d));
      expect(p.steps.filter((s) => s.action !== 'noop' && s.action !== 'unsupported')).toEqual([]);
      expect(isEmptyPlan(p)).toBe(true);
      expect(planText(p)).toContain('No changes.');
    }
  });

  it('replaces a subnet whose CIDR changed, with the instance in it, and updates what points at it', () => {
    const p = plan(small('10.0.2.0/24'), cloudOf(small()));
    const subnet = p.steps.find((s) => s.nodeId === 'app-a')!;
    expect(subnet.action).toBe('replace');
    expect(subnet.reason).toBe('cidr "10.0.1.0/24" → "10.0.2.0/24" forces replacement (a subnet CIDR change forces replacement)');
    const inst = p.steps.find((s) => s.nodeId === 'web-1')!;
    expect(inst.action).toBe('replace');
    expect(inst.reason).toContain('subnet app-a is replaced');
    expect(p.steps.find((s) => s.nodeId === 'rt')!.action).toBe('update');
    expect(p.summary).toMatchObject({ replace: 2, change: 1, add: 0, destroy: 0 });
    const text = planText(p);
    expect(text).toContain('-/+ subnet "app-a" (app-a) [us-east-1]');
    expect(text).toContain('Plan: 0 to add, 1 to change, 2 to replace, 0 to destroy.');
  });

  it('updates in place what can change in place, naming the property', () => {
    const cloud = cloudOf(small());
    const d = small();
    const changed = { ...d, nodes: d.nodes.map((n) => (n.id === 'sg' && n.kind === 'securityGroup' ? { ...n, rules: [...n.rules, { direction: 'ingress' as const, protocol: 'tcp' as const, fromPort: 443, toPort: 443, cidr: '0.0.0.0/0' }] } : n)) };
    const p = plan(changed, cloud);
    const sg = p.steps.find((s) => s.nodeId === 'sg')!;
    expect(sg.action).toBe('update');
    expect(sg.changes.map((c) => c.property)).toEqual(['ingress']);
    expect(sg.drift).toBeUndefined();
    expect(planText(p)).toMatch(/ {2}~ securityGroup "sg" \(sg\)/);
  });

  it('reports drift: deleted outside → create, changed outside → update', () => {
    const d = small();
    const cloud = cloudOf(d).filter((a) => a.nodeId !== 'igw').map((a) => (a.nodeId === 'vpc' ? { ...a, props: { ...a.props, enableDnsHostnames: true } } : a));
    const p = plan(d, cloud, { known: new Set(['igw', 'vpc']) });
    const igw = p.steps.find((s) => s.nodeId === 'igw')!;
    expect(igw).toMatchObject({ action: 'create', drift: 'deleted', reason: 'drift: deleted outside HA Architect → create' });
    const vpc = p.steps.find((s) => s.nodeId === 'vpc')!;
    expect(vpc).toMatchObject({ action: 'update', drift: 'changed' });
    expect(vpc.reason).toBe('drift: changed outside HA Architect → update: enableDnsHostnames: true → false');
    // Without a record of an earlier apply, a missing resource is simply new.
    expect(plan(d, cloud).steps.find((s) => s.nodeId === 'igw')!.reason).toBe('new in the design');
  });

  it('deletes what carries the design tag but left the design, instance before subnet', () => {
    const p = plan(small('10.0.1.0/24', false), cloudOf(small()));
    expect(p.steps.filter((s) => s.action === 'delete').map((s) => [s.nodeId, s.reason])).toEqual([['web-1', 'not in the design']]);
    const all = plan({ ...small(), nodes: [], edges: [] }, cloudOf(small()));
    const { ops, dag } = planGraph(all.steps);
    const order = topoOrder(dag).map((k) => ops.get(k)!.step.nodeId);
    const before = (a: string, b: string) => expect(order.indexOf(a)).toBeLessThan(order.indexOf(b));
    before('web-1', 'app-a'); before('web-1', 'sg'); before('rt', 'nat'); before('rt', 'app-a');
    before('nat', 'pub-a'); before('nat', 'igw'); before('app-a', 'vpc'); before('igw', 'vpc'); before('sg', 'vpc');
  });

  it('orders creates after what they reference, and a replace deletes before it creates', () => {
    const { ops, dag } = planGraph(plan(small(), []).steps);
    const order = topoOrder(dag).map((k) => ops.get(k)!.step.nodeId);
    const before = (a: string, b: string) => expect(order.indexOf(a)).toBeLessThan(order.indexOf(b));
    before('vpc', 'app-a'); before('app-a', 'web-1'); before('sg', 'web-1'); before('igw', 'nat'); before('nat', 'rt');
    const rep = planGraph(plan(small('10.0.2.0/24'), cloudOf(small())).steps);
    const keys = topoOrder(rep.dag);
    expect(keys.indexOf('delete:web-1:p-web-1')).toBeLessThan(keys.indexOf('delete:app-a:p-app-a'));
    expect(keys.indexOf('delete:app-a:p-app-a')).toBeLessThan(keys.indexOf('create:app-a'));
    expect(keys.indexOf('create:app-a')).toBeLessThan(keys.indexOf('create:web-1'));
    expect(keys.indexOf('create:app-a')).toBeLessThan(keys.indexOf('update:rt'));
  });

  it('gives one badge per step', () => {
    const badges = planBadges(plan(small(), []));
    expect(badges.find((b) => b.nodeId === 'web-1')).toEqual({ nodeId: 'web-1', action: 'create', symbol: '+', reason: 'new in the design' });
    expect(badges.find((b) => b.nodeId === 'dns')!.symbol).toBe('!');
  });

  it('names the cycle of mutually referencing security groups', () => {
    const d = design('cyc').region('r', 'us-east-1', (r) => r.vpc('vpc', '10.0.0.0/16', (v) => v
      .securityGroup('sg-a', { rules: [{ direction: 'ingress', protocol: 'tcp', fromPort: 1, toPort: 1, sourceGroupId: 'sg-b' }] })
      .securityGroup('sg-b', { rules: [{ direction: 'ingress', protocol: 'tcp', fromPort: 1, toPort: 1, sourceGroupId: 'sg-a' }] }))).build();
    expect(planCycle(plan(d, []).steps)?.message).toBe('dependency cycle: create securityGroup "sg-a" → create securityGroup "sg-b" → create securityGroup "sg-a"');
    expect(planCycle(plan(small(), []).steps)).toBeUndefined();
  });
});
