/**
 * The group's control loop, run lazily (before every Auto Scaling call), on
 * every fault change and on a slow tick: follow member state from EC2, mark
 * unhealthy members (EC2 status, or ELB health after the grace period) and
 * replace them, keep desired capacity spread evenly over the AZs that are up,
 * and rebalance when a failed AZ returns. Runs are serialized per Sandbox.
 */
import { settle } from '../core/lifecycle';
import type { SandboxCore } from '../core/service';
import { instanceHealth } from '../ec2/instances';
import { ec2StateOf } from '../ec2/state';
import { targetHealth } from '../elbv2/health';
import { elbStateOf } from '../elbv2/state';
import { details, finish, record } from './activities';
import { deregister, launchInstance, register, terminate } from './ec2-bridge';
import { asgStateOf, live, type Asg, type Member } from './state';

const iso = (ms: number): string => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

/** Why a member is unhealthy now, or undefined when it is healthy. */
function unhealthyCause(core: SandboxCore, region: string, g: Asg, m: Member, now: number): string | undefined {
  if (m.healthStatus === 'Unhealthy') return 'an instance was taken out of service in response to a user health-check';
  const inst = ec2StateOf(core, region).instances[m.instanceId];
  if (!inst || ['stopping', 'stopped', 'shutting-down', 'terminated'].includes(inst.state)) {
    return 'an instance was taken out of service in response to an EC2 health check indicating it has been terminated or stopped';
  }
  const inGrace = now < m.launchedAt + g.gracePeriod * 1000 * core.clock.scale;
  if (inGrace) return undefined;
  const h = instanceHealth(core, region, inst);
  if (h.system === 'impaired' || h.instance === 'impaired') return 'an instance was taken out of service in response to an EC2 instance status check failure';
  if (g.healthCheckType === 'ELB') {
    const elb = elbStateOf(core, region);
    for (const arn of g.targetGroupArns) {
      const tg = elb.targetGroups[arn];
      if (tg && targetHealth(core, region, tg).some((r) => r.target.id === m.instanceId && r.state === 'unhealthy')) {
        return 'an instance was taken out of service in response to an ELB system health check failure';
      }
    }
  }
  return undefined;
}

/** Starts terminating a member: EC2 terminate, deregister from target groups, activity. */
export function startTermination(core: SandboxCore, region: string, g: Asg, m: Member, description: string, cause: string): void {
  const now = core.clock.now();
  m.lifecycleState = 'Terminating';
  terminate(core, region, m.instanceId);
  deregister(core, region, g.targetGroupArns, m.instanceId);
  record(g, now, { description, cause: `At ${iso(now)} ${cause}.`, instanceId: m.instanceId, details: details(m.subnetId, m.availabilityZone) });
}

function followMembers(core: SandboxCore, region: string, g: Asg, now: number): void {
  const ec2 = ec2StateOf(core, region);
  for (const m of [...g.instances]) {
    const inst = ec2.instances[m.instanceId];
    if (inst) settle(inst, now);
    const act = g.activities.findLast((a) => a.instanceId === m.instanceId && a.statusCode === 'InProgress');
    if (!inst || inst.state === 'terminated') {
      if (m.lifecycleState !== 'Terminating') startTermination(core, region, g, m, `Terminating EC2 instance: ${m.instanceId}`, 'an instance was taken out of service in response to an EC2 health check indicating it has been terminated or stopped');
      for (const a of g.activities) if (a.instanceId === m.instanceId) finish(a, now);
      g.instances.splice(g.instances.indexOf(m), 1);
      continue;
    }
    if (m.lifecycleState === 'Terminating') continue;
    if (m.lifecycleState === 'Pending' && inst.state === 'running') {
      m.lifecycleState = 'InService';
      finish(act, now);
    }
    const cause = unhealthyCause(core, region, g, m, now);
    if (cause) {
      m.healthStatus = 'Unhealthy';
      startTermination(core, region, g, m, `Terminating EC2 instance: ${m.instanceId} (unhealthy)`, cause);
    }
  }
}

/** Counts live members per AZ of the group's AZs that are up (in subnet order). */
function zoneCounts(core: SandboxCore, region: string, g: Asg): { subnetId: string; az: string; n: number }[] {
  const members = live(g);
  return g.subnets
    .filter((s) => !core.world.isAzDown(region, s.az))
    .map((s) => ({ ...s, n: members.filter((m) => m.availabilityZone === s.az).length }));
}

async function launch(core: SandboxCore, region: string, g: Asg, cause: string): Promise<boolean> {
  const now = core.clock.now();
  const zones = zoneCounts(core, region, g);
  if (zones.length === 0) {
    const last = g.activities.at(-1);
    const msg = 'No Availability Zone of the group is available (all failed). Launching EC2 instance failed.';
    if (last?.statusMessage !== msg) finish(record(g, now, { description: 'Launching a new EC2 instance.  Status Reason: ' + msg, cause: `At ${iso(now)} ${cause}.` }), now, 'Failed', msg);
    return false;
  }
  const zone = zones.reduce((best, z) => (z.n < best.n ? z : best));
  try {
    const { instanceId, instanceType } = await launchInstance(core, region, g, zone.subnetId);
    g.instances.push({
      instanceId, availabilityZone: zone.az, subnetId: zone.subnetId, instanceType, lifecycleState: 'Pending', healthStatus: 'Healthy',
      launchedAt: now, protectedFromScaleIn: g.newInstancesProtected, launchTemplateVersion: g.launchTemplate.version,
    });
    register(core, region, g.targetGroupArns, instanceId);
    record(g, now, { description: `Launching a new EC2 instance: ${instanceId}`, cause: `At ${iso(now)} ${cause}.`, instanceId, details: details(zone.subnetId, zone.az), progress: 50 });
    return true;
  } catch (e) {
    const msg = (e as Error).message;
    const last = g.activities.at(-1);
    if (last?.statusMessage !== msg) finish(record(g, now, { description: `Launching a new EC2 instance.  Status Reason: ${msg}. Launching EC2 instance failed.`, cause: `At ${iso(now)} ${cause}.` }), now, 'Failed', msg);
    return false;
  }
}

/** The member the default termination policy picks: the AZ with most members, then the oldest. */
export function pickVictim(g: Asg): Member | undefined {
  const members = live(g).filter((m) => !m.protectedFromScaleIn);
  const per = new Map<string, number>();
  for (const m of live(g)) per.set(m.availabilityZone, (per.get(m.availabilityZone) ?? 0) + 1);
  return [...members].sort((a, b) => (per.get(b.availabilityZone)! - per.get(a.availabilityZone)!) || (a.launchedAt - b.launchedAt))[0];
}

/** One reconcile pass over a group. */
async function reconcileGroup(core: SandboxCore, region: string, g: Asg): Promise<void> {
  const now = core.clock.now();
  followMembers(core, region, g, now);
  if (g.deleting) {
    for (const m of live(g)) startTermination(core, region, g, m, `Terminating EC2 instance: ${m.instanceId}`, 'an instance was taken out of service in response to a user request to delete the group');
    if (g.instances.length === 0) delete asgStateOf(core, region).groups[g.name];
    return;
  }
  let n = live(g).length;
  const start = n;
  while (n < g.desired) {
    if (!(await launch(core, region, g, `an instance was started in response to a difference between desired and actual capacity, increasing the capacity from ${start} to ${g.desired}`))) break;
    n++;
  }
  while (n > g.desired) {
    const victim = pickVictim(g);
    if (!victim) break;
    startTermination(core, region, g, victim, `Terminating EC2 instance: ${victim.instanceId}`, `an instance was taken out of service in response to a difference between desired and actual capacity, shrinking the capacity from ${start} to ${g.desired}`);
    n--;
  }
  await rebalance(core, region, g);
}

async function rebalance(core: SandboxCore, region: string, g: Asg): Promise<void> {
  if (live(g).some((m) => m.lifecycleState !== 'InService')) return;
  const zones = zoneCounts(core, region, g);
  if (zones.length < 2) return;
  const min = zones.reduce((a, z) => (z.n < a.n ? z : a));
  const max = zones.reduce((a, z) => (z.n > a.n ? z : a));
  if (max.n - min.n <= 1) return;
  const launched = await launch(core, region, g, `instances were launched to balance instances in zones ${min.az} with other zones resulting in more than desired number of instances in the group`);
  const victim = launched ? live(g).filter((m) => m.availabilityZone === max.az && !m.protectedFromScaleIn).sort((a, b) => a.launchedAt - b.launchedAt)[0] : undefined;
  if (victim) startTermination(core, region, g, victim, `Terminating EC2 instance: ${victim.instanceId}`, `an instance was taken out of service in response to an Availability Zone rebalancing between ${max.az} and ${min.az}`);
}

const chains = new WeakMap<SandboxCore, Promise<void>>();

/** Reconciles every group of a region (serialized with other runs on this Sandbox). */
export function reconcileRegion(core: SandboxCore, region: string): Promise<void> {
  const run = async (): Promise<void> => {
    for (const g of Object.values(asgStateOf(core, region).groups)) await reconcileGroup(core, region, g);
  };
  const next = (chains.get(core) ?? Promise.resolve()).then(run, run);
  chains.set(core, next.catch(() => undefined));
  return next;
}

/** Reconciles every region that has Auto Scaling state. */
export async function reconcileAll(core: SandboxCore): Promise<void> {
  for (const region of core.store.regions('autoscaling').keys()) await reconcileRegion(core, region);
}
