/** Maps what the provisioner's handlers discover (ActualResource, physical ids in properties) to the importers' intermediate records. */
import type { IrKind, IrResource } from '../iac/import/ir';
import { NODE_TAG } from '../iac/tags';
import type { ActualResource } from '../provision/types';

type P = Record<string, unknown>;
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

function rules(v: unknown): P[] {
  return arr(v).map((r) => {
    const x = r as P;
    const source = String(x.source ?? '');
    return { protocol: x.protocol, from: x.from, to: x.to, ...(source.startsWith('sg-') ? { peer: source } : { cidr: source }) };
  });
}

/** One actual resource → one or more records (an ASG brings its launch settings, a database its subnet group, an LB its listeners). */
function records(a: ActualResource): IrResource[] {
  const p = a.props as P;
  const tags: Record<string, string> = { ...(a.tags ?? {}), ...(a.name ? { Name: a.name } : {}), ...(a.nodeId !== a.id ? { [NODE_TAG]: a.nodeId } : {}) };
  const base = { key: a.id, type: `${a.kind} (discovered)`, ids: [a.id, ...(a.arn ? [a.arn] : []), ...(a.aliases ?? []), ...(a.attrs?.dnsName ? [a.attrs.dnsName] : []), ...(a.attrs?.name ? [a.attrs.name] : [])], region: a.region, tags };
  const one = (kind: IrKind, props: P): IrResource => ({ ...base, kind, p: props });
  switch (a.kind) {
    case 'vpc': return [one('vpc', { cidr: p.cidr, dnsHostnames: p.enableDnsHostnames })];
    case 'subnet': return [one('subnet', { vpc: p.vpc, cidr: p.cidr, zone: p.zone, public: p.public })];
    case 'internetGateway': return [one('igw', { vpc: p.vpc })];
    case 'natGateway': return [one('nat', { subnet: p.subnet, connectivity: p.connectivity })];
    case 'routeTable': return [one('routeTable', { vpc: p.vpc, routes: p.routes, subnets: p.subnets })];
    case 'securityGroup': return [one('sg', { vpc: p.vpc ?? a.vpc, description: p.description, ingress: rules(p.ingress), egress: rules(p.egress) })];
    case 'loadBalancer': return [
      one('lb', { type: p.type, scheme: p.scheme, subnets: p.subnets, securityGroups: p.securityGroups, crossZone: p.crossZone }),
      ...arr(p.listeners).map((l, i): IrResource => ({ key: `${a.id}#listener${i}`, kind: 'listener', type: 'listener (discovered)', ids: [], region: a.region, tags: {}, p: { ...(l as P), lb: a.id } })),
    ];
    case 'targetGroup': return [one('tg', { vpc: p.vpc ?? a.vpc, protocol: p.protocol, port: p.port, healthCheck: p.healthCheck, stickiness: p.stickiness, targets: p.targets })];
    case 'instance': return [one('instance', { subnet: p.subnet, instanceType: p.instanceType, imageId: p.imageId, securityGroups: p.securityGroups })];
    case 'autoScalingGroup': {
      const launch = (p.launch ?? {}) as P;
      return [
        one('asg', { min: p.minSize, max: p.maxSize, desired: p.desiredCapacity, subnets: p.subnets, healthCheckType: p.healthCheckType, grace: p.healthCheckGracePeriod, targetGroups: p.targetGroups, launchTemplate: `${a.id}#launch` }),
        { key: `${a.id}#launch`, kind: 'launchTemplate', type: 'launch template (discovered)', ids: [], region: a.region, tags: {}, p: { instanceType: launch.instanceType, imageId: launch.imageId, securityGroups: launch.securityGroups } },
      ];
    }
    case 'database': return [
      one('db', { engine: p.engine, instanceClass: p.instanceClass, multiAz: p.multiAz, storage: p.allocatedStorageGb, backupRetention: p.backupRetentionDays, securityGroups: p.securityGroups, source: p.replicaOf ?? undefined, subnetGroup: `${a.id}#subnets` }),
      { key: `${a.id}#subnets`, kind: 'dbSubnetGroup', type: 'DB subnet group (discovered)', ids: [], region: a.region, tags: {}, p: { subnets: p.subnets } },
    ];
    case 'topic': return [one('topic', { subscriptions: p.subscriptions })];
    case 'alarm': return [one('alarm', {
      metric: p.metric, namespace: p.namespace, statistic: p.statistic, comparison: p.comparison, threshold: p.threshold, period: p.periodSeconds,
      evaluationPeriods: p.evaluationPeriods, actions: p.topics, dimensions: p.resource ? { Any: p.resource } : {},
    })];
    case 'transitGateway': return [
      one('tgw', { asn: p.amazonSideAsn }),
      ...arr(p.attachments).map((x, i): IrResource => ({ key: `${a.id}#attachment${i}`, kind: 'tgwAttachment', type: 'transit gateway attachment (discovered)', ids: [], region: a.region, tags: {}, p: { tgw: a.id, vpc: (x as P).vpc } })),
    ];
    case 'vpcPeering': {
      const [vpc, peerVpc] = arr(p.vpcs);
      return [one('peering', { vpc, peerVpc })];
    }
    case 'vpnConnection': return [one('vpn', { ...p })];
    default: return [{ ...base, kind: 'generic', p: { properties: {} } }];
  }
}

/** Maps discovered resources (unresolved: properties hold physical ids) to records. */
export function discoveredRecords(actual: readonly ActualResource[]): IrResource[] {
  return actual.flatMap(records);
}
