/**
 * Target health, computed lazily from the world: the target's EC2 state and
 * status checks, its AZ, the LB nodes that can reach it (cross-zone), and the
 * health-check thresholds. Each target remembers only the last observed
 * condition and since when, so a verdict is `threshold × interval` (scaled)
 * after the condition last changed — deterministic, no timers.
 */
import { bootMs, instanceHealth } from '../ec2/instances';
import { ec2StateOf } from '../ec2/state';
import type { SandboxCore } from '../core/service';
import { crossZone, elbStateOf, lbsOfTg, type Lb, type Target, type Tg } from './state';

/** What the health checker sees right now for one target. */
type Cond = Target['cond'];

/** One row of DescribeTargetHealth. */
export interface TargetHealthRow { target: Target; state: string; reason?: string; description?: string }

interface Observation { cond: Cond; detail?: string; readyAt?: number }

/** Default deregistration delay (seconds) when the attribute is unset. */
export const DEFAULT_DEREGISTRATION_DELAY = 300;

function observeCondition(core: SandboxCore, region: string, lbs: Lb[], tg: Tg, t: Target): Observation {
  if (lbs.length === 0) return { cond: 'unused', detail: 'Target group is not configured to receive traffic from the load balancer' };
  let az = t.availabilityZone;
  if (tg.targetType === 'instance') {
    const inst = ec2StateOf(core, region).instances[t.id];
    if (!inst) return { cond: 'invalid', detail: 'Target is in the terminated state' };
    const health = instanceHealth(core, region, inst);
    const stopFault = core.world.list().some((f) => f.kind === 'instance-stop' && f.instanceId === t.id);
    if (inst.state !== 'running' && inst.state !== 'pending') return { cond: 'invalid', detail: `Target is in the ${inst.state} state` };
    if (stopFault) return { cond: 'invalid', detail: 'Target is in the stopping state' };
    if (inst.state === 'pending') return { cond: 'wait' };
    az = inst.availabilityZone;
    if (health.system === 'impaired' || health.instance === 'impaired') return { cond: 'fail', detail: `Health checks failed: ${health.reason ?? 'instance impaired'}` };
    const readyAt = Date.parse(inst.launchTime) + Math.round(bootMs(inst.instanceId) * core.clock.scale);
    if (az && lbs.every((lb) => !crossZone(lb) && !lb.zones.some((z) => z.zoneName === az))) {
      return { cond: 'unused', detail: 'Target is in an Availability Zone that is not enabled for the load balancer' };
    }
    const nodesUp = lbs.some((lb) => lb.zones.some((z) => (crossZone(lb) || z.zoneName === az) && !core.world.isAzDown(region, z.zoneName)));
    if (!nodesUp) return { cond: 'fail', detail: 'Health checks failed: no load balancer node can reach the target' };
    return { cond: 'pass', readyAt };
  }
  if (az && core.world.isAzDown(region, az)) return { cond: 'fail', detail: `Health checks failed: availability zone ${az} is failed` };
  return { cond: 'pass' };
}

function need(core: SandboxCore, tg: Tg, threshold: number): number {
  return threshold * tg.healthCheck.intervalSeconds * 1000 * core.clock.scale;
}

/** Applies the verdict the thresholds reach under the stored condition by `now`. */
function advance(core: SandboxCore, tg: Tg, t: Target, now: number): void {
  const elapsed = now - t.since;
  if (t.cond === 'pass' && t.verdict !== 'healthy' && elapsed >= need(core, tg, tg.healthCheck.healthyThreshold)) t.verdict = 'healthy';
  if (t.cond === 'fail' && t.verdict !== 'unhealthy' && elapsed >= need(core, tg, tg.healthCheck.unhealthyThreshold)) t.verdict = 'unhealthy';
}

/** Records the current condition of a target (call before and after anything that may change it). */
function observe(core: SandboxCore, region: string, lbs: Lb[], tg: Tg, t: Target, now: number): Observation {
  const o = observeCondition(core, region, lbs, tg, t);
  if (o.cond !== t.cond) {
    advance(core, tg, t, now);
    const since = t.cond === 'wait' && o.cond === 'pass' && o.readyAt && o.readyAt > t.since && o.readyAt <= now ? o.readyAt : now;
    t.cond = o.cond;
    t.since = since;
    if (o.cond === 'wait' || o.cond === 'invalid' || o.cond === 'unused') t.verdict = 'initial';
  }
  advance(core, tg, t, now);
  return o;
}

function drainMs(core: SandboxCore, tg: Tg): number {
  const s = Number(tg.attributes['deregistration_delay.timeout_seconds'] ?? DEFAULT_DEREGISTRATION_DELAY);
  return s * 1000 * core.clock.scale;
}

/** Health of every registered or draining target of a group; drained targets are dropped. */
export function targetHealth(core: SandboxCore, region: string, tg: Tg): TargetHealthRow[] {
  const now = core.clock.now();
  tg.targets = tg.targets.filter((t) => t.deregisteredAt === undefined || now < t.deregisteredAt + drainMs(core, tg));
  const lbs = tg.targets.length ? lbsOfTg(elbStateOf(core, region), tg.arn) : [];
  return tg.targets.map((t) => {
    if (t.deregisteredAt !== undefined) return { target: t, state: 'draining', reason: 'Target.DeregistrationInProgress', description: 'Target deregistration is in progress' };
    const o = observe(core, region, lbs, tg, t, now);
    if (o.cond === 'unused') return { target: t, state: 'unused', reason: 'Target.NotInUse', description: o.detail };
    if (o.cond === 'invalid') return { target: t, state: 'unused', reason: 'Target.InvalidState', description: o.detail };
    if (o.cond === 'wait') return { target: t, state: 'initial', reason: 'Elb.RegistrationInProgress', description: 'Target registration is in progress' };
    if (t.verdict === 'healthy') return { target: t, state: 'healthy' };
    if (t.verdict === 'unhealthy') return { target: t, state: 'unhealthy', reason: 'Target.FailedHealthChecks', description: o.detail ?? 'Health checks failed' };
    if (now - t.registeredAt < tg.healthCheck.intervalSeconds * 1000 * core.clock.scale) {
      return { target: t, state: 'initial', reason: 'Elb.RegistrationInProgress', description: 'Target registration is in progress' };
    }
    return { target: t, state: 'initial', reason: 'Elb.InitialHealthChecking', description: 'Initial health checks in progress' };
  });
}

/** Re-observes every target group of a region (after a fault or a topology change). */
export function observeRegion(core: SandboxCore, region: string): void {
  for (const tg of Object.values(elbStateOf(core, region).targetGroups)) targetHealth(core, region, tg);
}

/** Re-observes every region that has ELBv2 state. */
export function observeAll(core: SandboxCore): void {
  for (const region of core.store.regions('elbv2').keys()) observeRegion(core, region);
}

/** A fresh target record (condition unknown until first observed). */
export function newTarget(core: SandboxCore, id: string, port: number, availabilityZone?: string): Target {
  const now = core.clock.now();
  return { id, port, availabilityZone, registeredAt: now, cond: 'wait', since: now, verdict: 'initial' };
}
