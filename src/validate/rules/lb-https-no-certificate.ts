/** lb-https-no-certificate: an HTTPS/TLS listener without a (valid) certificate cannot be created. */
import { isTargetGroup, type NodeOf } from '../../model';
import { defineRule, finding, label, meta } from '../rule';
import { CERTIFICATE_ARN_SHAPE, TLS_LISTENER_PROTOCOLS, certificateArnProblem } from './lb-https-no-certificate-arn';

const m = meta('lb-https-no-certificate', 'HTTPS listener without certificate', 'error',
  'An HTTPS or TLS listener has no certificate, or a certificate ARN that cannot be used (malformed, or from another region).',
  ['AWS ELB CreateListener: CertificateNotFound', 'Well-Architected SEC09-BP02'],
  'A listener that terminates TLS needs a server certificate: AWS refuses to create an HTTPS or TLS listener without one (CertificateNotFound), so the load balancer receives no traffic and everything behind it is unreachable. '
  + `Give the listener an ACM certificate ARN of the load balancer's region (${CERTIFICATE_ARN_SHAPE}), or use an HTTP/TCP listener and terminate TLS elsewhere.`);

/** The rule. */
export default defineRule<NodeOf<'loadBalancer'>>({
  meta: m,
  subjects: (f) => f.ofKind('loadBalancer'),
  check(f, lb) {
    const out = [];
    for (const e of f.out(lb.id)) {
      const l = e.kind === 'traffic' ? e.listener : undefined;
      const tg = f.node(e.target);
      if (!l || !TLS_LISTENER_PROTOCOLS.has(l.protocol) || !isTargetGroup(tg)) continue;
      const what = `The ${l.protocol}:${l.port} listener of ${label(lb)} (edge ${e.id} to ${label(tg)})`;
      const arn = l.certificateArn?.trim();
      if (!arn) {
        out.push(finding(m, [lb.id, tg.id], `${what} has no certificate: AWS refuses to create it (CertificateNotFound), so nothing reaches ${tg.id}.`,
          `Set the listener's certificate ARN on edge ${e.id} (${CERTIFICATE_ARN_SHAPE}), or use an ${l.protocol === 'TLS' ? 'TCP' : 'HTTP'} listener.`));
        continue;
      }
      const problem = certificateArnProblem(arn, f.region(lb.id));
      if (problem) out.push(finding(m, [lb.id, tg.id], `${what} cannot be created: ${problem}.`, `Use a certificate ARN of ${f.region(lb.id) ?? 'the load balancer\'s region'} on edge ${e.id} (${CERTIFICATE_ARN_SHAPE}).`));
    }
    return out;
  },
});
