/** Operations kinds: CloudWatch alarms and SNS notification topics. */
import { z } from 'zod';
import { idSchema, nodeBase } from '../common';

/** A CloudWatch metric alarm on one resource of the design, notifying topics. */
export const alarmSchema = z.object({
  ...nodeBase,
  kind: z.literal('alarm'),
  resourceId: idSchema.optional(),
  metric: z.string().min(1),
  namespace: z.string().min(1).optional(),
  statistic: z.enum(['Average', 'Sum', 'Minimum', 'Maximum', 'SampleCount']).default('Average'),
  comparison: z.enum(['GreaterThanThreshold', 'GreaterThanOrEqualToThreshold', 'LessThanThreshold', 'LessThanOrEqualToThreshold']),
  threshold: z.number(),
  periodSeconds: z.number().int().min(10).default(60),
  evaluationPeriods: z.number().int().min(1).default(1),
  topicIds: z.array(idSchema).default([]),
});

/** One subscription of a topic. */
export const subscriptionSchema = z.object({
  protocol: z.enum(['email', 'sms', 'https', 'http', 'sqs', 'lambda']),
  endpoint: z.string().min(1),
});

/** An SNS topic that alarms publish to. */
export const topicSchema = z.object({ ...nodeBase, kind: z.literal('topic'), subscriptions: z.array(subscriptionSchema) });
