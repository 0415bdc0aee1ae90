/**
 * One poll cycle: every region of the design in parallel, and inside a
 * region every service in parallel, each batched (ids per call) so the call
 * count grows with resources / batch size, not with resources.
 */
import type { NodeKind } from '../../model';
import type { AsgObs, Observation } from '../observation';
import type { ResourceMap, ResourceRef } from '../resources';
import type { ClientPool } from './clients';
import { finish, newDraft, type ObsDraft } from './draft';
import { pollGroups, pollActivities } from './poll-asg';
import { pollAlarms } from './poll-alarms';
import { pollInstances, pollNats, pollVpns } from './poll-ec2';
import { pollLoadBalancers, pollTargetHealth } from './poll-elb';
import { pollDatabases, pollRdsEvents } from './poll-rds';

/** What a cycle needs besides the resources: the previous observation (ASG members, changes) and the start of the event window. */
export interface PollContext {
  readonly pool: ClientPool;
  readonly resources: ResourceMap;
  readonly prevObs?: Observation;
  /** Events (scaling activities, RDS events) are read from this time on. */
  readonly eventsSince: Date;
  readonly at: string;
}

/** A finished cycle: the observation, its API calls and whether any were throttled. */
export interface PollResult {
  readonly obs: Observation;
  readonly calls: number;
  readonly callsByOp: ReadonlyMap<string, number>;
  readonly throttled: boolean;
}

function byRegion(resources: ResourceMap): Map<string, Map<NodeKind, string[]>> {
  const out = new Map<string, Map<NodeKind, string[]>>();
  const add = (r: ResourceRef) => {
    let m = out.get(r.region);
    if (!m) out.set(r.region, (m = new Map()));
    const list = m.get(r.kind) ?? [];
    list.push(r.id);
    m.set(r.kind, list);
  };
  for (const r of resources.byNode.values()) add(r);
  return out;
}

/** Instance sets differ: the group launched or lost instances, so its activities are worth reading. */
const changed = (a: AsgObs | undefined, b: AsgObs | undefined): boolean =>
  !a || !b || a.desired !== b.desired || a.instances.map((i) => i.id + i.lifecycle).join() !== b.instances.map((i) => i.id + i.lifecycle).join();

async function pollRegion(ctx: PollContext, region: string, ids: Map<NodeKind, string[]>, d: ObsDraft): Promise<void> {
  const c = ctx.pool.forRegion(region);
  const get = (k: NodeKind) => ids.get(k) ?? [];
  const groups = get('autoScalingGroup');
  // ASG members are watched too (their status explains the group's); new ones join from the previous cycle's view.
  const members = groups.flatMap((g) => ctx.prevObs?.asgs.get(g)?.instances.map((i) => i.id) ?? []);
  const instances = [...new Set([...get('instance'), ...members])];
  const dbs = get('database');
  await Promise.all([
    pollInstances(c.ec2, region, instances, d),
    pollVpns(c.ec2, region, get('vpnConnection'), d),
    pollNats(c.ec2, region, get('natGateway'), d),
    pollLoadBalancers(c.elb, region, get('loadBalancer'), d),
    pollTargetHealth(c.elb, get('targetGroup'), d),
    pollDatabases(c.rds, region, dbs, d),
    pollRdsEvents(c.rds, region, dbs, ctx.eventsSince, d),
    pollAlarms(c.cw, region, get('alarm'), d),
    (async () => {
      await pollGroups(c.asg, region, groups, d);
      const moved = groups.filter((g) => d.asgs.has(g) && changed(ctx.prevObs?.asgs.get(g), d.asgs.get(g)));
      await pollActivities(c.asg, region, moved, ctx.eventsSince, d);
    })(),
  ]);
}

/** Runs one poll cycle over every region of the resource map. */
export async function pollOnce(ctx: PollContext): Promise<PollResult> {
  const d = newDraft(ctx.at);
  await Promise.all([...byRegion(ctx.resources)].map(([region, ids]) => pollRegion(ctx, region, ids, d)));
  const calls = [...d.calls.values()].reduce((a, b) => a + b, 0);
  return { obs: finish(d), calls, callsByOp: d.calls, throttled: d.throttled };
}
