/** EC2 tags: `TagSpecification.N` on create, `tagSet` in responses, CreateTags/DeleteTags on any resource. */
import { AwsError } from '../core/errors';
import type { Tags } from '../core/filters';
import type { Params } from '../core/params';
import type { ActionContext } from '../core/service';
import { applyFilters, readFilters } from '../core/filters';
import { paginate } from '../core/paging';
import { ec2State, findTaggable, taggedResources, type Ec2Region } from './state';

/** Tags from `TagSpecification.N` whose ResourceType is `resourceType`. */
export function tagsOnCreate(params: Params, resourceType: string): Tags {
  const tags: Tags = {};
  for (const spec of [...params.structs('TagSpecification'), ...params.structs('TagSpecifications')]) {
    const type = spec.req('ResourceType');
    if (type !== resourceType) continue;
    for (const t of spec.structs('Tag')) tags[t.req('Key')] = t.str('Value') ?? '';
  }
  return tags;
}

/** The `tagSet` list of a response, omitted when empty like AWS does. */
export function tagSet(tags: Tags | undefined): { key: string; value: string }[] | undefined {
  const entries = Object.entries(tags ?? {});
  return entries.length ? entries.map(([key, value]) => ({ key, value })) : undefined;
}

/** CreateTags: adds or overwrites tags on every listed resource (all must exist). */
export function createTags(ctx: ActionContext): unknown {
  const ids = ctx.params.list('ResourceId');
  if (ids.length === 0) throw new AwsError('MissingParameter', 'The request must contain the parameter ResourceId', 400);
  const tags = ctx.params.structs('Tag').map((t) => [t.req('Key'), t.str('Value') ?? ''] as const);
  const state = ec2State(ctx);
  const targets = ids.map((id) => findTaggable(state, id));
  for (const res of targets) for (const [k, v] of tags) (res.tags ??= {})[k] = v;
  return { return: true };
}

/** DeleteTags: removes the keys (only when the value matches, if one is given). */
export function deleteTags(ctx: ActionContext): unknown {
  const ids = ctx.params.list('ResourceId');
  if (ids.length === 0) throw new AwsError('MissingParameter', 'The request must contain the parameter ResourceId', 400);
  const state = ec2State(ctx);
  const tags = ctx.params.structs('Tag').map((t) => [t.req('Key'), t.str('Value')] as const);
  for (const id of ids) {
    const res = findTaggable(state, id);
    if (!res.tags) continue;
    if (tags.length === 0) res.tags = {};
    for (const [k, v] of tags) if (v === undefined || res.tags[k] === v) delete res.tags[k];
  }
  return { return: true };
}

const RESOURCE_TYPE: Partial<Record<keyof Ec2Region, string>> = {
  vpcs: 'vpc', subnets: 'subnet', internetGateways: 'internet-gateway', addresses: 'elastic-ip', natGateways: 'natgateway',
  routeTables: 'route-table', securityGroups: 'security-group', launchTemplates: 'launch-template', instances: 'instance',
  peerings: 'vpc-peering-connection', transitGateways: 'transit-gateway', tgwAttachments: 'transit-gateway-attachment',
  customerGateways: 'customer-gateway', vpnGateways: 'vpn-gateway', vpnConnections: 'vpn-connection', placementGroups: 'placement-group',
};

/** DescribeTags: one row per (resource, key), filterable by resource-id, resource-type, key, value. */
export function describeTags(ctx: ActionContext): unknown {
  const rows: { resourceId: string; resourceType: string; key: string; value: string }[] = [];
  for (const r of taggedResources(ec2State(ctx))) {
    for (const [key, value] of Object.entries(r.tags)) rows.push({ resourceId: r.id, resourceType: RESOURCE_TYPE[r.collection] ?? String(r.collection), key, value });
  }
  const filtered = applyFilters(rows, readFilters(ctx.params), (row, name) => (
    { 'resource-id': row.resourceId, 'resource-type': row.resourceType, key: row.key, value: row.value } as Record<string, string>)[name]);
  const page = paginate(filtered, ctx.params.int('MaxResults', 5, 1000), ctx.params.str('NextToken'));
  return { tagSet: page.items, nextToken: page.nextToken };
}
