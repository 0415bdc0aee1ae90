/** Stored shapes of EC2 resources (plain JSON; rendered to the wire by each resource file). */
import type { Tags } from '../core/filters';
import type { Lifecycled } from '../core/lifecycle';

/** A VPC. */
export interface Vpc extends Lifecycled {
  vpcId: string; cidrBlock: string; cidrAssociationId: string; dhcpOptionsId: string;
  enableDnsSupport: boolean; enableDnsHostnames: boolean; mainRouteTableId: string; defaultSecurityGroupId: string;
  tags?: Tags;
}
/** A subnet. */
export interface Subnet extends Lifecycled {
  subnetId: string; vpcId: string; cidrBlock: string; availabilityZone: string; mapPublicIpOnLaunch: boolean; tags?: Tags;
  /** Next host offset to hand out for private IPs. */
  nextIp: number;
}
/** An internet gateway. */
export interface InternetGateway { internetGatewayId: string; vpcId?: string; tags?: Tags }
/** An Elastic IP. */
export interface Address {
  allocationId: string; publicIp: string; associationId?: string; instanceId?: string; networkInterfaceId?: string;
  natGatewayId?: string; tags?: Tags;
}
/** A NAT gateway (state pending → available, deleting → deleted). */
export interface NatGateway extends Lifecycled {
  natGatewayId: string; subnetId: string; vpcId: string; allocationId?: string; publicIp?: string; privateIp: string;
  connectivityType: string; createTime: string; deleteTime?: string; tags?: Tags;
}
/** One route of a route table. */
export interface Route {
  destinationCidrBlock: string; gatewayId?: string; natGatewayId?: string; vpcPeeringConnectionId?: string;
  transitGatewayId?: string; instanceId?: string; origin: string;
}
/** A route table association. */
export interface RouteTableAssociation { associationId: string; subnetId?: string; gatewayId?: string; main: boolean }
/** A route table. */
export interface RouteTable { routeTableId: string; vpcId: string; routes: Route[]; associations: RouteTableAssociation[]; tags?: Tags }
/** A security group rule. */
export interface SgRule {
  ruleId: string; egress: boolean; ipProtocol: string; fromPort?: number; toPort?: number;
  cidrIpv4?: string; referencedGroupId?: string; description?: string;
}
/** A security group. */
export interface SecurityGroup { groupId: string; groupName: string; description: string; vpcId: string; rules: SgRule[]; tags?: Tags }
/** A launch template (versions kept minimal: data per version number). */
export interface LaunchTemplate {
  launchTemplateId: string; launchTemplateName: string; createTime: string; defaultVersion: number; latestVersion: number;
  versions: Record<string, LaunchTemplateData>; tags?: Tags;
}
/** The subset of launch template data the Sandbox honours. */
export interface LaunchTemplateData {
  imageId?: string; instanceType?: string; keyName?: string; securityGroupIds?: string[]; userData?: string;
}
/** An EC2 instance. */
export interface Instance extends Lifecycled {
  instanceId: string; reservationId: string; imageId: string; instanceType: string; subnetId: string; vpcId: string;
  availabilityZone: string; privateIpAddress: string; publicIpAddress?: string; securityGroupIds: string[];
  launchTime: string; amiLaunchIndex: number; keyName?: string; launchTemplate?: { id: string; name: string; version: string };
  placementGroup?: string;
  stateReason?: string; tags?: Tags;
}
/** A VPC peering connection. */
export interface Peering extends Lifecycled {
  vpcPeeringConnectionId: string; requesterVpcId: string; requesterRegion: string; requesterCidr: string;
  accepterVpcId: string; accepterRegion: string; accepterCidr?: string; tags?: Tags;
}
/** A transit gateway. */
export interface TransitGateway extends Lifecycled { transitGatewayId: string; description?: string; createTime: string; tags?: Tags }
/** A transit gateway VPC attachment. */
export interface TgwAttachment extends Lifecycled {
  transitGatewayAttachmentId: string; transitGatewayId: string; vpcId: string; subnetIds: string[]; createTime: string; tags?: Tags;
}
/** A customer gateway. */
export interface CustomerGateway extends Lifecycled { customerGatewayId: string; bgpAsn: string; ipAddress: string; type: string; tags?: Tags }
/** A virtual private gateway. */
export interface VpnGateway extends Lifecycled { vpnGatewayId: string; type: string; amazonSideAsn: number; vpcId?: string; attachedAt?: number; tags?: Tags }
/** A site-to-site VPN connection (two tunnels). */
export interface VpnConnection extends Lifecycled {
  vpnConnectionId: string; customerGatewayId: string; vpnGatewayId?: string; transitGatewayId?: string; type: string;
  staticRoutesOnly: boolean; tunnelIps: [string, string]; availableAt: number; tags?: Tags;
}
/** A placement group (cluster, spread: at most 7 running instances per AZ, partition). */
export interface PlacementGroup { groupId: string; groupName: string; strategy: string; partitionCount?: number; tags?: Tags }
