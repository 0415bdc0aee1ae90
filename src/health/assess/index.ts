/**
 * One cycle's assessment of a whole design: each resource by its kind's
 * assessor, then stale / since settling against the previous health, then
 * the containers' roll-up.
 */
import { isContainer, regionOf, type DesignIndex, type DesignNode, type NodeKind } from '../../model';
import type { Observation } from '../observation';
import { failedKey, type ResourceMap } from '../resources';
import { rollUp } from '../rollup';
import { settle, type Assessment } from '../settle';
import type { NodeHealth } from '../types';
import { assessAlarm } from './alarm';
import { assessAutoScalingGroup } from './auto-scaling-group';
import type { Assessor } from './context';
import { assessDatabase } from './database';
import { assessInstance } from './instance';
import { assessLoadBalancer } from './load-balancer';
import { assessNatGateway } from './nat-gateway';
import { assessTargetGroup } from './target-group';
import { assessVpnConnection } from './vpn-connection';

const ASSESSORS: Partial<Record<NodeKind, Assessor>> = {
  instance: assessInstance, targetGroup: assessTargetGroup, loadBalancer: assessLoadBalancer, database: assessDatabase,
  autoScalingGroup: assessAutoScalingGroup, vpnConnection: assessVpnConnection, alarm: assessAlarm, natGateway: assessNatGateway,
};

/** Kinds whose health is only whether they exist (their APIs report no state worth polling). */
const EXISTENCE: ReadonlySet<NodeKind> = new Set<NodeKind>(['internetGateway', 'routeTable', 'securityGroup', 'transitGateway', 'vpcPeering', 'topic']);

/** Kinds the monitor finds by tag and watches (the rest are "not monitored"). */
export const MONITORED_KINDS: ReadonlySet<NodeKind> = new Set<NodeKind>([...Object.keys(ASSESSORS) as NodeKind[], ...EXISTENCE, 'vpc', 'subnet']);

/** Inputs of a whole-design assessment. */
export interface AssessInput {
  readonly index: DesignIndex;
  readonly resources: ResourceMap;
  readonly obs: Observation;
  readonly prevObs?: Observation;
  readonly prev: ReadonlyMap<string, NodeHealth>;
}

function assessOne(node: DesignNode, input: AssessInput): Assessment | undefined {
  const { index, resources, obs } = input;
  if (node.kind === 'region' || node.kind === 'az') return undefined;
  if (!MONITORED_KINDS.has(node.kind)) {
    return { state: 'unknown', reason: node.kind === 'dnsRecord' ? 'not monitored (Route 53 is not watched)' : 'not monitored' };
  }
  const region = regionOf(index, node.id);
  if (!region) return { state: 'unknown', reason: 'not in a region' };
  const ref = resources.byNode.get(node.id);
  if (!ref) {
    const why = resources.failed.get(failedKey(region, node.kind));
    if (why !== undefined) return { noData: why };
    return { state: 'not-deployed', reason: 'no resource tagged with this node was found' };
  }
  if (isContainer(node)) return undefined;
  if (EXISTENCE.has(node.kind)) return { state: 'ok', reason: `exists (${ref.id})` };
  return ASSESSORS[node.kind]!(node, { index, ref, obs, prevObs: input.prevObs, prev: input.prev.get(node.id), refs: resources.byNode });
}

/** The health of every node of the design after this cycle. */
export function assessDesign(input: AssessInput): Map<string, NodeHealth> {
  const own = new Map<string, NodeHealth>();
  for (const node of input.index.design.nodes) {
    const a = assessOne(node, input);
    if (a) own.set(node.id, settle(node.id, input.prev.get(node.id), a, input.obs.at));
  }
  const all = rollUp(input.index, own, input.obs.at);
  // Containers keep their since while their state holds, like resources do.
  for (const [id, h] of all) {
    const before = input.prev.get(id);
    if (!own.has(id) && before && before.state === h.state && before.since !== h.since) all.set(id, { ...h, since: before.since });
  }
  return all;
}
