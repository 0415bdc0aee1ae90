// Seeds a Sandbox with EC2 stacks through the SDK (as any AWS client would), for discovery tests and benchmarks.
import {
  AssociateRouteTableCommand, AttachInternetGatewayCommand, AuthorizeSecurityGroupIngressCommand, CreateInternetGatewayCommand, CreateRouteCommand,
  CreateRouteTableCommand, CreateSecurityGroupCommand, CreateSubnetCommand, CreateVpcCommand, RunInstancesCommand, type EC2Client, type Tag,
} from '@aws-sdk/client-ec2';

const tagSpec = (ResourceType: string, Tags: Tag[]) => [{ ResourceType: ResourceType as never, Tags }];

/**
 * One stack: VPC, `zones` × (public + private subnet), IGW, a public route table, a security group,
 * `instancesPerSubnet` instances in every private subnet. Returns the number of resources created.
 */
export async function seedStack(ec2: EC2Client, o: { name: string; k: number; region: string; zones: number; instancesPerSubnet: number; tags?: Tag[]; batch?: boolean }): Promise<number> {
  const tags = (name: string): Tag[] => [{ Key: 'Name', Value: name }, { Key: 'ha-architect:node', Value: name }, ...(o.tags ?? [])];
  const vpc = (await ec2.send(new CreateVpcCommand({ CidrBlock: `10.${o.k}.0.0/16`, TagSpecifications: tagSpec('vpc', tags(`${o.name}-vpc`)) }))).Vpc!.VpcId!;
  let count = 1;
  const igw = (await ec2.send(new CreateInternetGatewayCommand({ TagSpecifications: tagSpec('internet-gateway', tags(`${o.name}-igw`)) }))).InternetGateway!.InternetGatewayId!;
  await ec2.send(new AttachInternetGatewayCommand({ InternetGatewayId: igw, VpcId: vpc }));
  const rt = (await ec2.send(new CreateRouteTableCommand({ VpcId: vpc, TagSpecifications: tagSpec('route-table', tags(`${o.name}-rt`)) }))).RouteTable!.RouteTableId!;
  await ec2.send(new CreateRouteCommand({ RouteTableId: rt, DestinationCidrBlock: '0.0.0.0/0', GatewayId: igw }));
  const sg = (await ec2.send(new CreateSecurityGroupCommand({ GroupName: `${o.name}-sg`, Description: 'web', VpcId: vpc, TagSpecifications: tagSpec('security-group', tags(`${o.name}-sg`)) }))).GroupId!;
  await ec2.send(new AuthorizeSecurityGroupIngressCommand({ GroupId: sg, IpPermissions: [{ IpProtocol: 'tcp', FromPort: 80, ToPort: 80, IpRanges: [{ CidrIp: '0.0.0.0/0' }] }] }));
  count += 3;
  for (let z = 0; z < o.zones; z++) {
    const zone = `${o.region}${'abcdef'[z]}`;
    const pub = (await ec2.send(new CreateSubnetCommand({ VpcId: vpc, CidrBlock: `10.${o.k}.${z * 2}.0/24`, AvailabilityZone: zone, TagSpecifications: tagSpec('subnet', tags(`${o.name}-pub${z}`)) }))).Subnet!.SubnetId!;
    const app = (await ec2.send(new CreateSubnetCommand({ VpcId: vpc, CidrBlock: `10.${o.k}.${z * 2 + 1}.0/24`, AvailabilityZone: zone, TagSpecifications: tagSpec('subnet', tags(`${o.name}-app${z}`)) }))).Subnet!.SubnetId!;
    await ec2.send(new AssociateRouteTableCommand({ RouteTableId: rt, SubnetId: pub }));
    count += 2;
    if (o.batch) {
      // One RunInstances for the subnet's instances (benchmarks): same tags, so the importer names them apart.
      const n = o.instancesPerSubnet;
      await ec2.send(new RunInstancesCommand({ ImageId: 'ami-0123456789abcdef0', InstanceType: 't3.micro', SubnetId: app, MinCount: n, MaxCount: n, SecurityGroupIds: [sg], TagSpecifications: tagSpec('instance', [{ Key: 'Name', Value: `${o.name}-app${z}` }]) }));
      count += n;
      continue;
    }
    for (let i = 0; i < o.instancesPerSubnet; i++) {
      await ec2.send(new RunInstancesCommand({ ImageId: 'ami-0123456789abcdef0', InstanceType: 't3.micro', SubnetId: app, MinCount: 1, MaxCount: 1, SecurityGroupIds: [sg], TagSpecifications: tagSpec('instance', tags(`${o.name}-i${z}-${i}`)) }));
      count++;
    }
  }
  return count;
}
