/** Builds DNS records (one node per domain, one traffic edge per record) and the traffic, replication and dependency edges. */
import { NODE_TAG, parseDepends } from '../../tags';
import type { IrResource } from '../ir';
import { num, str, strs } from '../ir';
import type { BuildContext } from './context';

const domainOf = (v: unknown) => String(v ?? '').toLowerCase().replace(/\.$/, '');

/** The node a DNS record answers with: a load balancer (alias by reference or DNS name), another record, or an instance (by IP). */
function dnsTarget(c: BuildContext, r: IrResource, domains: Map<string, string>): string | undefined {
  const alias = r.p.alias;
  if (alias !== undefined) {
    const lb = c.nodeOf(alias, 'lb') ?? c.nodeOf(domainOf(alias), 'lb') ?? c.nodeOf(domainOf(alias).replace(/^dualstack\./, ''), 'lb');
    return lb ?? domains.get(domainOf(alias));
  }
  for (const rec of strs(r.p.records)) {
    const hit = c.nodeOf(rec, 'instance');
    if (hit) return hit;
  }
  return undefined;
}

function healthCheckOf(c: BuildContext, ref: unknown) {
  const h = c.resolve(ref, 'healthCheck');
  if (!h) return undefined;
  const protocol = ['HTTP', 'HTTPS', 'TCP'].find((p) => String(h.p.protocol ?? '').toUpperCase().startsWith(p)) ?? 'HTTP';
  return {
    protocol: protocol as 'HTTP' | 'HTTPS' | 'TCP',
    ...(str(h.p.path) ? { path: str(h.p.path) } : {}),
    intervalSeconds: num(h.p.interval) === 10 ? 10 : 30,
    failureThreshold: Math.max(1, Math.min(10, Math.trunc(num(h.p.failureThreshold) ?? 3))),
  };
}

/** One dnsRecord node per domain (routing from the records' policies), a traffic edge per record target. */
export function buildDns(c: BuildContext): void {
  const byDomain = new Map<string, IrResource[]>();
  for (const r of c.of('dnsRecord')) {
    const d = domainOf(r.p.name);
    if (!d) continue;
    byDomain.set(d, [...(byDomain.get(d) ?? []), r]);
  }
  const domains = new Map<string, string>();
  for (const [domain, records] of byDomain) {
    const first = records[0]!;
    // Records carry no tags; their health checks do, and name the design node.
    const tagged = records.map((r) => c.resolve(r.p.healthCheck, 'healthCheck')?.tags[NODE_TAG] ?? r.tags[NODE_TAG]).find((t) => t && !c.taken.has(t));
    const id = c.fresh(tagged ?? `dns-${domain}`);
    domains.set(domain, id);
    const routing = records.some((r) => r.p.failover) ? 'failover' : records.some((r) => r.p.latencyRegion) ? 'latency' : 'simple';
    const ttl = num(first.p.ttl);
    c.addNode({ id, kind: 'dnsRecord', name: str(first.tags.Name) ?? domain, domain, routing, ttlSeconds: ttl !== undefined && ttl >= 0 && ttl <= 604800 ? Math.trunc(ttl) : 60, healthCheck: null });
  }
  for (const [domain, records] of byDomain) {
    const id = domains.get(domain)!;
    for (const r of records) {
      const target = dnsTarget(c, r, domains);
      if (!target) {
        c.warn(`${r.key}: DNS record ${domain} points at ${String(r.p.alias ?? strs(r.p.records).join(', '))}, which is not in the import.`);
        continue;
      }
      const failover = String(r.p.failover ?? '').toLowerCase();
      const hc = healthCheckOf(c, r.p.healthCheck);
      const dns = {
        ...(failover === 'primary' || failover === 'secondary' ? { failoverRole: failover } : {}),
        ...(str(r.p.latencyRegion) ? { region: str(r.p.latencyRegion) } : {}),
        ...(hc ? { healthCheck: hc } : {}),
      };
      c.addEdge({ kind: 'traffic', source: id, target, dns } as never);
    }
  }
}

/** Listener, target, auto scaling attachment, replication and dependency edges. */
export function buildEdges(c: BuildContext): void {
  for (const l of c.of('listener')) {
    const lb = c.nodeOf(l.p.lb, 'lb');
    const tg = c.nodeOf(l.p.targetGroup, 'tg');
    if (!lb || !tg) { c.warn(`${l.key} (${l.type}): its load balancer or target group is not in the import.`); continue; }
    const protocol = ['HTTP', 'HTTPS', 'TCP', 'TLS', 'UDP'].find((p) => p === String(l.p.protocol ?? '').toUpperCase()) ?? 'HTTP';
    const port = Math.trunc(num(l.p.port) ?? 80);
    c.addEdge({ kind: 'traffic', source: lb, target: tg, listener: { protocol: protocol as 'HTTP', port: port >= 1 && port <= 65535 ? port : 80, ...(str(l.p.certificateArn) ? { certificateArn: str(l.p.certificateArn) } : {}) } });
  }
  const target = (tgRef: unknown, targetRef: unknown, what: string) => {
    const tg = c.nodeOf(tgRef, 'tg');
    const t = c.nodeOf(targetRef, 'instance', 'asg');
    if (tg && t) c.addEdge({ kind: 'traffic', source: tg, target: t });
    else c.warn(`${what}: target group or target not in the import.`);
  };
  for (const tg of c.of('tg')) for (const t of strs(tg.p.targets)) if (c.nodeOf(t, 'instance')) target(tg.key, t, tg.key);
  for (const a of c.of('tgTarget')) target(a.p.tg, a.p.target, `${a.key} (${a.type})`);
  for (const a of c.of('asgAttachment')) target(a.p.tg, a.p.asg, `${a.key} (${a.type})`);
  for (const g of c.of('asg')) for (const tg of strs(g.p.targetGroups)) target(tg, g.key, g.key);
  for (const db of c.of('db')) {
    const replica = c.nodeOf(db.key, 'db');
    if (!replica || !db.p.source) continue;
    const source = c.nodeOf(db.p.source, 'db') ?? c.of('db').map((d) => c.nodeOf(d.key, 'db')).find((id) => id && String(db.p.source).endsWith(`:${id}`));
    if (source) c.addEdge({ kind: 'replication', source, target: replica, mode: 'async' });
    else c.warn(`${db.key}: replicates from ${String(db.p.source)}, which is not in the import.`);
  }
  for (const r of [...c.of('instance'), ...c.of('asg')]) {
    const source = c.nodeOf(r.key, 'instance', 'asg');
    if (!source) continue;
    for (const d of parseDepends(r.tags['ha-architect:depends'])) {
      if (!c.nodeById.has(d.target)) continue;
      c.addEdge({ kind: 'dependency', source, target: d.target, ...(d.endpoint ? { endpoint: d.endpoint } : {}) });
    }
  }
}
