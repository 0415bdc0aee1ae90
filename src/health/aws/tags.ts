/** Reading the provisioner's ownership tags (`ha-architect:design`, `ha-architect:node`) off any tag list shape. */

/** Tag carrying the design id on every provisioned resource. */
export const DESIGN_TAG = 'ha-architect:design';
/** Tag carrying the node id. */
export const NODE_TAG = 'ha-architect:node';

type TagList = readonly { Key?: string; Value?: string }[] | undefined;

/** The node id a tag list belongs to, when it belongs to this design. */
export function nodeIdOf(tags: TagList, designId: string): string | undefined {
  let design: string | undefined;
  let node: string | undefined;
  for (const t of tags ?? []) {
    if (t.Key === DESIGN_TAG) design = t.Value;
    else if (t.Key === NODE_TAG) node = t.Value;
  }
  return design === designId ? node : undefined;
}

/** The EC2 / Auto Scaling filter that selects this design's resources server-side. */
export const designFilter = (designId: string) => [{ Name: `tag:${DESIGN_TAG}`, Values: [designId] }];

/** Runs `fn` over items with at most `limit` in flight (keeps per-resource tag reads polite). */
export async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (t: T) => Promise<R>): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}

/** Splits a list into chunks of at most `n`. */
export function chunks<T>(items: readonly T[], n: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += n) out.push(items.slice(i, i + n));
  return out;
}
