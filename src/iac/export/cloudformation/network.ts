/** CloudFormation for the network kinds: VPC, subnet, gateways, route tables, security groups. */
import type { NodeOf } from '../../../model';
import type { CfnContext, CfnValue } from './context';

/** AWS::EC2::VPC. */
export function cfnVpc(c: CfnContext, n: NodeOf<'vpc'>): void {
  c.add(c.id(n.id), { Type: 'AWS::EC2::VPC', Properties: { CidrBlock: n.cidr, EnableDnsSupport: true, EnableDnsHostnames: n.enableDnsHostnames ?? true, Tags: c.tags(n) } });
}

/** AWS::EC2::Subnet, its AZ selected from the AvailabilityZones parameter. */
export function cfnSubnet(c: CfnContext, n: NodeOf<'subnet'>): void {
  const vpc = c.index.ancestor(n.id, 'vpc');
  c.add(c.id(n.id), { Type: 'AWS::EC2::Subnet', Properties: { VpcId: vpc ? c.ref(vpc.id) : undefined, CidrBlock: n.cidr, AvailabilityZone: c.az(n.id), MapPublicIpOnLaunch: n.public, Tags: c.tags(n) } });
}

/** AWS::EC2::InternetGateway + AWS::EC2::VPCGatewayAttachment. */
export function cfnInternetGateway(c: CfnContext, n: NodeOf<'internetGateway'>): void {
  const vpc = c.index.ancestor(n.id, 'vpc');
  c.add(c.id(n.id), { Type: 'AWS::EC2::InternetGateway', Properties: { Tags: c.tags(n) } });
  if (vpc) c.add(attachmentId(c, n.id), { Type: 'AWS::EC2::VPCGatewayAttachment', Properties: { VpcId: c.ref(vpc.id), InternetGatewayId: c.ref(n.id) } });
}

/** The logical id of a gateway's VPC attachment (routes through the gateway must wait for it). */
export const attachmentId = (c: CfnContext, nodeId: string): string => c.fixed(nodeId, 'Attachment');

/** AWS::EC2::NatGateway (+ AWS::EC2::EIP for public connectivity). */
export function cfnNatGateway(c: CfnContext, n: NodeOf<'natGateway'>): void {
  const subnet = c.index.ancestor(n.id, 'subnet');
  let allocation: CfnValue | undefined;
  if (n.connectivity === 'public') {
    const eip = c.sub(n.id, 'Eip');
    c.add(eip, { Type: 'AWS::EC2::EIP', Properties: { Domain: 'vpc', Tags: c.tags(n) } });
    allocation = { 'Fn::GetAtt': [eip, 'AllocationId'] };
  }
  c.add(c.id(n.id), { Type: 'AWS::EC2::NatGateway', Properties: { ConnectivityType: n.connectivity, AllocationId: allocation, SubnetId: subnet ? c.ref(subnet.id) : undefined, Tags: c.tags(n) } });
}

const TARGET_PROP = { internetGateway: 'GatewayId', natGateway: 'NatGatewayId', vpcPeering: 'VpcPeeringConnectionId', transitGateway: 'TransitGatewayId', vpnConnection: 'GatewayId' } as const;

/** AWS::EC2::RouteTable, an AWS::EC2::Route per non-local route, an association per subnet. */
export function cfnRouteTable(c: CfnContext, n: NodeOf<'routeTable'>): void {
  const vpc = c.index.ancestor(n.id, 'vpc');
  const table = c.id(n.id);
  c.add(table, { Type: 'AWS::EC2::RouteTable', Properties: { VpcId: vpc ? c.ref(vpc.id) : undefined, Tags: c.tags(n) } });
  n.routes.forEach((r) => {
    if (r.targetKind === 'local' || !r.target || !c.index.byId.has(r.target)) return;
    const vpnGateway = r.targetKind === 'vpnConnection';
    const target: CfnValue = vpnGateway ? { Ref: c.fixed(r.target, 'Gateway') } : c.ref(r.target);
    const dependsOn = r.targetKind === 'internetGateway' || vpnGateway ? [attachmentId(c, r.target)] : undefined;
    c.add(c.sub(n.id, 'Route'), { Type: 'AWS::EC2::Route', DependsOn: dependsOn, Properties: { RouteTableId: { Ref: table }, DestinationCidrBlock: r.destination, [TARGET_PROP[r.targetKind]]: target } });
  });
  for (const s of n.subnetIds) {
    if (!c.index.byId.has(s)) continue;
    c.add(c.sub(n.id, `${c.id(s)}Association`), { Type: 'AWS::EC2::SubnetRouteTableAssociation', Properties: { RouteTableId: { Ref: table }, SubnetId: c.ref(s) } });
  }
}

/** AWS::EC2::SecurityGroup + one AWS::EC2::SecurityGroupIngress/Egress per rule (separate, so groups may reference each other without a cycle). */
export function cfnSecurityGroup(c: CfnContext, n: NodeOf<'securityGroup'>): void {
  const vpc = c.index.ancestor(n.id, 'vpc');
  c.add(c.id(n.id), { Type: 'AWS::EC2::SecurityGroup', Properties: { GroupDescription: n.description || `${n.name} (HA Architect)`, VpcId: vpc ? c.ref(vpc.id) : undefined, Tags: c.tags(n) } });
  n.rules.forEach((r) => {
    const all = r.protocol === 'all';
    const peer = r.sourceGroupId && c.index.byId.has(r.sourceGroupId) ? c.ref(r.sourceGroupId, 'GroupId') : undefined;
    const ingress = r.direction === 'ingress';
    c.add(c.sub(n.id, ingress ? 'Ingress' : 'Egress'), {
      Type: ingress ? 'AWS::EC2::SecurityGroupIngress' : 'AWS::EC2::SecurityGroupEgress',
      Properties: {
        GroupId: c.ref(n.id, 'GroupId'),
        IpProtocol: all ? '-1' : r.protocol,
        FromPort: all ? undefined : r.fromPort,
        ToPort: all ? undefined : r.toPort,
        CidrIp: r.cidr,
        [ingress ? 'SourceSecurityGroupId' : 'DestinationSecurityGroupId']: peer,
        Description: r.description,
      },
    });
  });
}
