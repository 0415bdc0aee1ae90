/**
 * Puts a small two-AZ web design into a running Sandbox with the real SDK
 * clients, tagged exactly like the provisioner tags (design id, node id,
 * Name), so the monitor's tests do not wait for the provisioner.
 */
import { CreateSubnetCommand, CreateVpcCommand, EC2Client, RunInstancesCommand } from '@aws-sdk/client-ec2';
import {
  CreateListenerCommand, CreateLoadBalancerCommand, CreateTargetGroupCommand, ElasticLoadBalancingV2Client, RegisterTargetsCommand,
} from '@aws-sdk/client-elastic-load-balancing-v2';
import { applyDesignChanges, createNode, emptyDesign, indexDesign, type Design, type DesignEdge, type NodeKind } from '../model';

/** A running Sandbox as the tests see it. */
export interface SandboxLike { endpoint: string; credentials: { accessKeyId: string; secretAccessKey: string } }

/** SDK config for the Sandbox (no retries). */
export const cfg = (sb: SandboxLike, region = 'us-east-1') => ({ endpoint: sb.endpoint, region, credentials: { ...sb.credentials }, maxAttempts: 1 });

function add(d: Design, kind: NodeKind, id: string, parent?: string, extra: Record<string, unknown> = {}): Design {
  const node = { ...createNode(indexDesign(d), kind, { id, parent, name: id }), ...extra };
  return applyDesignChanges(d, [{ type: 'addNode', node: node as never }]);
}
const edge = (d: Design, e: DesignEdge): Design => applyDesignChanges(d, [{ type: 'addEdge', edge: e }]);

/** A VPC across us-east-1a and us-east-1b, `perAz` web instances in each behind an ALB target group. */
export function sandboxWebDesign(id: string, perAz = 1): Design {
  let d = emptyDesign(id, `Web ${id}`);
  d = add(d, 'region', 'r1', undefined, { region: 'us-east-1' });
  d = add(d, 'vpc', 'v1', 'r1', { cidr: '10.0.0.0/16' });
  d = add(d, 'loadBalancer', 'lb', 'v1', { subnetIds: ['s1', 's2'] });
  d = add(d, 'targetGroup', 'tg', 'v1');
  d = add(d, 'az', 'a1', 'v1', { zone: 'us-east-1a' });
  d = add(d, 'az', 'a2', 'v1', { zone: 'us-east-1b' });
  d = add(d, 'subnet', 's1', 'a1', { cidr: '10.0.1.0/24' });
  d = add(d, 'subnet', 's2', 'a2', { cidr: '10.0.2.0/24' });
  d = applyDesignChanges(d, [{ type: 'updateNode', id: 'lb', patch: { subnetIds: ['s1', 's2'] } as never }]);
  d = edge(d, { id: 'e-lb-tg', kind: 'traffic', source: 'lb', target: 'tg', listener: { protocol: 'HTTP', port: 80 } });
  for (const [s, az] of [['s1', 'a'], ['s2', 'b']] as const) {
    for (let k = 1; k <= perAz; k++) {
      const nid = `web-${az}${k}`;
      d = add(d, 'instance', nid, s);
      d = edge(d, { id: `e-tg-${nid}`, kind: 'traffic', source: 'tg', target: nid });
    }
  }
  return d;
}

const tags = (designId: string, nodeId: string) => [{ Key: 'ha-architect:design', Value: designId }, { Key: 'ha-architect:node', Value: nodeId }, { Key: 'Name', Value: nodeId }];

/** AWS ids of what `provisionWeb` created, by node id. */
export type Provisioned = Record<string, string>;

/** Creates the design's VPC, subnets, instances, target group (fast health checks), ALB and listener in the Sandbox. */
export async function provisionWeb(sb: SandboxLike, design: Design): Promise<Provisioned> {
  const ec2 = new EC2Client(cfg(sb));
  const elb = new ElasticLoadBalancingV2Client(cfg(sb));
  const ids: Provisioned = {};
  const index = indexDesign(design);
  try {
    ids.v1 = (await ec2.send(new CreateVpcCommand({ CidrBlock: '10.0.0.0/16', TagSpecifications: [{ ResourceType: 'vpc', Tags: tags(design.id, 'v1') }] }))).Vpc!.VpcId!;
    for (const [s, az, cidr] of [['s1', 'us-east-1a', '10.0.1.0/24'], ['s2', 'us-east-1b', '10.0.2.0/24']] as const) {
      ids[s] = (await ec2.send(new CreateSubnetCommand({ VpcId: ids.v1, CidrBlock: cidr, AvailabilityZone: az, TagSpecifications: [{ ResourceType: 'subnet', Tags: tags(design.id, s) }] }))).Subnet!.SubnetId!;
    }
    for (const n of index.ofKind('instance')) {
      const r = await ec2.send(new RunInstancesCommand({
        ImageId: 'ami-0123456789abcdef0', InstanceType: 't3.micro', MinCount: 1, MaxCount: 1, SubnetId: ids[n.parent!],
        TagSpecifications: [{ ResourceType: 'instance', Tags: tags(design.id, n.id) }],
      }));
      ids[n.id] = r.Instances![0]!.InstanceId!;
    }
    const tg = await elb.send(new CreateTargetGroupCommand({
      Name: `${design.id}-tg`.slice(0, 32), Protocol: 'HTTP', Port: 80, VpcId: ids.v1,
      HealthCheckIntervalSeconds: 5, HealthCheckTimeoutSeconds: 2, HealthyThresholdCount: 2, UnhealthyThresholdCount: 2, Tags: tags(design.id, 'tg'),
    }));
    ids.tg = tg.TargetGroups![0]!.TargetGroupArn!;
    const lb = await elb.send(new CreateLoadBalancerCommand({ Name: `${design.id}-lb`.slice(0, 32), Subnets: [ids.s1!, ids.s2!], Tags: tags(design.id, 'lb') }));
    ids.lb = lb.LoadBalancers![0]!.LoadBalancerArn!;
    await elb.send(new CreateListenerCommand({ LoadBalancerArn: ids.lb, Port: 80, Protocol: 'HTTP', DefaultActions: [{ Type: 'forward', TargetGroupArn: ids.tg }] }));
    await elb.send(new RegisterTargetsCommand({ TargetGroupArn: ids.tg, Targets: index.ofKind('instance').map((n) => ({ Id: ids[n.id]! })) }));
    return ids;
  } finally {
    ec2.destroy();
    elb.destroy();
  }
}

/** Calls the Sandbox fault API (JSON, loopback only). */
export async function fault(sb: SandboxLike, method: 'POST' | 'DELETE', path: string, body?: unknown): Promise<{ id?: string }> {
  const res = await fetch(`${sb.endpoint}${path}`, { method, headers: { 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });
  if (!res.ok) throw new Error(`fault API ${method} ${path}: HTTP ${res.status} ${await res.text()}`);
  return (await res.json()) as { id?: string };
}

/** A VPC across us-east-1a and us-east-1b with an auto scaling group (2 instances) and a Multi-AZ database. */
export function sandboxAppDesign(id: string): Design {
  let d = emptyDesign(id, `App ${id}`);
  d = add(d, 'region', 'r1', undefined, { region: 'us-east-1' });
  d = add(d, 'vpc', 'v1', 'r1', { cidr: '10.1.0.0/16' });
  d = add(d, 'az', 'a1', 'v1', { zone: 'us-east-1a' });
  d = add(d, 'az', 'a2', 'v1', { zone: 'us-east-1b' });
  d = add(d, 'subnet', 's1', 'a1', { cidr: '10.1.1.0/24' });
  d = add(d, 'subnet', 's2', 'a2', { cidr: '10.1.2.0/24' });
  d = add(d, 'autoScalingGroup', 'app', 'v1', { subnetIds: ['s1', 's2'], minSize: 2, desiredCapacity: 2, maxSize: 4, healthCheckType: 'EC2' });
  d = add(d, 'database', 'db', 's1', { multiAz: true, subnetIds: ['s1', 's2'] });
  return applyDesignChanges(d, [{ type: 'addEdge', edge: { id: 'e-app-db', kind: 'dependency', source: 'app', target: 'db', endpoint: 'writer' } }]);
}

/** Creates the app design's network, launch template, auto scaling group and Multi-AZ database in the Sandbox, tagged. */
export async function provisionApp(sb: SandboxLike, design: Design): Promise<void> {
  const { CreateLaunchTemplateCommand } = await import('@aws-sdk/client-ec2');
  const { AutoScalingClient, CreateAutoScalingGroupCommand } = await import('@aws-sdk/client-auto-scaling');
  const { RDSClient, CreateDBSubnetGroupCommand, CreateDBInstanceCommand } = await import('@aws-sdk/client-rds');
  const ec2 = new EC2Client(cfg(sb));
  const asg = new AutoScalingClient(cfg(sb));
  const rds = new RDSClient(cfg(sb));
  try {
    const vpc = (await ec2.send(new CreateVpcCommand({ CidrBlock: '10.1.0.0/16', TagSpecifications: [{ ResourceType: 'vpc', Tags: tags(design.id, 'v1') }] }))).Vpc!.VpcId!;
    const subnets: string[] = [];
    for (const [s, az, cidr] of [['s1', 'us-east-1a', '10.1.1.0/24'], ['s2', 'us-east-1b', '10.1.2.0/24']] as const) {
      subnets.push((await ec2.send(new CreateSubnetCommand({ VpcId: vpc, CidrBlock: cidr, AvailabilityZone: az, TagSpecifications: [{ ResourceType: 'subnet', Tags: tags(design.id, s) }] }))).Subnet!.SubnetId!);
    }
    const lt = (await ec2.send(new CreateLaunchTemplateCommand({ LaunchTemplateName: `${design.id}-lt`, LaunchTemplateData: { ImageId: 'ami-0123456789abcdef0', InstanceType: 't3.micro' } }))).LaunchTemplate!.LaunchTemplateId!;
    await asg.send(new CreateAutoScalingGroupCommand({
      AutoScalingGroupName: `${design.id}-app`, MinSize: 2, MaxSize: 4, DesiredCapacity: 2, VPCZoneIdentifier: subnets.join(','),
      LaunchTemplate: { LaunchTemplateId: lt }, HealthCheckType: 'EC2', HealthCheckGracePeriod: 0,
      Tags: tags(design.id, 'app').map((t) => ({ ...t, PropagateAtLaunch: true })),
    }));
    await rds.send(new CreateDBSubnetGroupCommand({ DBSubnetGroupName: `${design.id}-db`, DBSubnetGroupDescription: 'db', SubnetIds: subnets }));
    await rds.send(new CreateDBInstanceCommand({
      DBInstanceIdentifier: `${design.id}-db`, Engine: 'mysql', DBInstanceClass: 'db.t3.micro', MultiAZ: true,
      MasterUsername: 'admin', MasterUserPassword: 'password123', DBSubnetGroupName: `${design.id}-db`, Tags: tags(design.id, 'db'),
    }));
  } finally {
    ec2.destroy();
    asg.destroy();
    rds.destroy();
  }
}
