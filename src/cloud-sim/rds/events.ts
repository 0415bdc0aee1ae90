/** RDS events: recorded by lifecycles and failovers, served by DescribeEvents (default last 60 minutes). */
import { paginate } from '../core/paging';
import type { ActionContext } from '../core/service';
import { xmlList } from '../core/xml';
import { badParam, rdsList, rdsState, type Db, type DbEvent, type RdsRegion } from './state';

const KEEP = 1000;

/** Records an event about a DB instance at `date`. */
export function dbEvent(state: RdsRegion, db: Db, date: number, message: string, categories: string[]): void {
  state.events.push({ sourceId: db.id, sourceType: 'db-instance', message, categories, date, sourceArn: db.arn });
  if (state.events.length > KEEP) state.events.splice(0, state.events.length - KEEP);
}

function parseTime(v: string | undefined, name: string): number | undefined {
  if (v === undefined) return undefined;
  const t = Date.parse(v);
  if (Number.isNaN(t)) throw badParam(`${name} '${v}' is not a valid ISO 8601 time`);
  return t;
}

function describeEvents(ctx: ActionContext): unknown {
  const p = ctx.params;
  const now = ctx.core.clock.now();
  const end = parseTime(p.str('EndTime'), 'EndTime') ?? now;
  const duration = p.int('Duration', 0);
  const start = parseTime(p.str('StartTime'), 'StartTime') ?? end - (duration ?? 60) * 60_000;
  const sourceId = p.str('SourceIdentifier')?.toLowerCase();
  const sourceType = p.str('SourceType');
  if (sourceId && !sourceType) throw badParam('SourceType must be given with SourceIdentifier');
  const categories = rdsList(p, 'EventCategories', 'EventCategory');
  const rows: DbEvent[] = rdsState(ctx).events.filter((e) => e.date >= start && e.date <= end
    && (!sourceId || e.sourceId === sourceId) && (!sourceType || e.sourceType === sourceType)
    && (categories.length === 0 || e.categories.some((c) => categories.includes(c))));
  const page = paginate(rows, p.int('MaxRecords', 20, 100) ?? 100, p.str('Marker'));
  return {
    Events: xmlList('Event', page.items.map((e) => ({
      SourceIdentifier: e.sourceId, SourceType: e.sourceType, Message: e.message, EventCategories: xmlList('EventCategory', e.categories),
      Date: new Date(e.date), SourceArn: e.sourceArn,
    }))),
    Marker: page.nextToken,
  };
}

/** Event actions. */
export const eventActions = { DescribeEvents: describeEvents };
