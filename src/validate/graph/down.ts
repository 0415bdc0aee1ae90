/** Failure domains as predicates ("is this node lost?"), their labels, and parsing from CLI text. */
import type { Design } from '../../model';
import { factsOf, type Facts } from '../facts';
import type { FailureDomain } from '../types';

/** A failure being simulated: which nodes are lost, and whether an ASG loses one instance. */
export interface Down {
  readonly domain: FailureDomain | undefined;
  isDown(id: string): boolean;
  /** The ASG that loses one instance (a resource domain naming an ASG). */
  readonly asgLoss?: string;
}

// One class for every kind of failure, told apart by `how`: thousands are made per validation (one per domain and
// entry point) and `isDown` is called everywhere, so its call sites must see a single shape.
const enum How { Nothing, Zone, Region, Node, Tree, OneInstance }

class Lost implements Down {
  constructor(
    readonly domain: FailureDomain | undefined,
    readonly asgLoss: string | undefined,
    private readonly how: How,
    private readonly f: Facts | undefined,
    private readonly key: string,
    private readonly ids: ReadonlySet<string> | undefined,
  ) {}

  isDown(id: string): boolean {
    switch (this.how) {
      case How.Zone: return this.f!.zone(id) === this.key;
      case How.Region: return this.f!.region(id) === this.key;
      case How.Node: return id === this.key;
      case How.Tree: return this.ids!.has(id);
      default: return false;
    }
  }
}

/** Nothing lost: the baseline. */
export const NOTHING_DOWN: Down = new Lost(undefined, undefined, How.Nothing, undefined, '', undefined);

/** The predicate for a domain (a resource domain takes its descendants with it). */
export function downFor(f: Facts, domain: FailureDomain): Down {
  if (domain.type === 'az') return new Lost(domain, undefined, How.Zone, f, domain.zone, undefined);
  if (domain.type === 'region') return new Lost(domain, undefined, How.Region, f, domain.region, undefined);
  const node = f.node(domain.id);
  if (node?.kind === 'autoScalingGroup') return new Lost(domain, node.id, How.OneInstance, undefined, '', undefined);
  // Most failable resources have no children: a comparison spares a set per domain.
  if (!f.children(domain.id).length) return new Lost(domain, undefined, How.Node, undefined, domain.id, undefined);
  const lost = new Set<string>([domain.id]);
  const stack = [domain.id];
  while (stack.length) for (const c of f.children(stack.pop()!)) if (!lost.has(c.id)) { lost.add(c.id); stack.push(c.id); }
  return new Lost(domain, undefined, How.Tree, undefined, '', lost);
}

/** Human label: "instance web-1", "AZ us-east-1a", "region us-east-1". */
export function domainLabel(f: Facts, d: FailureDomain): string {
  if (d.type === 'az') return `AZ ${d.zone}`;
  if (d.type === 'region') return `region ${d.region}`;
  const n = f.node(d.id);
  if (!n) return d.id;
  const what = n.kind === 'autoScalingGroup' ? 'one instance of ASG' : n.kind === 'database' ? 'database instance' : n.kind.replace(/([A-Z])/g, ' $1').toLowerCase();
  return n.name && n.name !== n.id ? `${what} ${n.id} (${n.name})` : `${what} ${n.id}`;
}

/** A stable key for a domain (grouping findings). */
export function domainKey(d: FailureDomain): string {
  return d.type === 'resource' ? `resource:${d.id}` : d.type === 'az' ? `az:${d.zone}` : `region:${d.region}`;
}

/** Parses `--fail` text: a node id, an AZ name (us-east-1a) or a region code (us-east-1); throws with the accepted forms. */
export function parseFailureDomain(design: Design, text: string): FailureDomain {
  const f = factsOf(design);
  const t = text.trim();
  if (f.node(t)) return { type: 'resource', id: t };
  const zones = new Set(f.ofKind('az').map((a) => a.zone));
  if (zones.has(t)) return { type: 'az', zone: t };
  const regions = new Set(f.ofKind('region').map((r) => r.region));
  if (regions.has(t)) return { type: 'region', region: t };
  if (/^[a-z]{2}(-[a-z]+)+-\d[a-z]$/.test(t)) return { type: 'az', zone: t };
  if (/^[a-z]{2}(-[a-z]+)+-\d$/.test(t)) return { type: 'region', region: t };
  throw new Error(`"${text}" is not a node id of design "${design.id}", an AZ name (e.g. us-east-1a) or a region code (e.g. us-east-1)`);
}
