/**
 * Roll-up: regions, VPCs, AZs and subnets take their health from the
 * resources inside them. Pure, so the same answer comes out of the monitor,
 * the tests and any replay of a recorded timeline.
 */
import { isContainer, type DesignIndex, type DesignNode } from '../model';
import type { HealthState, NodeHealth } from './types';

/** States that say something about a resource; unknown and not-deployed do not count unless nothing else does. */
const SIGNIFICANT: ReadonlySet<HealthState> = new Set<HealthState>(['ok', 'degraded', 'down', 'stale']);

function leafDescendants(index: DesignIndex, id: string): DesignNode[] {
  const out: DesignNode[] = [];
  const stack = [...index.children(id)];
  while (stack.length) {
    const n = stack.pop()!;
    if (isContainer(n)) stack.push(...index.children(n.id));
    else out.push(n);
  }
  return out;
}

function names(nodes: readonly DesignNode[]): string {
  const shown = nodes.slice(0, 3).map((n) => n.name);
  return nodes.length > 3 ? `${shown.join(', ')} and ${nodes.length - 3} more` : shown.join(', ');
}

function where(node: DesignNode): string {
  if (node.kind === 'az') return ` in ${node.zone}`;
  if (node.kind === 'region') return ` in ${node.region}`;
  return '';
}

// A container went down when its last resource did, but was degraded (or stale) from its first.
const latest = (hs: readonly NodeHealth[]): string => hs.map((h) => h.since).sort().at(-1)!;
const earliest = (hs: readonly NodeHealth[]): string => hs.map((h) => h.since).sort()[0]!;

/** The health of one container from the health of the resources inside it. */
export function rollUpContainer(index: DesignIndex, container: DesignNode, health: ReadonlyMap<string, NodeHealth>, now: string): NodeHealth {
  const own = health.get(container.id);
  if (own?.state === 'not-deployed') return own;
  const kids = leafDescendants(index, container.id).flatMap((n) => {
    const h = health.get(n.id);
    return h ? [{ node: n, h }] : [];
  });
  const counted = kids.filter((k) => SIGNIFICANT.has(k.h.state));
  const base = { nodeId: container.id, observedAt: now };
  if (counted.length === 0) {
    if (own) return own;
    const allAbsent = kids.length > 0 && kids.every((k) => k.h.state === 'not-deployed');
    return allAbsent
      ? { ...base, state: 'not-deployed', reason: 'nothing inside is deployed', since: latest(kids.map((k) => k.h)) }
      : { ...base, state: 'unknown', reason: 'nothing monitored inside', since: now };
  }
  const of = (s: HealthState) => counted.filter((k) => k.h.state === s);
  const down = of('down');
  const bad = [...down, ...of('degraded')];
  const stale = of('stale');
  const total = counted.length;
  const at = where(container);
  if (down.length === total) {
    return { ...base, state: 'down', reason: `all ${total} resource${total === 1 ? '' : 's'}${at} down`, since: latest(down.map((k) => k.h)) };
  }
  if (bad.length > 0) {
    const parts = [down.length ? `${down.length} down` : '', bad.length - down.length ? `${bad.length - down.length} degraded` : ''].filter(Boolean);
    return {
      ...base, state: 'degraded',
      reason: `${parts.join(', ')} of ${total}${at}: ${names(bad.map((k) => k.node))}`,
      since: earliest(bad.map((k) => k.h)),
    };
  }
  if (stale.length > 0) {
    return {
      ...base, state: 'stale', lastKnown: 'ok',
      reason: `no fresh data for ${stale.length} of ${total}${at}: ${names(stale.map((k) => k.node))}`,
      since: earliest(stale.map((k) => k.h)),
    };
  }
  return { ...base, state: 'ok', reason: `all ${total} resource${total === 1 ? '' : 's'}${at} ok`, since: latest(counted.map((k) => k.h)) };
}

/**
 * Adds (or replaces) the health of every container of the design. `health`
 * holds the resources' own health (and optionally a container's own, e.g. a
 * VPC that is not deployed); the result holds both.
 */
export function rollUp(index: DesignIndex, health: ReadonlyMap<string, NodeHealth>, now: string): Map<string, NodeHealth> {
  const out = new Map(health);
  for (const node of index.design.nodes) {
    if (isContainer(node)) out.set(node.id, rollUpContainer(index, node, health, now));
  }
  return out;
}
