/** The shared shape of EC2 `Describe*`: ids, filters, lazy lifecycle settling, MaxResults/NextToken. */
import { applyFilters, readFilters, type FilterFields, type Tags } from '../core/filters';
import { settle, type Lifecycled } from '../core/lifecycle';
import { paginate } from '../core/paging';
import type { ActionContext } from '../core/service';
import { selectIds } from './state';

/** How one resource type is described. */
export interface DescribeSpec<V> {
  /** Request key of the id list (`VpcId`, `InstanceId`…). */
  idsKey: string;
  notFound: string;
  what: string;
  fields: FilterFields<V>;
  /** Page size bounds when MaxResults is given (AWS: 5..1000 for most). */
  minResults?: number;
  /** Hook run before filtering, e.g. settle lifecycles and apply world effects. */
  prepare?: (v: V, now: number) => void;
}

/** Settles every item's lifecycle by clock (used as the default `prepare`). */
export function settleAll<V>(items: Iterable<V>, now: number): void {
  for (const v of items) if ((v as Lifecycled).state !== undefined) settle(v as Lifecycled, now);
}

/** Ids, filters, settling and one page of a table. */
export function describe<V extends { tags?: Tags }>(ctx: ActionContext, table: Record<string, V>, spec: DescribeSpec<V>): { items: V[]; nextToken?: string } {
  const p = ctx.params;
  const selected = selectIds(table, p.list(spec.idsKey), spec.notFound, spec.what);
  const now = ctx.core.clock.now();
  for (const v of selected) {
    if (spec.prepare) spec.prepare(v, now);
    else if ((v as unknown as Lifecycled).state !== undefined) settle(v as unknown as Lifecycled, now);
  }
  const filtered = applyFilters(selected, readFilters(p), spec.fields);
  return paginate(filtered, p.int('MaxResults', spec.minResults ?? 5, 1000), p.str('NextToken'));
}
