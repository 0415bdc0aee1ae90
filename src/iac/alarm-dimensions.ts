/** Which CloudWatch namespace and dimension an alarm on a node of each kind uses (shared by both exporters and the importers). */
import type { DesignNode, NodeKind } from '../model';

/** A dimension: its name and which attribute of the watched resource fills it (by exporter). */
export interface AlarmDimension {
  readonly namespace: string;
  readonly name: string;
  /** Terraform attribute of the primary resource. */
  readonly tfAttribute: string;
  /** CloudFormation: `Ref` or `GetAtt:<attr>` of the primary resource. */
  readonly cfn: string;
}

/** The default namespace and dimension for an alarm watching `node` with `metric`, or undefined when the kind has none. */
export function alarmDimension(node: DesignNode, metric: string): AlarmDimension | undefined {
  switch (node.kind) {
    case 'instance': return { namespace: 'AWS/EC2', name: 'InstanceId', tfAttribute: 'id', cfn: 'Ref' };
    case 'autoScalingGroup': return { namespace: metric.startsWith('Group') ? 'AWS/AutoScaling' : 'AWS/EC2', name: 'AutoScalingGroupName', tfAttribute: 'name', cfn: 'Ref' };
    case 'loadBalancer': return { namespace: node.type === 'network' ? 'AWS/NetworkELB' : 'AWS/ApplicationELB', name: 'LoadBalancer', tfAttribute: 'arn_suffix', cfn: 'GetAtt:LoadBalancerFullName' };
    case 'targetGroup': return { namespace: 'AWS/ApplicationELB', name: 'TargetGroup', tfAttribute: 'arn_suffix', cfn: 'GetAtt:TargetGroupFullName' };
    case 'database': return { namespace: 'AWS/RDS', name: 'DBInstanceIdentifier', tfAttribute: 'identifier', cfn: 'Ref' };
    case 'natGateway': return { namespace: 'AWS/NATGateway', name: 'NatGatewayId', tfAttribute: 'id', cfn: 'Ref' };
    case 'vpnConnection': return { namespace: 'AWS/VPN', name: 'VpnId', tfAttribute: 'id', cfn: 'Ref' };
    case 'transitGateway': return { namespace: 'AWS/TransitGateway', name: 'TransitGateway', tfAttribute: 'id', cfn: 'Ref' };
    default: return undefined;
  }
}

/** Dimension names an importer recognises, with the node kinds they point at. */
export const DIMENSION_KINDS: Readonly<Record<string, readonly NodeKind[]>> = {
  InstanceId: ['instance'], AutoScalingGroupName: ['autoScalingGroup'], LoadBalancer: ['loadBalancer'], TargetGroup: ['targetGroup'],
  DBInstanceIdentifier: ['database'], NatGatewayId: ['natGateway'], VpnId: ['vpnConnection'], TransitGateway: ['transitGateway'],
};
