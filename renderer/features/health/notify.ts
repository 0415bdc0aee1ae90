// Desktop notifications for the moments an operator must not miss: an entry point going down, a database failing over.
import type { Design } from '../../../src/model';
import type { HealthChange } from '../../../src/health/types';

/** One notification to show. */
export interface Alert { readonly title: string; readonly body: string; readonly nodeId: string }

const entryCache = new WeakMap<Design, Set<string>>();

/** Entry points: DNS records, internet-facing load balancers, and anything receiving traffic from nothing (once per design value). */
export function entryPoints(design: Design): Set<string> {
  let eps = entryCache.get(design);
  if (!eps) entryCache.set(design, (eps = findEntryPoints(design)));
  return eps;
}

function findEntryPoints(design: Design): Set<string> {
  const hasIncomingTraffic = new Set(design.edges.filter((e) => e.kind === 'traffic').map((e) => e.target));
  const sendsTraffic = new Set(design.edges.filter((e) => e.kind === 'traffic').map((e) => e.source));
  return new Set(design.nodes.filter((n) => n.kind === 'dnsRecord' || (n.kind === 'loadBalancer' && n.scheme === 'internet-facing')
    || (sendsTraffic.has(n.id) && !hasIncomingTraffic.has(n.id))).map((n) => n.id));
}

/** The alerts a batch of changes deserves (never for the first sighting of a node). */
export function alertsFor(design: Design, changes: readonly HealthChange[]): Alert[] {
  const eps = entryPoints(design);
  const name = (id: string) => design.nodes.find((n) => n.id === id)?.name ?? id;
  const out: Alert[] = [];
  for (const c of changes) {
    if (c.previous === undefined) continue;
    if (eps.has(c.nodeId) && c.state === 'down' && c.previous !== 'down') out.push({ nodeId: c.nodeId, title: `${name(c.nodeId)} is down`, body: c.reason });
    if (c.reason.startsWith('primary failed over to ')) out.push({ nodeId: c.nodeId, title: `${name(c.nodeId)} failed over`, body: c.reason });
  }
  return out;
}

/** Shows alerts with the Notification API when allowed (asks once when live mode starts). */
export function showAlerts(alerts: readonly Alert[], onClick: (nodeId: string) => void): void {
  if (typeof Notification === 'undefined' || Notification.permission !== 'granted') return;
  for (const a of alerts) {
    const n = new Notification(a.title, { body: a.body, tag: `ha-${a.nodeId}` });
    n.onclick = () => { window.focus(); onClick(a.nodeId); };
  }
}

/** Asks for permission to notify (a no-op when already decided or unsupported). */
export function askNotificationPermission(): void {
  if (typeof Notification !== 'undefined' && Notification.permission === 'default') void Notification.requestPermission().catch(() => undefined);
}
