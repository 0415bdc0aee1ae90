/** Group tags: CreateOrUpdateTags, DeleteTags, DescribeTags (new PropagateAtLaunch tags apply to later launches, as in AWS). */
import { applyFilters, readFilters } from '../core/filters';
import { paginate } from '../core/paging';
import type { ActionContext } from '../core/service';
import { asgState, mustAsg, validation, type AsgTag } from './state';

function each(ctx: ActionContext, fn: (groupName: string, key: string, value: string, propagate: boolean) => void): void {
  const tags = ctx.params.structs('Tags');
  if (tags.length === 0) throw validation('Tags must contain at least one tag');
  for (const t of tags) {
    const type = t.str('ResourceType') ?? 'auto-scaling-group';
    if (type !== 'auto-scaling-group') throw validation(`ResourceType '${type}': expected auto-scaling-group`);
    fn(t.req('ResourceId'), t.req('Key'), t.str('Value') ?? '', t.bool('PropagateAtLaunch') ?? false);
  }
}

function createOrUpdate(ctx: ActionContext): unknown {
  const state = asgState(ctx);
  each(ctx, (name, key, value, propagate) => {
    const g = mustAsg(state, name);
    const t = g.tags.find((x) => x.key === key);
    if (t) Object.assign(t, { value, propagate });
    else g.tags.push({ key, value, propagate });
  });
  return undefined;
}

function remove(ctx: ActionContext): unknown {
  const state = asgState(ctx);
  each(ctx, (name, key) => {
    const g = mustAsg(state, name);
    g.tags = g.tags.filter((t) => t.key !== key);
  });
  return undefined;
}

function describe(ctx: ActionContext): unknown {
  const rows: { g: string; t: AsgTag; tags?: Record<string, string> }[] = Object.values(asgState(ctx).groups).flatMap((g) => g.tags.map((t) => ({ g: g.name, t })));
  const filtered = applyFilters(rows, readFilters(ctx.params, 'Filters'), (r, name) => {
    if (name === 'auto-scaling-group') return r.g;
    if (name === 'key') return r.t.key;
    if (name === 'value') return r.t.value;
    if (name === 'propagate-at-launch') return String(r.t.propagate);
    return undefined;
  });
  const page = paginate(filtered, ctx.params.int('MaxRecords', 1, 100) ?? 100, ctx.params.str('NextToken'));
  return {
    Tags: page.items.map((r) => ({ ResourceId: r.g, ResourceType: 'auto-scaling-group', Key: r.t.key, Value: r.t.value, PropagateAtLaunch: r.t.propagate })),
    NextToken: page.nextToken,
  };
}

/** Tag actions. */
export const tagActions = { CreateOrUpdateTags: createOrUpdate, DeleteTags: remove, DescribeTags: describe };
