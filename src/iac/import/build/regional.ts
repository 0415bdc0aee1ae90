/** Builds region-level nodes: VPC peerings, transit gateways, VPN connections, topics and alarms (with their link edges and references). */
import { DIMENSION_KINDS } from '../../alarm-dimensions';
import { SITE_TAG } from '../../tags';
import type { IrKind, IrResource } from '../ir';
import { num, str, strs } from '../ir';
import type { BuildContext } from './context';
import { regionCode, regionNode, vgwAttachment } from './network';

const regionOfNode = (c: BuildContext, id: string | undefined): string | undefined => {
  let cur = id ? c.nodeById.get(id) : undefined;
  while (cur && cur.kind !== 'region') cur = cur.parent ? c.nodeById.get(cur.parent) : undefined;
  return cur?.id;
};

/** Peerings (region of the requester VPC), transit gateways, VPN connections; link edges to what they join. */
export function buildConnectivity(c: BuildContext): void {
  for (const p of c.of('peering')) {
    const a = c.nodeOf(p.p.vpc, 'vpc');
    const b = c.nodeOf(p.p.peerVpc, 'vpc');
    const id = c.ids.get(p)!;
    c.addNode({ id, kind: 'vpcPeering', name: c.name(p), parent: regionOfNode(c, a) ?? regionNode(c, regionCode(c, p)), tags: c.userTags(p) });
    for (const v of [a, b]) if (v) c.addEdge({ kind: 'link', source: v, target: id });
    if (!a || !b) c.warn(`${p.key}: a peered VPC is not in the import.`);
  }
  for (const t of c.of('tgw')) {
    c.addNode({ id: c.ids.get(t)!, kind: 'transitGateway', name: c.name(t), parent: regionNode(c, regionCode(c, t)), amazonSideAsn: Math.max(1, Math.trunc(num(t.p.asn) ?? 64512)), tags: c.userTags(t) });
  }
  for (const a of c.of('tgwAttachment')) {
    const tgw = c.nodeOf(a.p.tgw, 'tgw');
    const vpc = c.nodeOf(a.p.vpc, 'vpc');
    if (tgw && vpc) c.addEdge({ kind: 'link', source: vpc, target: tgw });
    else c.warn(`${a.key} (${a.type}): its transit gateway or VPC is not in the import.`);
  }
  for (const v of c.of('vpn')) {
    const cgw = c.resolve(v.p.cgw, 'cgw');
    const id = c.ids.get(v)!;
    const tunnels = (Array.isArray(v.p.tunnels) ? v.p.tunnels : [undefined, undefined]).slice(0, 2).map((cidr) => (str(cidr) ? { protocol: 'ipsec', insideCidr: str(cidr) } : { protocol: 'ipsec' }));
    c.addNode({
      id, kind: 'vpnConnection', name: c.name(v), parent: regionNode(c, regionCode(c, v)), customerGatewayIp: str(cgw?.p.ip) ?? str(v.p.ip) ?? '0.0.0.0',
      customerGatewayAsn: Math.max(1, Math.trunc(num(cgw?.p.asn) ?? 65000)), siteName: (v.tags[SITE_TAG] ?? '').slice(0, 100), staticRoutesOnly: v.p.staticRoutesOnly === true || v.p.staticRoutesOnly === 'true', tunnels, tags: c.userTags(v),
    });
    const tgw = c.nodeOf(v.p.tgw, 'tgw');
    if (tgw) c.addEdge({ kind: 'link', source: tgw, target: id });
    const vgw = c.resolve(v.p.vgw, 'vgw');
    const vpc = vgw ? c.nodeOf(vgwAttachment(c, vgw), 'vpc') : undefined;
    if (vpc) c.addEdge({ kind: 'link', source: vpc, target: id });
  }
}

/** Topics (subscriptions inline or separate) and alarms (watched resource from the dimensions, topics from the actions). */
export function buildOps(c: BuildContext): void {
  const subs = new Map<IrResource, { protocol: string; endpoint: string }[]>();
  for (const t of c.of('topic')) subs.set(t, [...((t.p.subscriptions as { protocol: string; endpoint: string }[] | undefined) ?? [])]);
  for (const s of c.of('subscription')) {
    const t = c.resolve(s.p.topic, 'topic');
    if (t) subs.get(t)!.push({ protocol: String(s.p.protocol ?? ''), endpoint: String(s.p.endpoint ?? '') });
  }
  const PROTOCOLS = ['email', 'sms', 'https', 'http', 'sqs', 'lambda'];
  for (const t of c.of('topic')) {
    const list = subs.get(t)!.filter((s) => PROTOCOLS.includes(s.protocol) && s.endpoint);
    c.addNode({ id: c.ids.get(t)!, kind: 'topic', name: c.name(t), parent: regionNode(c, regionCode(c, t)), subscriptions: list, tags: c.userTags(t) });
  }
  const STATS = ['Average', 'Sum', 'Minimum', 'Maximum', 'SampleCount'];
  const OPS = ['GreaterThanThreshold', 'GreaterThanOrEqualToThreshold', 'LessThanThreshold', 'LessThanOrEqualToThreshold'];
  for (const a of c.of('alarm')) {
    let resourceId: string | undefined;
    for (const [name, value] of Object.entries((a.p.dimensions as Record<string, unknown> | undefined) ?? {})) {
      const kinds = DIMENSION_KINDS[name];
      if (!kinds && name !== 'Any') continue;
      resourceId = watched(c, value, name);
      if (resourceId) break;
    }
    const topicIds = [...new Set(strs(a.p.actions).map((x) => c.nodeOf(x, 'topic')).filter((x): x is string => !!x))];
    c.addNode({
      id: c.ids.get(a)!, kind: 'alarm', name: c.name(a), parent: regionNode(c, regionCode(c, a)), ...(resourceId ? { resourceId } : {}),
      metric: str(a.p.metric) ?? 'CPUUtilization', ...(str(a.p.namespace) ? { namespace: str(a.p.namespace) } : {}),
      statistic: STATS.includes(String(a.p.statistic)) ? a.p.statistic : 'Average', comparison: OPS.includes(String(a.p.comparison)) ? a.p.comparison : 'GreaterThanThreshold',
      threshold: num(a.p.threshold) ?? 0, periodSeconds: Math.max(10, Math.trunc(num(a.p.period) ?? 60)), evaluationPeriods: Math.max(1, Math.trunc(num(a.p.evaluationPeriods) ?? 1)),
      topicIds, tags: c.userTags(a),
    });
  }
}

const DIM_RECORD: Readonly<Record<string, IrKind>> = { InstanceId: 'instance', AutoScalingGroupName: 'asg', LoadBalancer: 'lb', TargetGroup: 'tg', DBInstanceIdentifier: 'db', NatGatewayId: 'nat', VpnId: 'vpn', TransitGateway: 'tgw' };

// `Any`: discovery knows the dimension's value but not its name; the value alone finds the resource.
function watched(c: BuildContext, value: unknown, dimension: string): string | undefined {
  const kinds: IrKind[] = dimension === 'Any' ? Object.values(DIM_RECORD) : [DIM_RECORD[dimension]!];
  const direct = c.nodeOf(value, ...kinds);
  if (direct) return direct;
  // LoadBalancer / TargetGroup dimensions carry the ARN suffix ("app/name/hash"): match it against the ARNs.
  const s = str(value);
  if (!s) return undefined;
  for (const kind of kinds) {
    const hit = c.of(kind).find((r) => r.ids.some((id) => id.endsWith(`/${s}`) || id.endsWith(`:${s}`)));
    if (hit) return c.nodeOf(hit.key, kind);
  }
  return undefined;
}
