/** The launch template of an auto scaling group (part of the group's node): create, new version on change, read back, delete. */
import {
  CreateLaunchTemplateCommand, CreateLaunchTemplateVersionCommand, DeleteLaunchTemplateCommand, DescribeLaunchTemplateVersionsCommand,
  DescribeLaunchTemplatesCommand, type RequestLaunchTemplateData,
} from '@aws-sdk/client-ec2';
import { awsError } from '../errors';
import type { DiscoverContext, OpContext } from '../handler';
import { DESIGN_TAG, resourceName, tagSpec } from '../tags';
import type { DesiredResource, PropValue, Ref } from '../types';
import { ignoreNotFound } from './ec2-util';

/** The launch settings as compared (instance type, image, security groups as physical ids). */
export async function readLaunch(ctx: DiscoverContext, templateId: string): Promise<PropValue> {
  const v = (await ignoreNotFound(() => ctx.clients.ec2.send(new DescribeLaunchTemplateVersionsCommand({ LaunchTemplateId: templateId, Versions: ['$Latest'] }))))
    ?.LaunchTemplateVersions?.[0]?.LaunchTemplateData;
  if (!v) return null;
  return { instanceType: v.InstanceType ?? null, imageId: v.ImageId ?? null, securityGroups: [...(v.SecurityGroupIds ?? [])] };
}

async function data(ctx: OpContext, want: DesiredResource): Promise<RequestLaunchTemplateData> {
  const launch = want.props.launch as { instanceType: string; imageId?: string; securityGroups: readonly Ref[] };
  return {
    InstanceType: launch.instanceType as never,
    ImageId: launch.imageId ?? (await ctx.defaultImage()),
    SecurityGroupIds: launch.securityGroups.map((g) => ctx.resource(g.ref).id),
  };
}

/** Creates the group's template (or adopts the one an interrupted run made, adding a version with the current settings). */
export async function ensureTemplate(ctx: OpContext, want: DesiredResource): Promise<string> {
  const name = resourceName(ctx.designId, want.nodeId, 128);
  try {
    const out = await ctx.clients.ec2.send(new CreateLaunchTemplateCommand({
      LaunchTemplateName: name, ClientToken: ctx.token(want.nodeId, 'launch-template'), LaunchTemplateData: await data(ctx, want),
      TagSpecifications: tagSpec('launch-template', ctx.tags(want)),
    }));
    return out.LaunchTemplate!.LaunchTemplateId!;
  } catch (err) {
    if (!/AlreadyExists/.test(awsError(err).code)) throw err;
  }
  const existing = (await ctx.clients.ec2.send(new DescribeLaunchTemplatesCommand({ LaunchTemplateNames: [name] }))).LaunchTemplates?.[0];
  if (!existing?.LaunchTemplateId) throw new Error(`launch template ${name} exists but cannot be read`);
  await newVersion(ctx, existing.LaunchTemplateId, want);
  return existing.LaunchTemplateId;
}

/** Adds a version with the design's settings; the group uses $Latest, so new instances get it. */
export async function newVersion(ctx: OpContext, templateId: string, want: DesiredResource): Promise<void> {
  await ctx.clients.ec2.send(new CreateLaunchTemplateVersionCommand({ LaunchTemplateId: templateId, LaunchTemplateData: await data(ctx, want) }));
}

/** Deletes a template (gone already is fine). */
export async function deleteTemplate(ctx: OpContext, templateId: string): Promise<void> {
  await ignoreNotFound(() => ctx.clients.ec2.send(new DeleteLaunchTemplateCommand({ LaunchTemplateId: templateId })));
}

/** Deletes the design's launch templates no group uses any more (left by an interrupted create or delete). */
export async function sweepTemplates(ctx: OpContext): Promise<number> {
  const out = await ctx.clients.ec2.send(new DescribeLaunchTemplatesCommand({ Filters: [{ Name: `tag:${DESIGN_TAG}`, Values: [ctx.designId] }] }));
  for (const t of out.LaunchTemplates ?? []) if (t.LaunchTemplateId) await deleteTemplate(ctx, t.LaunchTemplateId);
  return (out.LaunchTemplates ?? []).length;
}
