/** Scaling activities: recorded by the reconciler and user actions, served newest first. */
import { randomUUID } from 'node:crypto';
import { paginate } from '../core/paging';
import type { ActionContext } from '../core/service';
import { azIdOf } from '../core/regions';
import { asgState, mustAsg, validation, type Activity, type Asg } from './state';

const KEEP = 100;

/** Appends an activity (the oldest drop off beyond 100 per group). */
export function record(g: Asg, now: number, a: Pick<Activity, 'description' | 'cause'> & Partial<Activity>): Activity {
  const act: Activity = {
    activityId: randomUUID(), startTime: now, statusCode: 'InProgress', progress: 0,
    details: '{}', ...a,
  };
  g.activities.push(act);
  if (g.activities.length > KEEP) g.activities.splice(0, g.activities.length - KEEP);
  return act;
}

/** Details JSON as AWS writes it for instance activities. */
export const details = (subnetId: string, az: string): string => JSON.stringify({ 'Subnet ID': subnetId, 'Availability Zone': az, 'Availability Zone ID': azIdOf(az) });

/** Marks an activity finished. */
export function finish(act: Activity | undefined, now: number, statusCode: Activity['statusCode'] = 'Successful', statusMessage?: string): void {
  if (!act || act.statusCode !== 'InProgress') return;
  Object.assign(act, { statusCode, endTime: now, progress: 100 }, statusMessage ? { statusMessage } : {});
}

/** The wire form of an activity. */
export function renderActivity(g: Asg, a: Activity): unknown {
  return {
    ActivityId: a.activityId, AutoScalingGroupName: g.name, AutoScalingGroupARN: g.arn, Description: a.description, Cause: a.cause,
    StartTime: new Date(a.startTime), EndTime: a.endTime === undefined ? undefined : new Date(a.endTime),
    StatusCode: a.statusCode, StatusMessage: a.statusMessage, Progress: a.progress, Details: a.details,
    AutoScalingGroupState: g.deleting ? 'Delete in progress' : undefined,
  };
}

function describeActivities(ctx: ActionContext): unknown {
  const state = asgState(ctx);
  const name = ctx.params.str('AutoScalingGroupName');
  const ids = ctx.params.list('ActivityIds');
  const groups = name ? [mustAsg(state, name)] : Object.values(state.groups);
  let rows = groups.flatMap((g) => g.activities.map((a) => ({ g, a }))).reverse();
  if (ids.length) rows = rows.filter((r) => ids.includes(r.a.activityId));
  rows.sort((x, y) => y.a.startTime - x.a.startTime);
  const max = ctx.params.int('MaxRecords', 1, 100);
  if (max === 0) throw validation('MaxRecords must be at least 1');
  const page = paginate(rows, max ?? 100, ctx.params.str('NextToken'));
  return { Activities: page.items.map((r) => renderActivity(r.g, r.a)), NextToken: page.nextToken };
}

/** Activity actions. */
export const activityActions = { DescribeScalingActivities: describeActivities };
