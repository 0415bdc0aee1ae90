/** Builds load balancers, target groups, instances, auto scaling groups and databases. */
import type { IrResource } from '../ir';
import { bool, num, str, strs } from '../ir';
import { ROLE_TAG } from '../../tags';
import type { BuildContext } from './context';
import { asGeneric, regionCode, regionNode, vpcOf } from './network';

const refs = (c: BuildContext, list: unknown, kind: 'subnet' | 'sg') => [...new Set(strs(list).map((s) => c.nodeOf(s, kind)).filter((s): s is string => !!s))];
const oneOf = <T extends string>(v: unknown, allowed: readonly T[], d: T): T => {
  const s = String(v ?? '');
  return allowed.find((a) => a.toLowerCase() === s.toLowerCase()) ?? d;
};
const clampInt = (v: unknown, min: number, max: number, d: number) => Math.max(min, Math.min(max, Math.trunc(num(v) ?? d)));

function healthCheck(raw: unknown) {
  if (raw === null || raw === undefined || typeof raw !== 'object') return null;
  const h = raw as Record<string, unknown>;
  if (bool(h.enabled) === false) return null;
  const port = num(h.port);
  return {
    protocol: oneOf(h.protocol, ['HTTP', 'HTTPS', 'TCP'] as const, 'HTTP'),
    ...(str(h.path) ? { path: str(h.path)! } : {}),
    port: port !== undefined && port >= 1 && port <= 65535 ? Math.trunc(port) : ('traffic-port' as const),
    intervalSeconds: clampInt(h.interval, 5, 300, 30),
    timeoutSeconds: clampInt(h.timeout, 2, 120, 5),
    healthyThreshold: clampInt(h.healthy, 2, 10, 5),
    unhealthyThreshold: clampInt(h.unhealthy, 2, 10, 2),
  };
}

/** Load balancers and target groups (in their VPC). */
export function buildBalancing(c: BuildContext): void {
  for (const lb of c.of('lb')) {
    const vpc = vpcOf(c, lb);
    if (!vpc) { asGeneric(c, lb, regionNode(c, regionCode(c, lb)), 'its subnets are not in the import'); continue; }
    const type = oneOf(lb.p.type, ['application', 'network'] as const, 'application');
    c.addNode({
      id: c.ids.get(lb)!, kind: 'loadBalancer', name: c.name(lb), parent: vpc, type, scheme: lb.p.scheme === 'internal' ? 'internal' : 'internet-facing',
      subnetIds: refs(c, lb.p.subnets, 'subnet'), securityGroupIds: refs(c, lb.p.securityGroups, 'sg'), crossZone: type === 'application' ? true : bool(lb.p.crossZone) ?? false,
      preserveClientIp: true, tags: c.userTags(lb),
    });
  }
  for (const tg of c.of('tg')) {
    const vpc = vpcOf(c, tg);
    if (!vpc) { asGeneric(c, tg, regionNode(c, regionCode(c, tg)), 'its VPC is not in the import'); continue; }
    c.addNode({
      id: c.ids.get(tg)!, kind: 'targetGroup', name: c.name(tg), parent: vpc, protocol: oneOf(tg.p.protocol, ['HTTP', 'HTTPS', 'TCP', 'TLS', 'UDP'] as const, 'HTTP'),
      port: clampInt(tg.p.port, 1, 65535, 80), healthCheck: healthCheck(tg.p.healthCheck), stickiness: bool(tg.p.stickiness) ?? false, tags: c.userTags(tg),
    });
  }
}

/** Instances (in their subnet) and auto scaling groups (in the VPC of their subnets, launch settings from their launch template). */
export function buildCompute(c: BuildContext): void {
  for (const i of c.of('instance')) {
    const subnet = c.nodeOf(i.p.subnet, 'subnet');
    if (!subnet) { asGeneric(c, i, regionNode(c, regionCode(c, i)), 'its subnet is not in the import'); continue; }
    c.addNode({
      id: c.ids.get(i)!, kind: 'instance', name: c.name(i), parent: subnet, instanceType: str(i.p.instanceType) ?? 't3.micro', role: (i.tags[ROLE_TAG] ?? '').slice(0, 100),
      ...(imageOf(i.p.imageId) ? { imageId: imageOf(i.p.imageId) } : {}), securityGroupIds: refs(c, i.p.securityGroups, 'sg'), tags: c.userTags(i),
    });
  }
  for (const g of c.of('asg')) {
    const vpc = vpcOf(c, g);
    if (!vpc) { asGeneric(c, g, regionNode(c, regionCode(c, g)), 'its subnets are not in the import'); continue; }
    const lt = c.resolve(g.p.launchTemplate, 'launchTemplate');
    const min = clampInt(g.p.min, 0, 100000, 1);
    c.addNode({
      id: c.ids.get(g)!, kind: 'autoScalingGroup', name: c.name(g), parent: vpc, minSize: min, maxSize: clampInt(g.p.max, 0, 100000, Math.max(min, 1)),
      desiredCapacity: clampInt(g.p.desired, 0, 100000, min), subnetIds: refs(c, g.p.subnets, 'subnet'), healthCheckType: g.p.healthCheckType === 'ELB' ? 'ELB' : 'EC2',
      healthCheckGracePeriod: clampInt(g.p.grace, 0, 1e7, 300),
      launch: { instanceType: str(lt?.p.instanceType) ?? str(g.p.instanceType) ?? 't3.micro', ...(imageOf(lt?.p.imageId) ? { imageId: imageOf(lt?.p.imageId) } : {}), role: (g.tags[ROLE_TAG] ?? '').slice(0, 100), securityGroupIds: refs(c, lt?.p.securityGroups, 'sg') },
      tags: c.userTags(g),
    });
  }
}

// Only literal AMI ids belong in the design; a parameter or SSM lookup means "the default image".
function imageOf(v: unknown): string | undefined {
  const s = str(v);
  return s && /^ami-[0-9a-f]+$/.test(s) ? s : undefined;
}

function dbPlacement(c: BuildContext, db: IrResource): { parent?: string; subnetIds: string[] } {
  const group = c.resolve(db.p.subnetGroup, 'dbSubnetGroup');
  let subnetIds = group ? refs(c, group.p.subnets, 'subnet') : [];
  const source = c.resolve(db.p.source, 'db');
  if (subnetIds.length === 0 && source) {
    // A same-region replica without its own group lives in its source's group.
    const sourceGroup = c.resolve(source.p.subnetGroup, 'dbSubnetGroup');
    subnetIds = sourceGroup ? refs(c, sourceGroup.p.subnets, 'subnet') : [];
  }
  const zone = str(db.p.zone);
  const inZone = zone ? subnetIds.find((s) => c.nodeById.get(c.nodeById.get(s)?.parent ?? '')?.zone === zone) : undefined;
  return { parent: inZone ?? subnetIds[0], subnetIds };
}

/** Databases: placed in the subnet of their zone within their subnet group (else the group's first subnet). */
export function buildDatabases(c: BuildContext): void {
  for (const db of c.of('db')) {
    const { parent, subnetIds } = dbPlacement(c, db);
    if (!parent) { asGeneric(c, db, regionNode(c, regionCode(c, db)), 'its DB subnet group is not in the import'); continue; }
    const source = c.resolve(db.p.source, 'db');
    const engine = String(db.p.engine ?? source?.p.engine ?? 'mysql').toLowerCase();
    if (engine !== 'mysql' && engine !== 'postgres') c.warn(`${db.key}: engine "${engine}" is modelled as ${engine.includes('postgres') ? 'postgres' : 'mysql'}.`);
    c.addNode({
      id: c.ids.get(db)!, kind: 'database', name: c.name(db), parent, engine: engine.includes('postgres') ? 'postgres' : 'mysql',
      ...(str(db.p.engineVersion) ? { engineVersion: str(db.p.engineVersion) } : {}), instanceClass: str(db.p.instanceClass) ?? 'db.t3.medium',
      role: db.p.source ? 'replica' : 'primary', multiAz: bool(db.p.multiAz) ?? false, subnetIds: subnetIds.includes(parent) ? subnetIds : [parent, ...subnetIds],
      securityGroupIds: refs(c, db.p.securityGroups, 'sg'), allocatedStorageGb: clampInt(db.p.storage ?? source?.p.storage, 5, 65536, 20),
      backupRetentionDays: clampInt(db.p.backupRetention, 0, 35, 7), tags: c.userTags(db),
    });
  }
}
