/**
 * Placement groups. A spread group puts each instance on its own rack, so it
 * holds at most 7 running instances per AZ; RunInstances enforces that.
 */
import { AwsError } from '../core/errors';
import { newId } from '../core/ids';
import { applyFilters, readFilters } from '../core/filters';
import type { ActionContext } from '../core/service';
import { ec2State, type Ec2Region } from './state';
import { tagSet, tagsOnCreate } from './tags';
import type { PlacementGroup } from './types';

/** Instances a spread group may hold per AZ. */
export const SPREAD_PER_AZ = 7;

const groupsOf = (state: Ec2Region): Record<string, PlacementGroup> => (state.placementGroups ??= {});

/** The group named `name`, or InvalidPlacementGroup.Unknown. */
export function mustPlacementGroup(state: Ec2Region, name: string): PlacementGroup {
  const g = Object.values(groupsOf(state)).find((x) => x.groupName === name);
  if (!g) throw new AwsError('InvalidPlacementGroup.Unknown', `The Placement Group '${name}' is unknown.`, 400);
  return g;
}

/** How many more instances a group's AZ can take (unbounded unless spread). */
export function roomInGroup(state: Ec2Region, g: PlacementGroup, az: string): number {
  if (g.strategy !== 'spread') return Number.MAX_SAFE_INTEGER;
  let live = 0;
  for (const i of Object.values(state.instances)) if (i.placementGroup === g.groupName && i.availabilityZone === az && i.state !== 'terminated' && i.state !== 'shutting-down') live++;
  return SPREAD_PER_AZ - live;
}

/** Refuses a launch that would put more than 7 live instances of a spread group in one AZ. */
export function checkSpread(state: Ec2Region, g: PlacementGroup, az: string, adding: number): void {
  const room = roomInGroup(state, g, az);
  if (adding > room) {
    const live = SPREAD_PER_AZ - room;
    throw new AwsError('InsufficientInstanceCapacity', `Spread placement group '${g.groupName}' can hold at most ${SPREAD_PER_AZ} running instances in ${az} (has ${live}, asked for ${adding} more).`, 500);
  }
}

function render(g: PlacementGroup, ctx: ActionContext): unknown {
  return {
    groupName: g.groupName, groupId: g.groupId, state: 'available', strategy: g.strategy, partitionCount: g.partitionCount,
    groupArn: `arn:aws:ec2:${ctx.region}:${ctx.accountId}:placement-group/${g.groupName}`, spreadLevel: g.strategy === 'spread' ? 'rack' : undefined,
    tagSet: tagSet(g.tags),
  };
}

function create(ctx: ActionContext): unknown {
  const state = ec2State(ctx);
  const groupName = ctx.params.req('GroupName');
  const strategy = ctx.params.str('Strategy') ?? 'cluster';
  if (!['cluster', 'spread', 'partition'].includes(strategy)) throw new AwsError('InvalidParameterValue', `Strategy must be cluster, spread or partition, got '${strategy}'`, 400);
  if (Object.values(groupsOf(state)).some((g) => g.groupName === groupName)) throw new AwsError('InvalidPlacementGroup.Duplicate', `The Placement Group '${groupName}' already exists.`, 400);
  const g: PlacementGroup = {
    groupId: newId('pg'), groupName, strategy, tags: tagsOnCreate(ctx.params, 'placement-group'),
    ...(strategy === 'partition' ? { partitionCount: ctx.params.int('PartitionCount', 1, 7) ?? 2 } : {}),
  };
  groupsOf(state)[g.groupId] = g;
  return { placementGroup: render(g, ctx) };
}

function remove(ctx: ActionContext): unknown {
  const state = ec2State(ctx);
  const g = mustPlacementGroup(state, ctx.params.req('GroupName'));
  if (Object.values(state.instances).some((i) => i.placementGroup === g.groupName && i.state !== 'terminated')) {
    throw new AwsError('InvalidPlacementGroup.InUse', `The Placement Group '${g.groupName}' is in use and may not be deleted.`, 400);
  }
  delete groupsOf(state)[g.groupId];
  return { return: true };
}

function describeGroups(ctx: ActionContext): unknown {
  const state = ec2State(ctx);
  const names = ctx.params.list('GroupName');
  const ids = ctx.params.list('GroupId');
  let groups = names.map((n) => mustPlacementGroup(state, n));
  if (!names.length) groups = Object.values(groupsOf(state));
  if (ids.length) groups = groups.filter((g) => ids.includes(g.groupId));
  const filtered = applyFilters(groups, readFilters(ctx.params), (g, name) => (
    { 'group-name': g.groupName, 'group-id': g.groupId, strategy: g.strategy, state: 'available' } as Record<string, string>)[name]);
  return { placementGroupSet: filtered.map((g) => render(g, ctx)) };
}

/** Placement group actions. */
export const placementGroupActions = { CreatePlacementGroup: create, DeletePlacementGroup: remove, DescribePlacementGroups: describeGroups };
