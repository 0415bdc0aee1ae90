/** Terraform for DNS records: one aws_route53_record per target (routing policy, alias) and aws_route53_health_check where one applies. */
import type { DesignEdge, NodeOf } from '../../../model';
import type { TfContext } from './context';
import { attr, block, expr, type HclItem } from './hcl';

/** The DNS targets of a record: its traffic edges to load balancers, instances and other records, in edge order. */
export function dnsTargets(c: { index: TfContext['index'] }, n: NodeOf<'dnsRecord'>): DesignEdge[] {
  return c.index.outgoing(n.id).filter((e) => e.kind === 'traffic' && ['loadBalancer', 'instance', 'dnsRecord'].includes(c.index.byId.get(e.target)?.kind ?? ''));
}

/** aws_route53_record (+ aws_route53_health_check) per target; a record without targets becomes a comment. */
export function tfDnsRecord(c: TfContext, n: NodeOf<'dnsRecord'>): HclItem[] {
  const name = c.name(n.id);
  const targets = dnsTargets(c, n);
  if (targets.length === 0) return [{ comment: `DNS record "${n.name}" (${n.domain}) has no targets in the design: nothing to export.` }];
  const out: HclItem[] = [];
  targets.forEach((e, i) => {
    if (e.kind !== 'traffic') return;
    const t = c.index.byId.get(e.target)!;
    const res = targets.length === 1 ? name : `${name}_${c.name(t.id)}`;
    const hc = e.dns?.healthCheck === undefined ? n.healthCheck : e.dns.healthCheck;
    if (hc) {
      const port = hc.protocol === 'HTTPS' ? 443 : 80;
      out.push(block('resource', ['aws_route53_health_check', res], [
        attr('fqdn', t.kind === 'loadBalancer' ? c.ref(t.id, 'dns_name') : t.kind === 'dnsRecord' ? t.domain : undefined),
        t.kind === 'instance' ? attr('ip_address', c.ref(t.id, 'public_ip')) : undefined,
        attr('port', port),
        attr('type', hc.protocol === 'TCP' ? 'TCP' : hc.protocol),
        attr('resource_path', hc.protocol === 'TCP' ? undefined : hc.path ?? '/'),
        attr('failure_threshold', hc.failureThreshold),
        attr('request_interval', hc.intervalSeconds),
        attr('tags', c.tags(n)),
      ]));
    }
    const many = targets.length > 1;
    const policy: (HclItem | undefined)[] = [];
    if (n.routing === 'failover') policy.push(block('failover_routing_policy', [], [attr('type', (e.dns?.failoverRole ?? (i === 0 ? 'primary' : 'secondary')).toUpperCase())]));
    else if (n.routing === 'latency') policy.push(block('latency_routing_policy', [], [attr('region', e.dns?.region ?? c.regionOf(t.id).code)]));
    // Several targets of a simple record: equal weights keep every target answering.
    else if (many) policy.push(block('weighted_routing_policy', [], [attr('weight', 1)]));
    const alias = t.kind === 'loadBalancer'
      ? block('alias', [], [attr('name', c.ref(t.id, 'dns_name')), attr('zone_id', c.ref(t.id, 'zone_id')), attr('evaluate_target_health', true)])
      : t.kind === 'dnsRecord'
        ? block('alias', [], [attr('name', t.domain), attr('zone_id', expr('var.dns_zone_id')), attr('evaluate_target_health', true)])
        : undefined;
    out.push(block('resource', ['aws_route53_record', res], [
      attr('zone_id', expr('var.dns_zone_id')),
      attr('name', n.domain),
      attr('type', 'A'),
      alias ? undefined : attr('ttl', n.ttlSeconds),
      alias ? undefined : attr('records', [c.ref(t.id, 'public_ip')]),
      n.routing !== 'simple' || many ? attr('set_identifier', c.name(t.id)) : undefined,
      ...policy,
      hc ? attr('health_check_id', expr(`aws_route53_health_check.${res}.id`)) : undefined,
      alias,
    ]));
  });
  return out;
}
