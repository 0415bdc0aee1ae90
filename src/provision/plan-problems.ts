/**
 * Problems that make a design impossible to apply as drawn, found before any
 * API call: the plan lists them and apply refuses to start, instead of
 * failing half-way on the cloud's error (e.g. CertificateNotFound).
 */
import { indexDesign, isLoadBalancer, isTargetGroup, regionOf, type Design } from '../model';
import { CERTIFICATE_ARN_SHAPE, TLS_LISTENER_PROTOCOLS, certificateArnProblem } from '../validate/rules/lb-https-no-certificate-arn';
import type { Plan, PlanProblem } from './types';

/** Listener problems: an HTTPS/TLS listener without a certificate, or with one that cannot serve it. */
export function designProblems(design: Design): PlanProblem[] {
  const index = indexDesign(design);
  const out: PlanProblem[] = [];
  for (const e of design.edges) {
    if (e.kind !== 'traffic' || !e.listener || !TLS_LISTENER_PROTOCOLS.has(e.listener.protocol)) continue;
    const lb = index.byId.get(e.source);
    if (!isLoadBalancer(lb) || !isTargetGroup(index.byId.get(e.target))) continue;
    const l = e.listener;
    const where = `edge ${e.id}: the ${l.protocol}:${l.port} listener of load balancer "${lb.name}" (${lb.id})`;
    const region = regionOf(index, lb.id);
    const arn = l.certificateArn?.trim();
    const problem = arn ? certificateArnProblem(arn, region) : undefined;
    if (!arn) {
      out.push({ nodeId: lb.id, edgeId: e.id, message: `${where} has no certificate; expected listener.certificateArn = ${CERTIFICATE_ARN_SHAPE}${region ? ` (an ACM certificate in ${region})` : ''}, or protocol ${l.protocol === 'TLS' ? 'TCP' : 'HTTP'}` });
    } else if (problem) {
      out.push({ nodeId: lb.id, edgeId: e.id, message: `${where}: ${problem}` });
    }
  }
  return out;
}

/** Thrown by apply when the plan has problems: nothing was created or changed. */
export class PlanRefusedError extends Error {
  constructor(readonly problems: readonly PlanProblem[]) {
    super(`this plan cannot be applied (nothing was changed): ${problems.map((p) => p.message).join('; ')}`);
    this.name = 'PlanRefusedError';
    // A refusal of the user's design, not a crash: hosts that print `stack` show the sentence alone.
    this.stack = this.message;
  }
}

/** Throws PlanRefusedError when the plan lists problems. */
export function assertApplicable(p: Plan): void {
  if (p.problems?.length) throw new PlanRefusedError(p.problems);
}
