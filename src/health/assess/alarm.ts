/** A CloudWatch alarm: OK, ALARM (the watched resource is in trouble) or not enough data. */
import { sourceKey } from '../observation';
import { failed, type Assessor } from './context';

/** Health of an alarm node. */
export const assessAlarm: Assessor = (_node, ctx) => {
  const blind = failed(ctx, sourceKey.alarms(ctx.ref.region));
  if (blind) return blind;
  const a = ctx.obs.alarms.get(ctx.ref.id);
  if (!a) return { state: 'down', reason: `alarm ${ctx.ref.id} no longer exists` };
  if (a.state === 'ALARM') return { state: 'degraded', reason: `in ALARM${a.reason ? `: ${a.reason}` : ''}`, ...(a.updated ? { since: a.updated } : {}) };
  if (a.state === 'OK') return { state: 'ok', reason: 'OK' };
  return { state: 'unknown', reason: 'insufficient data' };
};
