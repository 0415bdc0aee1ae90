/** CloudFormation for compute and traffic: load balancers + listeners, target groups + targets, instances, launch templates + auto scaling groups. */
import type { NodeOf } from '../../../model';
import { AMI_PARAMETER } from '../terraform/files';
import type { CfnContext, CfnValue } from './context';

/** AWS::ElasticLoadBalancingV2::LoadBalancer + one Listener per traffic edge to a target group. */
export function cfnLoadBalancer(c: CfnContext, n: NodeOf<'loadBalancer'>): void {
  c.add(c.id(n.id), {
    Type: 'AWS::ElasticLoadBalancingV2::LoadBalancer',
    Properties: {
      Type: n.type,
      Scheme: n.scheme,
      Subnets: c.refs(n.subnetIds),
      SecurityGroups: n.type === 'application' || n.securityGroupIds.length ? c.refs(n.securityGroupIds, 'GroupId') : undefined,
      LoadBalancerAttributes: n.type === 'network' ? [{ Key: 'load_balancing.cross_zone.enabled', Value: String(n.crossZone) }] : undefined,
      Tags: c.tags(n),
    },
  });
  for (const e of c.index.outgoing(n.id)) {
    const tg = c.index.byId.get(e.target);
    if (e.kind !== 'traffic' || tg?.kind !== 'targetGroup') continue;
    const port = e.listener?.port ?? 80;
    c.add(c.sub(n.id, `Listener${port}`), {
      Type: 'AWS::ElasticLoadBalancingV2::Listener',
      Properties: {
        LoadBalancerArn: c.ref(n.id),
        Port: port,
        Protocol: e.listener?.protocol ?? (n.type === 'application' ? 'HTTP' : 'TCP'),
        Certificates: e.listener?.certificateArn ? [{ CertificateArn: e.listener.certificateArn }] : undefined,
        DefaultActions: [{ Type: 'forward', TargetGroupArn: c.ref(tg.id) }],
      },
    });
  }
}

/** AWS::ElasticLoadBalancingV2::TargetGroup with its instance targets inline. */
export function cfnTargetGroup(c: CfnContext, n: NodeOf<'targetGroup'>): void {
  const vpc = c.index.ancestor(n.id, 'vpc');
  const hc = n.healthCheck;
  const lbs = c.index.incoming(n.id).map((e) => c.index.byId.get(e.source)).filter((s): s is NodeOf<'loadBalancer'> => s?.kind === 'loadBalancer');
  const attributes: CfnValue[] = [{ Key: 'stickiness.enabled', Value: String(n.stickiness) }];
  if (n.stickiness) attributes.push({ Key: 'stickiness.type', Value: n.protocol === 'HTTP' || n.protocol === 'HTTPS' ? 'lb_cookie' : 'source_ip' });
  if (lbs.some((lb) => lb.type === 'network')) attributes.push({ Key: 'preserve_client_ip.enabled', Value: String(lbs.every((lb) => lb.preserveClientIp)) });
  const targets = c.index.outgoing(n.id).filter((e) => e.kind === 'traffic' && c.index.byId.get(e.target)?.kind === 'instance');
  c.add(c.id(n.id), {
    Type: 'AWS::ElasticLoadBalancingV2::TargetGroup',
    Properties: {
      Port: n.port,
      Protocol: n.protocol,
      TargetType: 'instance',
      VpcId: vpc ? c.ref(vpc.id) : undefined,
      HealthCheckEnabled: hc !== null,
      HealthCheckProtocol: hc?.protocol,
      HealthCheckPath: hc && hc.protocol !== 'TCP' ? hc.path ?? '/' : undefined,
      HealthCheckPort: hc ? String(hc.port) : undefined,
      HealthCheckIntervalSeconds: hc?.intervalSeconds,
      HealthCheckTimeoutSeconds: hc?.timeoutSeconds,
      HealthyThresholdCount: hc?.healthyThreshold,
      UnhealthyThresholdCount: hc?.unhealthyThreshold,
      TargetGroupAttributes: attributes,
      Targets: targets.length ? targets.map((e) => ({ Id: c.ref(e.target), Port: n.port })) : undefined,
      Tags: c.tags(n),
    },
  });
}

function imageId(c: CfnContext, own: string | undefined): CfnValue {
  return own ?? c.param('ImageId', { Type: 'AWS::SSM::Parameter::Value<AWS::EC2::Image::Id>', Description: 'AMI of instances that name none (latest Amazon Linux 2023).', Default: AMI_PARAMETER });
}

/** AWS::EC2::Instance. */
export function cfnInstance(c: CfnContext, n: NodeOf<'instance'>): void {
  const subnet = c.index.ancestor(n.id, 'subnet');
  c.add(c.id(n.id), {
    Type: 'AWS::EC2::Instance',
    Properties: { ImageId: imageId(c, n.imageId), InstanceType: n.instanceType, SubnetId: subnet ? c.ref(subnet.id) : undefined, SecurityGroupIds: c.refs(n.securityGroupIds, 'GroupId'), Tags: c.tags(n) },
  });
}

/** AWS::EC2::LaunchTemplate + AWS::AutoScaling::AutoScalingGroup (attached to the target groups that send it traffic). */
export function cfnAutoScalingGroup(c: CfnContext, n: NodeOf<'autoScalingGroup'>): void {
  const lt = c.sub(n.id, 'LaunchTemplate');
  const tags = c.tags(n);
  c.add(lt, {
    Type: 'AWS::EC2::LaunchTemplate',
    Properties: {
      LaunchTemplateData: {
        ImageId: imageId(c, n.launch.imageId),
        InstanceType: n.launch.instanceType,
        SecurityGroupIds: c.refs(n.launch.securityGroupIds, 'GroupId'),
        TagSpecifications: [{ ResourceType: 'instance', Tags: tags }],
      },
    },
  });
  const tgs = c.index.incoming(n.id).filter((e) => e.kind === 'traffic' && c.index.byId.get(e.source)?.kind === 'targetGroup').map((e) => c.ref(e.source));
  c.add(c.id(n.id), {
    Type: 'AWS::AutoScaling::AutoScalingGroup',
    Properties: {
      MinSize: String(n.minSize),
      MaxSize: String(n.maxSize),
      DesiredCapacity: String(n.desiredCapacity),
      VPCZoneIdentifier: c.refs(n.subnetIds),
      HealthCheckType: n.healthCheckType,
      HealthCheckGracePeriod: n.healthCheckGracePeriod,
      LaunchTemplate: { LaunchTemplateId: { Ref: lt }, Version: { 'Fn::GetAtt': [lt, 'LatestVersionNumber'] } },
      TargetGroupARNs: tgs.length ? tgs : undefined,
      Tags: tags.map((t) => ({ ...(t as Record<string, CfnValue>), PropagateAtLaunch: true })),
    },
  });
}
