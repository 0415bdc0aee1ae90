/** Re-tagging a resource after an update (new Name, user tags, hash), through its own service. */
import { CreateOrUpdateTagsCommand } from '@aws-sdk/client-auto-scaling';
import { TagResourceCommand as CwTag } from '@aws-sdk/client-cloudwatch';
import { CreateTagsCommand } from '@aws-sdk/client-ec2';
import { AddTagsCommand } from '@aws-sdk/client-elastic-load-balancing-v2';
import { AddTagsToResourceCommand } from '@aws-sdk/client-rds';
import { TagResourceCommand as SnsTag } from '@aws-sdk/client-sns';
import { awsError } from './errors';
import type { OpContext, ServiceName } from './handler';
import { toTagList } from './tags';
import type { ActualResource } from './types';

/** Writes `tags` onto the resource (adds or overwrites; HA Architect never removes user tags it did not set). */
export async function retag(ctx: OpContext, service: ServiceName, have: ActualResource, tags: Record<string, string>): Promise<void> {
  const list = toTagList(tags);
  const c = ctx.clients;
  switch (service) {
    case 'ec2': await c.ec2.send(new CreateTagsCommand({ Resources: [have.id], Tags: list })); return;
    case 'elbv2': await c.elbv2.send(new AddTagsCommand({ ResourceArns: [have.arn ?? have.id], Tags: list })); return;
    case 'autoscaling':
      await c.autoscaling.send(new CreateOrUpdateTagsCommand({
        Tags: list.map((t) => ({ ...t, ResourceId: have.id, ResourceType: 'auto-scaling-group', PropagateAtLaunch: true })),
      }));
      return;
    case 'rds': await c.rds.send(new AddTagsToResourceCommand({ ResourceName: have.arn ?? have.id, Tags: list })); return;
    case 'sns': await c.sns.send(new SnsTag({ ResourceArn: have.arn ?? have.id, Tags: list })); return;
    case 'cloudwatch':
      try {
        await c.cloudwatch.send(new CwTag({ ResourceARN: have.arn ?? have.id, Tags: list }));
      } catch (err) {
        // The alarm's description already carries the ownership and hash (see handlers/alarm.ts).
        if (!/UnknownOperation|NotImplemented|InvalidAction/.test(awsError(err).code)) throw err;
      }
      return;
  }
}
