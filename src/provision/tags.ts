/** Ownership tags and deterministic names and idempotency tokens of provisioned resources. */
import { hashText } from './props';

/** Tag carrying the design id on every provisioned resource. */
export const DESIGN_TAG = 'ha-architect:design';
/** Tag carrying the node id. */
export const NODE_TAG = 'ha-architect:node';
/** Tag carrying the hash of the properties as last applied (drift detection). */
export const HASH_TAG = 'ha-architect:hash';
/** Tags HA Architect owns (never copied from or compared with user tags). */
export const OWN_TAGS: ReadonlySet<string> = new Set([DESIGN_TAG, NODE_TAG, HASH_TAG, 'Name']);

/** The full tag set of one resource: ownership, Name, user tags. */
export function ownershipTags(designId: string, nodeId: string, name: string, hash: string, user: Readonly<Record<string, string>> = {}): Record<string, string> {
  const tags: Record<string, string> = {};
  for (const [k, v] of Object.entries(user)) if (!OWN_TAGS.has(k) && !k.startsWith('aws:')) tags[k] = v;
  return { ...tags, Name: name, [DESIGN_TAG]: designId, [NODE_TAG]: nodeId, [HASH_TAG]: hash };
}

/** Splits a tag list into ownership facts and user tags. */
export function readTags(list: readonly { Key?: string; Value?: string }[] | undefined): { designId?: string; nodeId?: string; hash?: string; name?: string; user: Record<string, string> } {
  const user: Record<string, string> = {};
  let designId: string | undefined, nodeId: string | undefined, hash: string | undefined, name: string | undefined;
  for (const t of list ?? []) {
    if (!t.Key) continue;
    const v = t.Value ?? '';
    if (t.Key === DESIGN_TAG) designId = v;
    else if (t.Key === NODE_TAG) nodeId = v;
    else if (t.Key === HASH_TAG) hash = v;
    else if (t.Key === 'Name') name = v;
    else if (!t.Key.startsWith('aws:') && !t.Key.startsWith('ha-architect:')) user[t.Key] = v;
  }
  return { designId, nodeId, hash, name, user };
}

/**
 * A deterministic resource name for services that name resources (ELB, ASG, RDS,
 * SNS, CloudWatch): readable prefix + hash of design and node ids, within `max`
 * characters of [a-z0-9-], starting with a letter.
 */
export function resourceName(designId: string, nodeId: string, max = 32): string {
  const hash = hashText(`${designId}\u0000${nodeId}`).slice(0, 8);
  const clean = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  const room = max - hash.length - 4;
  const label = clean(`${designId}-${nodeId}`).slice(0, Math.max(0, room)).replace(/-+$/g, '');
  return `ha-${label ? label + '-' : ''}${hash}`;
}

/**
 * The ClientToken of a create: design id + node id + generation, so a retry
 * (or a resumed run) of the same create never makes a second resource, while a
 * later generation (a replace, or a re-create after drift) makes a new one.
 */
export function clientToken(designId: string, nodeId: string, generation: string, part = ''): string {
  return `ha-${hashText(`${designId}\u0000${nodeId}\u0000${part}`)}-${hashText(generation)}`;
}

/** EC2 tag specification list for one resource type. */
export function tagSpec(resourceType: string, tags: Readonly<Record<string, string>>): { ResourceType: never; Tags: { Key: string; Value: string }[] }[] {
  return [{ ResourceType: resourceType as never, Tags: toTagList(tags) }];
}

/** `{ k: v }` → `[{ Key, Value }]`. */
export function toTagList(tags: Readonly<Record<string, string>>): { Key: string; Value: string }[] {
  return Object.entries(tags).map(([Key, Value]) => ({ Key, Value }));
}
