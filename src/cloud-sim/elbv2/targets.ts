/** RegisterTargets / DeregisterTargets / DescribeTargetHealth (health from health.ts). */
import { AwsError } from '../core/errors';
import type { Params } from '../core/params';
import type { ActionContext, SandboxCore } from '../core/service';
import { ec2StateOf } from '../ec2/state';
import { newTarget, targetHealth, type TargetHealthRow } from './health';
import { elbState, mustTg, validation, type Tg } from './state';

interface Requested { id: string; port?: number; az?: string }

function readTargets(p: Params): Requested[] {
  const list = p.structs('Targets');
  if (list.length === 0) throw validation('Targets must contain at least one target');
  return list.map((t) => ({ id: t.req('Id'), port: t.int('Port', 1, 65535), az: t.str('AvailabilityZone') }));
}

/** Registers targets (shared with Auto Scaling): instances must exist, be in the group's VPC and not terminated. */
export function registerTargets(core: SandboxCore, region: string, tg: Tg, targets: Requested[]): void {
  const ec2 = ec2StateOf(core, region);
  for (const r of targets) {
    if (tg.targetType === 'instance') {
      const inst = ec2.instances[r.id];
      if (!inst || inst.state === 'terminated' || inst.state === 'shutting-down') throw new AwsError('InvalidTarget', `The following targets are not in a running state and cannot be registered: '${r.id}'`, 400);
      if (inst.vpcId !== tg.vpcId) throw new AwsError('InvalidTarget', `The following targets are not in the target group VPC '${tg.vpcId}': '${r.id}'`, 400);
    } else if (tg.targetType === 'ip' && !/^\d{1,3}(\.\d{1,3}){3}$/.test(r.id)) {
      throw new AwsError('InvalidTarget', `The IP address '${r.id}' is not valid`, 400);
    }
    const port = r.port ?? tg.port;
    if (port === undefined) throw validation(`A port must be specified for target '${r.id}'`);
    const existing = tg.targets.find((t) => t.id === r.id && t.port === port);
    if (existing && existing.deregisteredAt === undefined) continue;
    if (existing) tg.targets.splice(tg.targets.indexOf(existing), 1);
    tg.targets.push(newTarget(core, r.id, port, r.az));
  }
}

/** Starts draining targets (shared with Auto Scaling); unknown targets are ignored, as AWS does. */
export function deregisterTargets(core: SandboxCore, tg: Tg, targets: Requested[]): void {
  const now = core.clock.now();
  for (const r of targets) {
    for (const t of tg.targets) if (t.id === r.id && (r.port === undefined || t.port === r.port) && t.deregisteredAt === undefined) t.deregisteredAt = now;
  }
}

function register(ctx: ActionContext): unknown {
  const tg = mustTg(elbState(ctx), ctx.params.req('TargetGroupArn'));
  targetHealth(ctx.core, ctx.region, tg);
  registerTargets(ctx.core, ctx.region, tg, readTargets(ctx.params));
  return {};
}

function deregister(ctx: ActionContext): unknown {
  const tg = mustTg(elbState(ctx), ctx.params.req('TargetGroupArn'));
  targetHealth(ctx.core, ctx.region, tg);
  const wanted = readTargets(ctx.params);
  const missing = wanted.find((r) => !tg.targets.some((t) => t.id === r.id));
  if (missing) throw new AwsError('InvalidTarget', `The target '${missing.id}' is not registered with target group '${tg.name}'`, 400);
  deregisterTargets(ctx.core, tg, wanted);
  return {};
}

function renderRow(row: TargetHealthRow, hcPort: string): unknown {
  return {
    Target: { Id: row.target.id, Port: row.target.port, AvailabilityZone: row.target.availabilityZone },
    HealthCheckPort: hcPort === 'traffic-port' ? String(row.target.port) : hcPort,
    TargetHealth: { State: row.state, Reason: row.reason, Description: row.description },
  };
}

function describeHealth(ctx: ActionContext): unknown {
  const tg = mustTg(elbState(ctx), ctx.params.req('TargetGroupArn'));
  const rows = targetHealth(ctx.core, ctx.region, tg);
  const asked = ctx.params.structs('Targets').map((t) => ({ id: t.req('Id'), port: t.int('Port', 1, 65535) }));
  if (asked.length === 0) return { TargetHealthDescriptions: rows.map((r) => renderRow(r, tg.healthCheck.port)) };
  return {
    TargetHealthDescriptions: asked.flatMap((a) => {
      const found = rows.filter((r) => r.target.id === a.id && (a.port === undefined || r.target.port === a.port));
      if (found.length) return found.map((r) => renderRow(r, tg.healthCheck.port));
      if (tg.targetType === 'instance' && !ec2StateOf(ctx.core, ctx.region).instances[a.id]) {
        throw new AwsError('InvalidTarget', `The target '${a.id}' is not a valid instance`, 400);
      }
      return [{
        Target: { Id: a.id, Port: a.port ?? tg.port }, HealthCheckPort: String(a.port ?? tg.port),
        TargetHealth: { State: 'unused', Reason: 'Target.NotRegistered', Description: 'Target is not registered to the target group' },
      }];
    }),
  };
}

/** Target actions. */
export const targetActions = { RegisterTargets: register, DeregisterTargets: deregister, DescribeTargetHealth: describeHealth };
