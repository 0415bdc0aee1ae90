// Inline checks before a value reaches the model: CIDR syntax, subnet inside its VPC, no overlap with sibling subnets or other VPCs;
// a listener certificate ARN's shape and region.
import type { DesignIndex } from '../../src/model';
import { cidrContains, cidrOverlaps, formatCidr, parseCidr, regionOf } from '../../src/model';
import { certificateArnProblem } from '../../src/validate/rules/lb-https-no-certificate-arn';

/** True when the traffic edge's listener terminates TLS (HTTPS or TLS), so it takes a certificate. */
export function takesCertificate(index: DesignIndex, edgeId: string): boolean {
  const e = index.edgeById.get(edgeId);
  return e?.kind === 'traffic' && (e.listener?.protocol === 'HTTPS' || e.listener?.protocol === 'TLS');
}

/** A problem with a certificate ARN typed for the listener of edge `edgeId` (shape, region of its load balancer), or undefined. */
export function checkCertificateArn(index: DesignIndex, edgeId: string, text: string): string | undefined {
  if (text.trim() === '') return undefined;
  const e = index.edgeById.get(edgeId);
  const problem = certificateArnProblem(text, e ? regionOf(index, e.source) : undefined);
  return problem ? problem[0]!.toUpperCase() + problem.slice(1) + '.' : undefined;
}

/** A problem with a CIDR typed for node `id`, or undefined when it is fine. */
export function checkCidr(index: DesignIndex, id: string, text: string): string | undefined {
  const c = parseCidr(text);
  if (typeof c === 'string') return c;
  const node = index.byId.get(id);
  if (node?.kind === 'subnet') {
    if (c.prefix < 16 || c.prefix > 28) return 'A subnet is between /16 and /28.';
    const vpc = index.ancestor(id, 'vpc');
    const vc = vpc ? parseCidr(vpc.cidr) : undefined;
    if (vpc && vc && typeof vc !== 'string' && !cidrContains(vc, c)) return `${formatCidr(c)} is outside the VPC ${vpc.name} (${vpc.cidr}).`;
    for (const s of index.ofKind('subnet')) {
      if (s.id === id || (vpc && index.ancestor(s.id, 'vpc')?.id !== vpc.id)) continue;
      const sc = parseCidr(s.cidr);
      if (typeof sc !== 'string' && cidrOverlaps(sc, c)) return `Overlaps subnet ${s.name} (${s.cidr}).`;
    }
  }
  if (node?.kind === 'vpc') {
    if (c.prefix < 16 || c.prefix > 28) return 'A VPC CIDR is between /16 and /28.';
    for (const sub of index.ofKind('subnet')) {
      if (index.ancestor(sub.id, 'vpc')?.id !== id) continue;
      const sc = parseCidr(sub.cidr);
      if (typeof sc !== 'string' && !cidrContains(c, sc)) return `Subnet ${sub.name} (${sub.cidr}) would fall outside ${formatCidr(c)}.`;
    }
    const region = index.ancestor(id, 'region')?.id;
    for (const v of index.ofKind('vpc')) {
      if (v.id === id || index.ancestor(v.id, 'region')?.id !== region) continue;
      const vc = parseCidr(v.cidr);
      if (typeof vc !== 'string' && cidrOverlaps(vc, c)) return `Overlaps VPC ${v.name} (${v.cidr}) in the same region: they could never be peered.`;
    }
  }
  return undefined;
}
