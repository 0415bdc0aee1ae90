/** Terraform for compute and traffic: load balancers with their listeners, target groups with their targets, instances, auto scaling groups. */
import type { NodeOf } from '../../../model';
import type { TfContext } from './context';
import { attr, block, expr, type HclBlock } from './hcl';

const ids = (c: TfContext, list: readonly string[]) => list.filter((id) => c.index.byId.has(id)).map((id) => c.ref(id));

/** aws_lb and one aws_lb_listener per traffic edge to a target group. */
export function tfLoadBalancer(c: TfContext, n: NodeOf<'loadBalancer'>): HclBlock[] {
  const name = c.name(n.id);
  const out: HclBlock[] = [block('resource', ['aws_lb', name], [
    c.regionAttr(n.id),
    attr('name', c.prefixed(n.id, 32)),
    attr('load_balancer_type', n.type),
    attr('internal', n.scheme === 'internal'),
    attr('subnets', ids(c, n.subnetIds)),
    n.type === 'application' || n.securityGroupIds.length ? attr('security_groups', ids(c, n.securityGroupIds)) : undefined,
    // Cross-zone is always on for ALBs; the attribute only matters (and is only accepted as false) for NLBs.
    n.type === 'network' ? attr('enable_cross_zone_load_balancing', n.crossZone) : undefined,
    attr('tags', c.tags(n)),
  ])];
  for (const e of c.index.outgoing(n.id)) {
    const tg = c.index.byId.get(e.target);
    if (e.kind !== 'traffic' || tg?.kind !== 'targetGroup') continue;
    const protocol = e.listener?.protocol ?? (n.type === 'application' ? 'HTTP' : 'TCP');
    const port = e.listener?.port ?? 80;
    out.push(block('resource', ['aws_lb_listener', `${name}_${port}_${c.name(tg.id)}`], [
      c.regionAttr(n.id),
      attr('load_balancer_arn', expr(`aws_lb.${name}.arn`)),
      attr('port', port),
      attr('protocol', protocol),
      attr('certificate_arn', e.listener?.certificateArn),
      block('default_action', [], [attr('type', 'forward'), attr('target_group_arn', c.ref(tg.id, 'arn'))]),
    ]));
  }
  return out;
}

/** aws_lb_target_group and its registered targets (instances) or attached auto scaling groups. */
export function tfTargetGroup(c: TfContext, n: NodeOf<'targetGroup'>): HclBlock[] {
  const name = c.name(n.id);
  const vpc = c.index.ancestor(n.id, 'vpc');
  const nlb = c.index.incoming(n.id).some((e) => c.index.byId.get(e.source)?.kind === 'loadBalancer' && (c.index.byId.get(e.source) as NodeOf<'loadBalancer'>).type === 'network');
  const hc = n.healthCheck;
  const out: HclBlock[] = [block('resource', ['aws_lb_target_group', name], [
    c.regionAttr(n.id),
    attr('name', c.prefixed(n.id, 32)),
    attr('port', n.port),
    attr('protocol', n.protocol),
    attr('target_type', 'instance'),
    attr('vpc_id', vpc ? c.ref(vpc.id) : undefined),
    nlb ? attr('preserve_client_ip', String(c.index.incoming(n.id).every((e) => (c.index.byId.get(e.source) as NodeOf<'loadBalancer'> | undefined)?.preserveClientIp !== false))) : undefined,
    hc
      ? block('health_check', [], [
          attr('enabled', true),
          attr('protocol', hc.protocol),
          attr('path', hc.protocol === 'TCP' ? undefined : hc.path ?? '/'),
          attr('port', String(hc.port)),
          attr('interval', hc.intervalSeconds),
          attr('timeout', hc.timeoutSeconds),
          attr('healthy_threshold', hc.healthyThreshold),
          attr('unhealthy_threshold', hc.unhealthyThreshold),
        ])
      : block('health_check', [], [attr('enabled', false)]),
    block('stickiness', [], [attr('enabled', n.stickiness), attr('type', n.protocol === 'HTTP' || n.protocol === 'HTTPS' ? 'lb_cookie' : 'source_ip')]),
    attr('tags', c.tags(n)),
  ])];
  for (const e of c.index.outgoing(n.id)) {
    const t = c.index.byId.get(e.target);
    if (e.kind !== 'traffic' || !t) continue;
    if (t.kind === 'instance') {
      out.push(block('resource', ['aws_lb_target_group_attachment', `${name}_${c.name(t.id)}`], [
        c.regionAttr(n.id), attr('target_group_arn', expr(`aws_lb_target_group.${name}.arn`)), attr('target_id', c.ref(t.id)), attr('port', n.port),
      ]));
    } else if (t.kind === 'autoScalingGroup') {
      out.push(block('resource', ['aws_autoscaling_attachment', `${name}_${c.name(t.id)}`], [
        c.regionAttr(n.id), attr('autoscaling_group_name', c.ref(t.id, 'name')), attr('lb_target_group_arn', expr(`aws_lb_target_group.${name}.arn`)),
      ]));
    }
  }
  return out;
}

function ami(c: TfContext, id: string, imageId: string | undefined) {
  return imageId ? imageId : expr(`data.aws_ssm_parameter.ami_${c.regionOf(id).regionVar}.value`);
}

/** aws_instance in its subnet (AMI from the latest Amazon Linux 2023 SSM parameter unless the node names one). */
export function tfInstance(c: TfContext, n: NodeOf<'instance'>): HclBlock[] {
  const subnet = c.index.ancestor(n.id, 'subnet');
  return [block('resource', ['aws_instance', c.name(n.id)], [
    c.regionAttr(n.id),
    attr('ami', ami(c, n.id, n.imageId)),
    attr('instance_type', n.instanceType),
    attr('subnet_id', subnet ? c.ref(subnet.id) : undefined),
    attr('vpc_security_group_ids', ids(c, n.securityGroupIds)),
    attr('tags', c.tags(n)),
  ])];
}

/** aws_launch_template + aws_autoscaling_group. */
export function tfAutoScalingGroup(c: TfContext, n: NodeOf<'autoScalingGroup'>): HclBlock[] {
  const name = c.name(n.id);
  const tags = c.tags(n);
  return [
    block('resource', ['aws_launch_template', name], [
      c.regionAttr(n.id),
      attr('name_prefix', expr(`"\${var.name_prefix}-${name.replace(/_/g, '-')}-"`)),
      attr('image_id', ami(c, n.id, n.launch.imageId)),
      attr('instance_type', n.launch.instanceType),
      attr('vpc_security_group_ids', ids(c, n.launch.securityGroupIds)),
      block('tag_specifications', [], [attr('resource_type', 'instance'), attr('tags', tags)]),
      attr('tags', tags),
    ]),
    block('resource', ['aws_autoscaling_group', name], [
      c.regionAttr(n.id),
      attr('name', c.prefixed(n.id)),
      attr('min_size', n.minSize),
      attr('desired_capacity', n.desiredCapacity),
      attr('max_size', n.maxSize),
      attr('vpc_zone_identifier', ids(c, n.subnetIds)),
      attr('health_check_type', n.healthCheckType),
      attr('health_check_grace_period', n.healthCheckGracePeriod),
      block('launch_template', [], [attr('id', expr(`aws_launch_template.${name}.id`)), attr('version', '$Latest')]),
      ...Object.entries(tags).map(([key, value]) => block('tag', [], [attr('key', key), attr('value', value), attr('propagate_at_launch', true)])),
    ]),
  ];
}
