/** Launch templates: create, versions (minimal: create + describe), describe, delete; resolution for RunInstances. */
import { AwsError } from '../core/errors';
import { newId } from '../core/ids';
import type { Params } from '../core/params';
import type { ActionContext } from '../core/service';
import { describe } from './describe';
import { ec2State, must, type Ec2Region } from './state';
import { tagSet, tagsOnCreate } from './tags';
import type { LaunchTemplate, LaunchTemplateData } from './types';

function readData(p: Params | undefined): LaunchTemplateData {
  if (!p) throw new AwsError('MissingParameter', 'The request must contain the parameter LaunchTemplateData', 400);
  const sg = p.list('SecurityGroupId');
  return {
    imageId: p.str('ImageId'), instanceType: p.str('InstanceType'), keyName: p.str('KeyName'),
    securityGroupIds: sg.length ? sg : undefined, userData: p.str('UserData'),
  };
}

function render(lt: LaunchTemplate): unknown {
  return {
    launchTemplateId: lt.launchTemplateId, launchTemplateName: lt.launchTemplateName, createTime: lt.createTime,
    createdBy: 'arn:aws:iam::123456789012:user/sandbox', defaultVersionNumber: lt.defaultVersion,
    latestVersionNumber: lt.latestVersion, tagSet: tagSet(lt.tags),
  };
}

/** Finds a template by id or name (InvalidLaunchTemplateId/Name.NotFoundException otherwise). */
export function findTemplate(state: Ec2Region, id: string | undefined, name: string | undefined): LaunchTemplate {
  if (id) return must(state.launchTemplates, id, 'InvalidLaunchTemplateId.NotFound', 'launch template ID');
  const lt = Object.values(state.launchTemplates).find((t) => t.launchTemplateName === name);
  if (!lt) throw new AwsError('InvalidLaunchTemplateName.NotFoundException', `The specified launch template, with template name ${name ?? '(none)'}, does not exist.`, 400);
  return lt;
}

/** The data of a template version (`$Latest`, `$Default` or a number). */
export function templateVersion(lt: LaunchTemplate, version: string | undefined): { version: string; data: LaunchTemplateData } {
  const n = !version || version === '$Default' ? lt.defaultVersion : version === '$Latest' ? lt.latestVersion : Number(version);
  const data = lt.versions[String(n)];
  if (!data) throw new AwsError('InvalidLaunchTemplateId.VersionNotFound', `Version ${version} of launch template ${lt.launchTemplateId} does not exist`, 400);
  return { version: String(n), data };
}

function create(ctx: ActionContext): unknown {
  const state = ec2State(ctx);
  const name = ctx.params.req('LaunchTemplateName');
  if (!/^[a-zA-Z0-9().\-/_]{3,128}$/.test(name)) throw new AwsError('InvalidLaunchTemplateName.MalformedException', `Launch template name '${name}' must be 3-128 of a-z A-Z 0-9 ( ) . - / _`, 400);
  if (Object.values(state.launchTemplates).some((t) => t.launchTemplateName === name)) {
    throw new AwsError('InvalidLaunchTemplateName.AlreadyExistsException', `Launch template name already in use: ${name}`, 400);
  }
  const lt: LaunchTemplate = {
    launchTemplateId: newId('lt'), launchTemplateName: name, createTime: new Date(ctx.core.clock.now()).toISOString(),
    defaultVersion: 1, latestVersion: 1, versions: { 1: readData(ctx.params.struct('LaunchTemplateData')) },
    tags: tagsOnCreate(ctx.params, 'launch-template'),
  };
  state.launchTemplates[lt.launchTemplateId] = lt;
  return { launchTemplate: render(lt) };
}

function createVersion(ctx: ActionContext): unknown {
  const lt = findTemplate(ec2State(ctx), ctx.params.str('LaunchTemplateId'), ctx.params.str('LaunchTemplateName'));
  const base = ctx.params.str('SourceVersion') ? templateVersion(lt, ctx.params.str('SourceVersion')).data : {};
  const data = { ...base, ...Object.fromEntries(Object.entries(readData(ctx.params.struct('LaunchTemplateData'))).filter(([, v]) => v !== undefined)) };
  lt.latestVersion += 1;
  lt.versions[String(lt.latestVersion)] = data;
  return { launchTemplateVersion: renderVersion(lt, String(lt.latestVersion)) };
}

function renderVersion(lt: LaunchTemplate, v: string): unknown {
  const d = lt.versions[v]!;
  return {
    launchTemplateId: lt.launchTemplateId, launchTemplateName: lt.launchTemplateName, versionNumber: Number(v),
    createTime: lt.createTime, defaultVersion: Number(v) === lt.defaultVersion,
    launchTemplateData: { imageId: d.imageId, instanceType: d.instanceType, keyName: d.keyName, securityGroupIdSet: d.securityGroupIds, userData: d.userData },
  };
}

function describeVersions(ctx: ActionContext): unknown {
  const lt = findTemplate(ec2State(ctx), ctx.params.str('LaunchTemplateId'), ctx.params.str('LaunchTemplateName'));
  const wanted = ctx.params.list('LaunchTemplateVersion');
  const versions = wanted.length ? wanted.map((v) => templateVersion(lt, v).version) : Object.keys(lt.versions);
  return { launchTemplateVersionSet: versions.map((v) => renderVersion(lt, v)) };
}

function remove(ctx: ActionContext): unknown {
  const state = ec2State(ctx);
  const lt = findTemplate(state, ctx.params.str('LaunchTemplateId'), ctx.params.str('LaunchTemplateName'));
  delete state.launchTemplates[lt.launchTemplateId];
  return { launchTemplate: render(lt) };
}

function describeTemplates(ctx: ActionContext): unknown {
  const state = ec2State(ctx);
  const names = ctx.params.list('LaunchTemplateName');
  const table = names.length ? Object.fromEntries(names.map((n) => { const t = findTemplate(state, undefined, n); return [t.launchTemplateId, t]; })) : state.launchTemplates;
  const page = describe(ctx, table, {
    idsKey: 'LaunchTemplateId', notFound: 'InvalidLaunchTemplateId.NotFound', what: 'launch template ID', minResults: 1,
    fields: (t, name) => (name === 'launch-template-name' ? t.launchTemplateName : name === 'create-time' ? t.createTime : undefined),
  });
  return { launchTemplates: page.items.map(render), nextToken: page.nextToken };
}

/** Launch template actions. */
export const launchTemplateActions = {
  CreateLaunchTemplate: create, CreateLaunchTemplateVersion: createVersion, DescribeLaunchTemplateVersions: describeVersions,
  DeleteLaunchTemplate: remove, DescribeLaunchTemplates: describeTemplates,
};
