/** CloudFormation for connectivity and operations: peering, transit gateway, VPN, alarms, topics. */
import type { NodeOf } from '../../../model';
import { alarmDimension } from '../../alarm-dimensions';
import { attachmentSubnets, linked } from '../terraform/connectivity';
import type { CfnContext, CfnValue } from './context';

/** AWS::EC2::VPCPeeringConnection from the first linked VPC to the second (peer region when they differ). */
export function cfnVpcPeering(c: CfnContext, n: NodeOf<'vpcPeering'>, skipped: string[]): void {
  const [a, b] = linked(c, n.id, ['vpc']);
  if (!a || !b) {
    skipped.push(`VPC peering "${n.name}" links fewer than two VPCs: nothing to export.`);
    return;
  }
  const peerRegion = c.regionOf(b);
  c.add(c.id(n.id), {
    Type: 'AWS::EC2::VPCPeeringConnection',
    Properties: { VpcId: c.ref(a), PeerVpcId: c.ref(b), PeerRegion: peerRegion && peerRegion !== c.regionOf(a) ? peerRegion : undefined, Tags: c.tags(n) },
  });
}

/** AWS::EC2::TransitGateway + an AWS::EC2::TransitGatewayAttachment per linked VPC (one subnet per AZ). */
export function cfnTransitGateway(c: CfnContext, n: NodeOf<'transitGateway'>): void {
  c.add(c.id(n.id), { Type: 'AWS::EC2::TransitGateway', Properties: { AmazonSideAsn: n.amazonSideAsn, Description: n.name, Tags: c.tags(n) } });
  for (const vpc of linked(c, n.id, ['vpc'])) {
    const subnets = attachmentSubnets(c, vpc);
    c.add(c.sub(n.id, `${c.id(vpc)}Attachment`), { Type: 'AWS::EC2::TransitGatewayAttachment', Properties: { TransitGatewayId: c.ref(n.id), VpcId: c.ref(vpc), SubnetIds: c.refs(subnets), Tags: c.tags(n) } });
  }
}

/** AWS::EC2::CustomerGateway + AWS::EC2::VPNConnection (+ AWS::EC2::VPNGateway and its attachment when it terminates on a VPC). */
export function cfnVpnConnection(c: CfnContext, n: NodeOf<'vpnConnection'>): void {
  const tgw = linked(c, n.id, ['transitGateway'])[0];
  const vpc = tgw ? undefined : linked(c, n.id, ['vpc'])[0];
  const cgw = c.sub(n.id, 'CustomerGateway');
  c.add(cgw, { Type: 'AWS::EC2::CustomerGateway', Properties: { BgpAsn: n.customerGatewayAsn, IpAddress: n.customerGatewayIp, Type: 'ipsec.1', Tags: c.tags(n) } });
  let vgw: string | undefined;
  if (vpc) {
    vgw = c.fixed(n.id, 'Gateway');
    c.add(vgw, { Type: 'AWS::EC2::VPNGateway', Properties: { Type: 'ipsec.1', Tags: c.tags(n) } });
    c.add(c.fixed(n.id, 'Attachment'), { Type: 'AWS::EC2::VPCGatewayAttachment', Properties: { VpcId: c.ref(vpc), VpnGatewayId: { Ref: vgw } } });
  }
  const tunnels = n.tunnels.filter((t) => t.insideCidr).map((t) => ({ TunnelInsideCidr: t.insideCidr! }));
  c.add(c.id(n.id), {
    Type: 'AWS::EC2::VPNConnection',
    Properties: {
      CustomerGatewayId: { Ref: cgw },
      Type: 'ipsec.1',
      StaticRoutesOnly: n.staticRoutesOnly,
      TransitGatewayId: tgw ? c.ref(tgw) : undefined,
      VpnGatewayId: vgw ? { Ref: vgw } : undefined,
      VpnTunnelOptionsSpecifications: tunnels.length ? tunnels : undefined,
      Tags: c.tags(n),
    },
  });
}

/** AWS::CloudWatch::Alarm dimensioned on the watched resource, notifying its topics. */
export function cfnAlarm(c: CfnContext, n: NodeOf<'alarm'>): void {
  const watched = n.resourceId ? c.index.byId.get(n.resourceId) : undefined;
  const dim = watched ? alarmDimension(watched, n.metric) : undefined;
  const topics = c.refs(n.topicIds.filter((t) => c.index.byId.get(t)?.kind === 'topic'));
  const value: CfnValue | undefined = watched && dim ? (dim.cfn === 'Ref' ? c.ref(watched.id) : c.ref(watched.id, dim.cfn.slice(7))) : undefined;
  c.add(c.id(n.id), {
    Type: 'AWS::CloudWatch::Alarm',
    Properties: {
      AlarmName: c.named(n.id),
      Namespace: n.namespace ?? dim?.namespace ?? 'AWS/EC2',
      MetricName: n.metric,
      Statistic: n.statistic,
      ComparisonOperator: n.comparison,
      Threshold: n.threshold,
      Period: n.periodSeconds,
      EvaluationPeriods: n.evaluationPeriods,
      Dimensions: value && dim ? [{ Name: dim.name, Value: value }] : undefined,
      AlarmActions: topics,
      OKActions: topics,
      Tags: c.tags(n),
    },
  });
}

/** AWS::SNS::Topic with its subscriptions inline. */
export function cfnTopic(c: CfnContext, n: NodeOf<'topic'>): void {
  c.add(c.id(n.id), {
    Type: 'AWS::SNS::Topic',
    Properties: { TopicName: c.named(n.id), Subscription: n.subscriptions.length ? n.subscriptions.map((s) => ({ Protocol: s.protocol, Endpoint: s.endpoint })) : undefined, Tags: c.tags(n) },
  });
}
