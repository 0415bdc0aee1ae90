/** Tag conventions shared by the exporters, the importers and discovery, so a round trip keeps ids, names and dependencies. */
import type { Design, DesignIndex, DesignNode } from '../model';

/** Tag holding the design node id a resource was generated from. */
export const NODE_TAG = 'ha-architect:node';
/** Tag holding the design id (on every exported resource). */
export const DESIGN_TAG = 'ha-architect:design';
/** Tag holding an instance's or auto scaling group's free role label. */
export const ROLE_TAG = 'ha-architect:role';
/** Tag holding an app's dependency edges as "target=endpoint" words (tags are the only place a dependency survives AWS). */
export const DEPENDS_TAG = 'ha-architect:depends';
/** Tag holding a VPN connection's site name. */
export const SITE_TAG = 'ha-architect:site';

/** The tags a node's resources carry: user tags first, then Name and the HA Architect tags. */
export function nodeTags(index: DesignIndex, node: DesignNode): Record<string, string> {
  const tags: Record<string, string> = { ...(node.tags ?? {}), Name: node.name, [NODE_TAG]: node.id };
  if ((node.kind === 'instance' || node.kind === 'autoScalingGroup')) {
    const role = node.kind === 'instance' ? node.role : node.launch.role;
    if (role) tags[ROLE_TAG] = role;
    const deps = index.outgoing(node.id).filter((e) => e.kind === 'dependency').map((e) => (e.kind === 'dependency' && e.endpoint ? `${e.target}=${e.endpoint}` : e.target));
    if (deps.length) tags[DEPENDS_TAG] = deps.join(' ').slice(0, 256);
  }
  if (node.kind === 'vpnConnection' && node.siteName) tags[SITE_TAG] = node.siteName;
  return sortedRecord(tags);
}

/** Parses the DEPENDS_TAG value back into (target, endpoint) pairs. */
export function parseDepends(value: string | undefined): { target: string; endpoint?: 'writer' | 'reader' | 'instance' }[] {
  if (!value) return [];
  return value.split(/\s+/).filter(Boolean).map((word) => {
    const [target, endpoint] = word.split('=');
    const ep = endpoint === 'writer' || endpoint === 'reader' || endpoint === 'instance' ? endpoint : undefined;
    return ep ? { target: target!, endpoint: ep } : { target: target! };
  });
}

/** A copy of a string record with keys in sorted order (deterministic output). */
export function sortedRecord(rec: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(Object.keys(rec).sort().map((k) => [k, rec[k]!]));
}

/** The design id tag for a design. */
export function designTags(design: Design): Record<string, string> {
  return { [DESIGN_TAG]: design.id };
}
