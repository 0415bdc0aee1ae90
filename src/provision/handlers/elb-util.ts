/** ELBv2 helpers: tags of many ARNs (20 per call), ownership, CloudWatch dimension aliases. */
import { DescribeTagsCommand, type Tag } from '@aws-sdk/client-elastic-load-balancing-v2';
import type { DiscoverContext } from '../handler';
import type { ActualResource } from '../types';
import { owned } from './ec2-util';

/** Tags of each ARN (DescribeTags takes at most 20 ARNs). */
export async function tagsOf(ctx: DiscoverContext, arns: readonly string[]): Promise<Map<string, Tag[]>> {
  const out = new Map<string, Tag[]>();
  for (let i = 0; i < arns.length; i += 20) {
    const page = await ctx.clients.elbv2.send(new DescribeTagsCommand({ ResourceArns: arns.slice(i, i + 20) }));
    for (const d of page.TagDescriptions ?? []) if (d.ResourceArn) out.set(d.ResourceArn, d.Tags ?? []);
  }
  return out;
}

/** True when the tags put the resource in scope of the discovery (the design's, or all). */
export function inScope(ctx: DiscoverContext, tags: readonly Tag[] | undefined): boolean {
  return ctx.designId === undefined || (tags ?? []).some((t) => t.Key === 'ha-architect:design' && t.Value === ctx.designId);
}

/** Ownership fields of an ELBv2 resource. */
export function ownedArn(ctx: DiscoverContext, arn: string, tags: readonly Tag[] | undefined): Pick<ActualResource, 'nodeId' | 'designId' | 'appliedHash' | 'name' | 'tags' | 'region'> {
  return owned(ctx, arn, tags);
}

/** The CloudWatch dimension value of a load balancer or target group ARN ("app/name/id", "targetgroup/name/id"). */
export function dimensionOf(arn: string): string {
  const lb = /:loadbalancer\/(.+)$/.exec(arn);
  if (lb) return lb[1]!;
  const tg = /:(targetgroup\/.+)$/.exec(arn);
  return tg ? tg[1]! : arn;
}
