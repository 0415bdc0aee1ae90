// Shared set-up for the Sandbox service tests and benches (ELBv2, Auto Scaling, RDS,
// CloudWatch): a VPC with one subnet per AZ, a launch template, and instances,
// created through the real pinned EC2 client like any Sandbox user would.
import {
  CreateLaunchTemplateCommand, CreateSubnetCommand, CreateVpcCommand, RunInstancesCommand, type EC2Client,
} from '@aws-sdk/client-ec2';

/** A VPC, one subnet per AZ (a, b, c) and a launch template. */
export interface Network { vpcId: string; subnets: { id: string; az: string }[]; launchTemplateId: string; launchTemplateName: string }

let seq = 0;

/** Creates the network in the client's region. */
export async function createNetwork(ec2: EC2Client, region = 'us-east-1', octet = 10 + (seq++ % 200)): Promise<Network> {
  const { Vpc } = await ec2.send(new CreateVpcCommand({ CidrBlock: `10.${octet}.0.0/16` }));
  const subnets: Network['subnets'] = [];
  for (const [i, s] of ['a', 'b', 'c'].entries()) {
    const { Subnet } = await ec2.send(new CreateSubnetCommand({ VpcId: Vpc!.VpcId!, CidrBlock: `10.${octet}.${i}.0/24`, AvailabilityZone: `${region}${s}` }));
    subnets.push({ id: Subnet!.SubnetId!, az: Subnet!.AvailabilityZone! });
  }
  const name = `web-${octet}-${Date.now().toString(36)}`;
  const { LaunchTemplate } = await ec2.send(new CreateLaunchTemplateCommand({
    LaunchTemplateName: name, LaunchTemplateData: { ImageId: 'ami-0123456789abcdef0', InstanceType: 't3.micro' },
  }));
  return { vpcId: Vpc!.VpcId!, subnets, launchTemplateId: LaunchTemplate!.LaunchTemplateId!, launchTemplateName: name };
}

/** Runs one instance in a subnet and returns its id. */
export async function runInstance(ec2: EC2Client, subnetId: string): Promise<string> {
  const r = await ec2.send(new RunInstancesCommand({ ImageId: 'ami-0123456789abcdef0', InstanceType: 't3.micro', MinCount: 1, MaxCount: 1, SubnetId: subnetId }));
  return r.Instances![0]!.InstanceId!;
}

/** Resolves after `ms` (tests wait for scaled lifecycle delays). */
export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** Rejects-to-value: the AWS error a call fails with (or throws when it succeeds). */
export function fail(p: Promise<unknown>): Promise<{ name: string; message: string; $metadata: { httpStatusCode?: number } }> {
  return p.then(() => { throw new Error('expected an AWS error'); }, (e: { name: string; message: string; $metadata: { httpStatusCode?: number } }) => e);
}

/** Polls `probe` every 25 ms until it returns a truthy value (or fails after `ms`). */
export async function until<T>(probe: () => Promise<T | undefined | false>, ms = 5000, what = 'condition'): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await probe();
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out after ${ms} ms waiting for ${what}`);
    await sleep(25);
  }
}
