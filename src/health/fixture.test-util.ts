/** A small two-AZ web design shared by the health tests. */
import { applyDesignChanges, createNode, emptyDesign, indexDesign, type Design, type DesignEdge, type DesignIndex, type NodeKind } from '../model';
import type { HealthState, NodeHealth } from './types';

function add(d: Design, kind: NodeKind, id: string, parent?: string, extra: Record<string, unknown> = {}): Design {
  const node = { ...createNode(indexDesign(d), kind, { id, parent, name: id }), ...extra };
  return applyDesignChanges(d, [{ type: 'addNode', node: node as never }]);
}

function edge(d: Design, e: DesignEdge): Design {
  return applyDesignChanges(d, [{ type: 'addEdge', edge: e }]);
}

/** Two AZs, one web instance each behind an ALB, a Multi-AZ database, an alarm and a VPN. */
export function webDesign(): Design {
  let d = emptyDesign('shop', 'Shop');
  d = add(d, 'region', 'r1', undefined, { region: 'us-east-1' });
  d = add(d, 'vpc', 'v1', 'r1');
  d = add(d, 'az', 'a1', 'v1', { zone: 'us-east-1a' });
  d = add(d, 'az', 'a2', 'v1', { zone: 'us-east-1b' });
  d = add(d, 'subnet', 's1', 'a1');
  d = add(d, 'subnet', 's2', 'a2');
  d = add(d, 'instance', 'web-1', 's1');
  d = add(d, 'database', 'db', 's1', { multiAz: true, subnetIds: ['s1', 's2'] });
  d = add(d, 'instance', 'web-2', 's2');
  d = add(d, 'loadBalancer', 'lb', 'v1', { subnetIds: ['s1', 's2'] });
  d = add(d, 'targetGroup', 'tg', 'v1');
  d = add(d, 'alarm', 'cpu', 'r1', { resourceId: 'web-1', metric: 'CPUUtilization' });
  d = add(d, 'vpnConnection', 'vpn', 'r1');
  d = edge(d, { id: 'e-lb-tg', kind: 'traffic', source: 'lb', target: 'tg', listener: { protocol: 'HTTP', port: 80 } });
  d = edge(d, { id: 'e-tg-web-1', kind: 'traffic', source: 'tg', target: 'web-1' });
  d = edge(d, { id: 'e-tg-web-2', kind: 'traffic', source: 'tg', target: 'web-2' });
  return d;
}

/** The index of `webDesign()`. */
export const webIndex = (): DesignIndex => indexDesign(webDesign());

/** A health record. */
export function h(nodeId: string, state: HealthState, since = '2026-11-26T09:00:00.000Z', reason = `${nodeId} is ${state}`): NodeHealth {
  return { nodeId, state, reason, since };
}

/** A health map from records. */
export const healthMap = (...hs: NodeHealth[]): Map<string, NodeHealth> => new Map(hs.map((x) => [x.nodeId, x]));
