/** Placement rules: which container each kind may sit in, enforced on drop and on move. */
import type { DesignIndex } from './query';
import type { NodeKind } from './node';

/** Allowed parent kinds per kind; `null` means "top level of the canvas". */
export const ALLOWED_PARENTS: Readonly<Record<NodeKind, readonly (NodeKind | null)[]>> = {
  region: [null],
  vpc: ['region'],
  az: ['vpc'],
  subnet: ['az'],
  internetGateway: ['vpc'],
  natGateway: ['subnet'],
  routeTable: ['vpc'],
  securityGroup: ['vpc'],
  loadBalancer: ['vpc'],
  targetGroup: ['vpc'],
  instance: ['subnet'],
  autoScalingGroup: ['vpc'],
  database: ['subnet'],
  dnsRecord: [null],
  vpcPeering: ['region'],
  transitGateway: ['region'],
  vpnConnection: ['region'],
  alarm: ['region'],
  topic: ['region'],
  generic: [null, 'region', 'vpc', 'az', 'subnet'],
};

const WHERE: Readonly<Record<NodeKind, string>> = {
  region: 'on the canvas, not inside another container',
  vpc: 'inside a region',
  az: 'inside a VPC',
  subnet: 'inside an availability zone of a VPC',
  internetGateway: 'inside a VPC',
  natGateway: 'inside a (public) subnet',
  routeTable: 'inside a VPC',
  securityGroup: 'inside a VPC',
  loadBalancer: 'inside a VPC (then attach it to subnets)',
  targetGroup: 'inside a VPC',
  instance: 'inside a subnet',
  autoScalingGroup: 'inside a VPC (then choose its subnets)',
  database: 'inside a subnet (its primary placement)',
  dnsRecord: 'on the canvas (DNS is global)',
  vpcPeering: 'inside a region',
  transitGateway: 'inside a region',
  vpnConnection: 'inside a region',
  alarm: 'inside a region',
  topic: 'inside a region',
  generic: 'on the canvas or inside a region, VPC, AZ or subnet',
};

/** Outcome of a placement check: allowed, or refused with a sentence for the user. */
export type PlacementResult = { readonly ok: true } | { readonly ok: false; readonly reason: string };

/** Human name of a kind for messages ("load balancer"). */
export function kindLabel(kind: NodeKind): string {
  const special: Partial<Record<NodeKind, string>> = { az: 'availability zone', vpc: 'VPC', natGateway: 'NAT gateway', dnsRecord: 'DNS record', vpcPeering: 'VPC peering', vpnConnection: 'VPN connection', topic: 'notification topic', generic: 'generic resource' };
  return special[kind] ?? kind.replace(/([A-Z])/g, ' $1').toLowerCase();
}

/** "a subnet" / "an instance": the label with its indefinite article. */
export function aKind(kind: NodeKind): string {
  const label = kindLabel(kind);
  return /^[aeio]/i.test(label) ? `an ${label}` : `a ${label}`;
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Checks whether a node of `kind` may be placed in `parentId` (undefined = canvas top level). */
export function canPlace(index: DesignIndex, kind: NodeKind, parentId: string | undefined, zone?: string): PlacementResult {
  const parent = parentId === undefined ? undefined : index.byId.get(parentId);
  if (parentId !== undefined && !parent) return { ok: false, reason: `There is no container "${parentId}".` };
  const allowed = ALLOWED_PARENTS[kind];
  const parentKind = parent ? parent.kind : null;
  if (!allowed.includes(parentKind)) {
    const here = parent ? `in ${aKind(parent.kind)}` : 'on the canvas top level';
    return { ok: false, reason: `${capital(aKind(kind))} cannot go ${here}: place it ${WHERE[kind]}.` };
  }
  if (kind === 'az' && parent && zone !== undefined) {
    const region = index.ancestor(parent.id, 'region')?.region;
    if (region && !zone.startsWith(region)) return { ok: false, reason: `Availability zone ${zone} is not in region ${region}.` };
  }
  return { ok: true };
}

/** Checks that moving node `id` under `parentId` keeps the placement rules (and makes no cycle). */
export function canMove(index: DesignIndex, id: string, parentId: string | undefined): PlacementResult {
  const node = index.byId.get(id);
  if (!node) return { ok: false, reason: `There is no node "${id}".` };
  for (let cur = parentId; cur !== undefined; cur = index.byId.get(cur)?.parent) {
    if (cur === id) return { ok: false, reason: `${capital(aKind(node.kind))} cannot be moved inside itself.` };
  }
  return canPlace(index, node.kind, parentId, node.kind === 'az' ? node.zone : undefined);
}
