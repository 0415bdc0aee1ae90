/** A site-to-site VPN connection: its tunnels' telemetry. */
import { sourceKey } from '../observation';
import { failed, type Assessor } from './context';

/** Health of a VPN connection node. */
export const assessVpnConnection: Assessor = (_node, ctx) => {
  const blind = failed(ctx, sourceKey.vpns(ctx.ref.region));
  if (blind) return blind;
  const v = ctx.obs.vpns.get(ctx.ref.id);
  if (!v || v.state === 'deleted' || v.state === 'deleting') return { state: 'down', reason: `VPN connection ${v ? v.state : 'no longer exists'}` };
  if (v.state === 'pending') return { state: 'degraded', reason: 'pending' };
  const n = v.tunnels.length;
  const down = v.tunnels.map((t, i) => ({ t, i: i + 1 })).filter(({ t }) => t.status !== 'UP');
  if (n === 0) return { state: 'ok', reason: v.state };
  const which = down.map(({ t, i }) => `tunnel ${i}${t.outsideIp ? ` (${t.outsideIp})` : ''}${t.message ? `: ${t.message}` : ''}`).join('; ');
  if (down.length === n) return { state: 'down', reason: `all ${n} tunnels down — ${which}` };
  if (down.length > 0) return { state: 'degraded', reason: `${down.length} of ${n} tunnels down — ${which}` };
  return { state: 'ok', reason: `${n} of ${n} tunnels up` };
};
