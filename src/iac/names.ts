/** Stable, unique resource names derived from node names and ids (Terraform addresses, CloudFormation logical ids). */
import type { Design, DesignNode } from '../model';

/** A Terraform-safe identifier: lowercase letters, digits and "_", not starting with a digit. */
export function tfSlug(text: string): string {
  const s = text.toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^_+|_+$/g, '');
  return s === '' ? 'r' : /^[0-9]/.test(s) ? `r_${s}` : s;
}

/** A CloudFormation logical id: alphanumeric PascalCase, starting with a letter. */
export function cfnSlug(text: string): string {
  const s = text.split(/[^A-Za-z0-9]+/).filter(Boolean).map((w) => w[0]!.toUpperCase() + w.slice(1)).join('');
  return s === '' ? 'R' : /^[0-9]/.test(s) ? `R${s}` : s;
}

/** CloudFormation parameters the exporter may declare: logical ids of resources must not take these names. */
export const CFN_PARAMETERS = ['NamePrefix', 'AvailabilityZones', 'ImageId', 'DbUsername', 'HostedZoneId'] as const;

/** Hands out unique names: the first asker of a base gets it, later ones get a numbered variant. */
export class Namer {
  private readonly taken = new Set<string>();
  constructor(private readonly join: (base: string, n: number) => string) {}
  /** A name not handed out before, as close to `base` as possible. */
  unique(base: string): string {
    let name = base;
    for (let n = 2; this.taken.has(name); n++) name = this.join(base, n);
    this.taken.add(name);
    return name;
  }
}

/**
 * Assigns each node a name from its own name (nodes sorted by id, so the result
 * does not depend on the order of the design's node list); nodes sharing a name
 * are told apart by their id.
 */
export function nodeNames(design: Design, slug: (t: string) => string, namer: Namer): Map<string, string> {
  const byDesign = cache.get(design) ?? new Map<(t: string) => string, Map<string, string>>();
  cache.set(design, byDesign);
  let names = byDesign.get(slug);
  if (!names) {
    names = computeNames(design, slug);
    byDesign.set(slug, names);
  }
  for (const name of names.values()) namer.unique(name);
  return names;
}

// Exports of one design ask for the same names many times (a CloudFormation template per region).
const cache = new WeakMap<Design, Map<(t: string) => string, Map<string, string>>>();

function computeNames(design: Design, slug: (t: string) => string): Map<string, string> {
  const nodes = [...design.nodes].sort(byId);
  const slugs = new Map(nodes.map((n) => [n.id, slug(n.name)]));
  const counts = new Map<string, number>();
  for (const s of slugs.values()) counts.set(s, (counts.get(s) ?? 0) + 1);
  const namer = new Namer(slug === tfSlug ? (b, n) => `${b}_${n}` : (b, n) => `${b}${n}`);
  if (slug === cfnSlug) for (const p of CFN_PARAMETERS) namer.unique(p);
  const out = new Map<string, string>();
  for (const n of nodes) {
    const base = slugs.get(n.id)!;
    const distinct = counts.get(base) === 1 || slug(n.id) === base ? base : slug(`${n.name} ${n.id}`);
    out.set(n.id, namer.unique(distinct));
  }
  return out;
}

/** Compares nodes by id (for deterministic emission order). */
export function byId(a: DesignNode, b: DesignNode): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
