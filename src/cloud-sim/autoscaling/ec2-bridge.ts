/**
 * How Auto Scaling acts on EC2 and ELBv2: it launches through EC2's own
 * RunInstances logic (a synthetic request from the Auto Scaling service, as
 * AWS does) so instances are indistinguishable from user-launched ones, and
 * registers/deregisters members with its target groups through ELBv2's helpers.
 */
import { newRequestId } from '../core/ids';
import { Params, type ParamTree } from '../core/params';
import type { ActionContext, SandboxCore } from '../core/service';
import { terminateInstance } from '../ec2/instances';
import { runInstances } from '../ec2/run-instances';
import { ec2StateOf } from '../ec2/state';
import { elbStateOf } from '../elbv2/state';
import { deregisterTargets, registerTargets } from '../elbv2/targets';
import type { Asg } from './state';

/** Tags every launched instance carries: the group name plus the tags marked PropagateAtLaunch. */
export function launchTags(g: Asg): { Key: string; Value: string }[] {
  return [{ Key: 'aws:autoscaling:groupName', Value: g.name }, ...g.tags.filter((t) => t.propagate).map((t) => ({ Key: t.key, Value: t.value }))];
}

/** Launches one instance of the group into a subnet; resolves to its id and type (rejects with EC2's error). */
export async function launchInstance(core: SandboxCore, region: string, g: Asg, subnetId: string): Promise<{ instanceId: string; instanceType: string }> {
  const tree: ParamTree = {
    Action: 'RunInstances', MinCount: '1', MaxCount: '1', SubnetId: subnetId,
    LaunchTemplate: { LaunchTemplateId: g.launchTemplate.id, Version: g.launchTemplate.version },
    TagSpecification: [{ ResourceType: 'instance', Tag: launchTags(g) as unknown as ParamTree[] }],
  };
  const ctx: ActionContext = {
    service: 'ec2', action: 'RunInstances', region, accountId: core.accountId, requestId: newRequestId(), params: new Params(tree), json: {}, core,
  };
  // Identify the launched instance from EC2's state, not from the rendered response (its wire form is EC2's business).
  // Without a ClientToken RunInstances creates synchronously, so the diff taken before any await sees only our launch.
  const instances = ec2StateOf(core, region).instances;
  const before = new Set(Object.keys(instances));
  const pending = runInstances(ctx);
  const created = Object.keys(instances).filter((id) => !before.has(id));
  await pending;
  const inst = created.length === 1 ? instances[created[0]!] : undefined;
  if (!inst) throw new Error(`RunInstances for group ${g.name} created ${created.length} instances, expected 1`);
  return { instanceId: inst.instanceId, instanceType: inst.instanceType };
}

/** Starts terminating an EC2 instance (no-op if it is gone). */
export function terminate(core: SandboxCore, region: string, instanceId: string): void {
  const inst = ec2StateOf(core, region).instances[instanceId];
  if (inst) terminateInstance(core, inst);
}

/** Registers an instance with target groups (missing groups are skipped: the group may have been deleted). */
export function register(core: SandboxCore, region: string, tgArns: string[], instanceId: string): void {
  const elb = elbStateOf(core, region);
  for (const arn of tgArns) {
    const tg = elb.targetGroups[arn];
    if (!tg) continue;
    try {
      registerTargets(core, region, tg, [{ id: instanceId }]);
    } catch {
      // A terminated instance cannot be registered; the reconciler replaces it anyway.
    }
  }
}

/** Deregisters an instance from target groups (it drains there for the deregistration delay). */
export function deregister(core: SandboxCore, region: string, tgArns: string[], instanceId: string): void {
  const elb = elbStateOf(core, region);
  for (const arn of tgArns) {
    const tg = elb.targetGroups[arn];
    if (tg) deregisterTargets(core, tg, [{ id: instanceId }]);
  }
}
