// Import from cloud on a real Sandbox: resources created through the SDK come back as a nested design with routes and groups.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseDesignValue } from '../model';
import { startTestTarget, type TestTarget } from '../provision/sandbox.test-util';
import { discoverDesign } from '.';
import { seedStack } from './seed.test-util';

let t: TestTarget;
beforeAll(async () => { t = await startTestTarget(); });
afterAll(async () => { await t?.close(); });

describe('discoverDesign on the Sandbox', () => {
  it('reads back what exists: containment, properties, routes; filtered by tag', async () => {
    const ec2 = t.factory('us-east-1').ec2;
    await seedStack(ec2, { name: 'alpha', k: 1, region: 'us-east-1', zones: 2, instancesPerSubnet: 1, tags: [{ Key: 'team', Value: 'shop' }] });
    await seedStack(ec2, { name: 'beta', k: 2, region: 'us-east-1', zones: 1, instancesPerSubnet: 1 });
    const target = { kind: 'sandbox' as const, endpoint: t.sb.endpoint, credentials: t.sb.credentials };
    const { design: found } = await discoverDesign({ target, factory: t.factory, regions: ['us-east-1'], tag: { key: 'team', value: 'shop' }, layout: 'grid' });
    expect(parseDesignValue(found).ok).toBe(true);
    const byId = new Map(found.nodes.map((n) => [n.id, n]));
    const parentKind = (id: string) => byId.get(byId.get(id)?.parent ?? '')?.kind;
    expect(byId.get('alpha-vpc')).toMatchObject({ kind: 'vpc', cidr: '10.1.0.0/16', parent: 'region-us-east-1' });
    expect(['alpha-pub0', 'alpha-app0', 'alpha-pub1', 'alpha-app1'].map(parentKind)).toEqual(['az', 'az', 'az', 'az']);
    expect(byId.get(byId.get('alpha-app1')!.parent!)).toMatchObject({ kind: 'az', zone: 'us-east-1b', parent: 'alpha-vpc' });
    expect(byId.get('alpha-rt')).toMatchObject({ kind: 'routeTable', routes: [{ destination: '0.0.0.0/0', targetKind: 'internetGateway', target: 'alpha-igw' }], subnetIds: ['alpha-pub0', 'alpha-pub1'] });
    expect(byId.get('alpha-sg')).toMatchObject({ kind: 'securityGroup', rules: [{ direction: 'ingress', protocol: 'tcp', fromPort: 80, toPort: 80, cidr: '0.0.0.0/0' }, { direction: 'egress', protocol: 'all', fromPort: -1, toPort: -1, cidr: '0.0.0.0/0' }] });
    expect(byId.get('alpha-i1-0')).toMatchObject({ kind: 'instance', parent: 'alpha-app1', securityGroupIds: ['alpha-sg'] });
    expect(found.nodes.some((n) => n.id.startsWith('beta'))).toBe(false);

    const everything = await discoverDesign({ target, factory: t.factory, regions: ['us-east-1'], layout: 'grid' });
    expect(everything.design.nodes.filter((n) => n.kind === 'vpc').map((n) => n.id)).toEqual(expect.arrayContaining(['alpha-vpc', 'beta-vpc']));
  }, 60_000);
});
