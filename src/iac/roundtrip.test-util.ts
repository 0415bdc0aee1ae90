// The topology of a design as comparable strings: node kinds with their containers, and edges, with ids that survive
// AWS (regions by code, AZs by VPC and zone, DNS records by domain). Generic nodes are not exported, so not compared.
import { indexDesign, removalChanges, applyDesignChanges, type Design } from '../model';

/** Kinds/containment lines and edge lines of a design. */
export function topology(d: Design): { nodes: string[]; edges: string[] } {
  const index = indexDesign(d);
  const canon = (id: string | undefined): string => {
    const n = id === undefined ? undefined : index.byId.get(id);
    if (!n) return '-';
    if (n.kind === 'region') return `region:${n.region}`;
    if (n.kind === 'az') return `az:${canon(n.parent)}:${n.zone}`;
    if (n.kind === 'dnsRecord') return `dns:${n.domain}`;
    return n.id;
  };
  const skip = new Set(d.nodes.filter((n) => n.kind === 'generic').map((n) => n.id));
  const nodes = [...new Set(d.nodes.filter((n) => !skip.has(n.id)).map((n) => `${n.kind} ${canon(n.id)} in ${canon(n.parent)}`))].sort();
  const edges = [...new Set(d.edges.filter((e) => !skip.has(e.source) && !skip.has(e.target)).map((e) => {
    const [a, b] = e.kind === 'link' ? [canon(e.source), canon(e.target)].sort() : [canon(e.source), canon(e.target)];
    return `${e.kind} ${a} -> ${b}`;
  }))].sort();
  return { nodes, edges };
}

/** The design without the regions other than `code` (and what lives in or points into them). */
export function onlyRegion(d: Design, code: string): Design {
  const index = indexDesign(d);
  const other = index.ofKind('region').filter((r) => r.region !== code).map((r) => r.id);
  return exportable(applyDesignChanges(d, removalChanges(index, other)));
}

/** The design without what no exporter can express: DNS records without targets, peerings without two VPCs. */
export function exportable(d: Design): Design {
  let out = d;
  const idx = indexDesign(out);
  const orphans = idx.ofKind('dnsRecord').filter((r) => idx.outgoing(r.id).length === 0).map((r) => r.id);
  const lonely = idx.ofKind('vpcPeering').filter((p) => idx.outgoing(p.id).length + idx.incoming(p.id).length < 2).map((p) => p.id);
  out = applyDesignChanges(out, removalChanges(idx, [...orphans, ...lonely]));
  return out;
}
