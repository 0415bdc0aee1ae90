/** Terraform for operations: CloudWatch metric alarms (dimensioned on the watched resource) and SNS topics with subscriptions. */
import type { NodeOf } from '../../../model';
import { alarmDimension } from '../../alarm-dimensions';
import type { TfContext } from './context';
import { attr, block, expr, type HclBlock } from './hcl';

/** aws_cloudwatch_metric_alarm. */
export function tfAlarm(c: TfContext, n: NodeOf<'alarm'>): HclBlock[] {
  const watched = n.resourceId ? c.index.byId.get(n.resourceId) : undefined;
  const dim = watched ? alarmDimension(watched, n.metric) : undefined;
  const topics = n.topicIds.filter((t) => c.index.byId.get(t)?.kind === 'topic').map((t) => c.ref(t, 'arn'));
  return [block('resource', ['aws_cloudwatch_metric_alarm', c.name(n.id)], [
    c.regionAttr(n.id),
    attr('alarm_name', c.prefixed(n.id)),
    attr('namespace', n.namespace ?? dim?.namespace ?? 'AWS/EC2'),
    attr('metric_name', n.metric),
    attr('statistic', n.statistic),
    attr('comparison_operator', n.comparison),
    attr('threshold', n.threshold),
    attr('period', n.periodSeconds),
    attr('evaluation_periods', n.evaluationPeriods),
    watched && dim ? attr('dimensions', { [dim.name]: c.ref(watched.id, dim.tfAttribute) }) : undefined,
    attr('alarm_actions', topics),
    attr('ok_actions', topics),
    attr('tags', c.tags(n)),
  ])];
}

/** aws_sns_topic + one aws_sns_topic_subscription per subscription. */
export function tfTopic(c: TfContext, n: NodeOf<'topic'>): HclBlock[] {
  const name = c.name(n.id);
  return [
    block('resource', ['aws_sns_topic', name], [c.regionAttr(n.id), attr('name', c.prefixed(n.id)), attr('tags', c.tags(n))]),
    ...n.subscriptions.map((s, i) => block('resource', ['aws_sns_topic_subscription', `${name}_${i}`], [
      c.regionAttr(n.id), attr('topic_arn', expr(`aws_sns_topic.${name}.arn`)), attr('protocol', s.protocol), attr('endpoint', s.endpoint),
    ])),
  ];
}
