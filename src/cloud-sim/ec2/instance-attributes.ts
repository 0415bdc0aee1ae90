/** ModifyInstanceAttribute: security groups (any state) and instance type (stopped only). */
import { AwsError } from '../core/errors';
import { settle } from '../core/lifecycle';
import type { ActionContext } from '../core/service';
import { mustInstance } from './instances';
import { ec2State, must } from './state';

function modifyInstanceAttribute(ctx: ActionContext): unknown {
  const state = ec2State(ctx);
  const inst = mustInstance(state, ctx.params.req('InstanceId'));
  settle(inst, ctx.core.clock.now());
  const groups = ctx.params.list('GroupId');
  const type = ctx.params.struct('InstanceType')?.str('Value') ?? (ctx.params.str('Attribute') === 'instanceType' ? ctx.params.str('Value') : undefined);
  if (groups.length === 0 && type === undefined) {
    throw new AwsError('MissingParameter', 'Specify an attribute to modify (GroupId.N or InstanceType.Value)', 400);
  }
  for (const id of groups) {
    const sg = must(state.securityGroups, id, 'InvalidGroup.NotFound', 'security group');
    if (sg.vpcId !== inst.vpcId) throw new AwsError('InvalidGroup.NotFound', `Security group ${id} is not in ${inst.vpcId}`, 400);
  }
  if (type !== undefined && inst.state !== 'stopped') {
    throw new AwsError('IncorrectInstanceState', `The instance '${inst.instanceId}' is not in the 'stopped' state.`, 400);
  }
  if (groups.length) inst.securityGroupIds = groups;
  if (type !== undefined) inst.instanceType = type;
  return { return: true };
}

/** Instance attribute actions. */
export const instanceAttributeActions = { ModifyInstanceAttribute: modifyInstanceAttribute };
