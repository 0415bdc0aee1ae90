// Intrinsic functions are resolved far enough to rebuild the topology of a hand-written template.
import { describe, expect, it } from 'vitest';
import { importCloudFormation } from '.';
import { evaluate, type TemplateScope } from './intrinsics';

const scope: TemplateScope = { region: 'eu-central-1', resources: new Set(['Vpc']), parameters: { Env: 'prod', Zones: ['eu-central-1b', 'eu-central-1c'] }, mappings: { Size: { prod: { Type: 'm6i.large' } } }, conditions: { IsProd: { 'Fn::Equals': [{ Ref: 'Env' }, 'prod'] } } };

describe('evaluate', () => {
  it.each([
    [{ Ref: 'Vpc' }, 'Vpc'],
    [{ 'Fn::GetAtt': ['Vpc', 'CidrBlock'] }, 'Vpc'],
    [{ Ref: 'AWS::Region' }, 'eu-central-1'],
    [{ 'Fn::Sub': '${Env}-${AWS::Region}-${Vpc.Id}' }, 'prod-eu-central-1-Vpc'],
    [{ 'Fn::Sub': ['${A}/${Env}', { A: { Ref: 'Vpc' } }] }, 'Vpc/prod'],
    [{ 'Fn::Select': [1, { 'Fn::GetAZs': '' }] }, 'eu-central-1b'],
    [{ 'Fn::Select': [0, { Ref: 'Zones' }] }, 'eu-central-1b'],
    [{ 'Fn::Join': ['-', ['a', { Ref: 'Env' }]] }, 'a-prod'],
    [{ 'Fn::Select': [2, { 'Fn::Split': [',', 'x,y,z'] }] }, 'z'],
    [{ 'Fn::Select': [3, { 'Fn::Cidr': ['10.0.0.0/16', 6, 8] }] }, '10.0.3.0/24'],
    [{ 'Fn::If': ['IsProd', 'big', 'small'] }, 'big'],
    [{ 'Fn::FindInMap': ['Size', { Ref: 'Env' }, 'Type'] }, 'm6i.large'],
  ])('%j → %j', (input, expected) => {
    expect(evaluate(input, scope)).toEqual(expected);
  });

  it('drops AWS::NoValue and stops at self-referencing conditions', () => {
    expect(evaluate({ A: { Ref: 'AWS::NoValue' }, B: 1 }, scope)).toEqual({ B: 1 });
    const loop: TemplateScope = { ...scope, conditions: { C: { Condition: 'C' } } };
    expect(() => evaluate({ 'Fn::If': ['C', 1, 2] }, loop)).not.toThrow();
  });
});

const HAND_WRITTEN = `
AWSTemplateFormatVersion: "2010-09-09"
Parameters:
  VpcCidr: { Type: String, Default: 10.20.0.0/16 }
Conditions:
  HasStandby: !Equals [!Ref "AWS::Region", eu-central-1]
Resources:
  Vpc:
    Type: AWS::EC2::VPC
    Properties: { CidrBlock: !Ref VpcCidr, Tags: [{ Key: Name, Value: shop }] }
  SubnetA:
    Type: AWS::EC2::Subnet
    Properties:
      VpcId: !Ref Vpc
      AvailabilityZone: !Select [0, !GetAZs ""]
      CidrBlock: !Select [0, !Cidr [!GetAtt Vpc.CidrBlock, 4, 8]]
  SubnetB:
    Type: AWS::EC2::Subnet
    Properties:
      VpcId: !Ref Vpc
      AvailabilityZone: !Select [1, !GetAZs ""]
      CidrBlock: !Select [1, !Cidr [!Ref VpcCidr, 4, 8]]
  Alb:
    Type: AWS::ElasticLoadBalancingV2::LoadBalancer
    Properties: { Subnets: [!Ref SubnetA, !Ref SubnetB] }
  Tg:
    Type: AWS::ElasticLoadBalancingV2::TargetGroup
    Properties: { VpcId: !Ref Vpc, Port: 80, Protocol: HTTP, Targets: [{ Id: !Ref Web }] }
  Listener:
    Type: AWS::ElasticLoadBalancingV2::Listener
    Properties: { LoadBalancerArn: !Ref Alb, Port: 443, Protocol: HTTPS, DefaultActions: [{ Type: forward, TargetGroupArn: !Ref Tg }] }
  Web:
    Type: AWS::EC2::Instance
    Properties: { SubnetId: !Ref SubnetA, InstanceType: !Join [".", [t3, small]] }
  Standby:
    Type: AWS::EC2::Instance
    Condition: HasStandby
    Properties: { SubnetId: !Ref SubnetB }
  Bucket:
    Type: AWS::S3::Bucket
    Properties: { BucketName: !Sub "\${AWS::StackName}-assets" }
`;

describe('a hand-written template', () => {
  it('rebuilds the topology and reports the unsupported bucket as generic', async () => {
    const { design, report } = await importCloudFormation(HAND_WRITTEN, { file: 'shop.yaml', region: 'eu-central-1', layout: 'grid' });
    const byId = new Map(design.nodes.map((n) => [n.id, n]));
    expect(byId.get('Vpc')).toMatchObject({ kind: 'vpc', cidr: '10.20.0.0/16', name: 'shop', parent: 'region-eu-central-1' });
    expect(byId.get('SubnetA')).toMatchObject({ kind: 'subnet', cidr: '10.20.0.0/24' });
    expect(byId.get(byId.get('SubnetB')!.parent!)).toMatchObject({ kind: 'az', zone: 'eu-central-1b' });
    expect(byId.get('Standby')).toMatchObject({ kind: 'instance', parent: 'SubnetB' });
    expect(byId.get('Web')).toMatchObject({ kind: 'instance', instanceType: 't3.small' });
    expect(design.edges.map((e) => `${e.kind} ${e.source} ${e.target}`).sort()).toEqual(['traffic Alb Tg', 'traffic Tg Web']);
    expect(design.edges.find((e) => e.source === 'Alb')).toMatchObject({ listener: { protocol: 'HTTPS', port: 443 } });
    expect(report.generic).toEqual([{ logicalId: 'Bucket', type: 'AWS::S3::Bucket' }]);
    expect(byId.get('Bucket')).toMatchObject({ kind: 'generic', resourceType: 'AWS::S3::Bucket', properties: { BucketName: 'stack-assets' } });
    expect(report.imported).toBe(8);
  });

  it('reads the same template written as JSON', async () => {
    const json = JSON.stringify({ Resources: { Vpc: { Type: 'AWS::EC2::VPC', Properties: { CidrBlock: '10.1.0.0/16' } }, S: { Type: 'AWS::EC2::Subnet', Properties: { VpcId: { Ref: 'Vpc' }, CidrBlock: '10.1.0.0/24', AvailabilityZone: { 'Fn::Select': [0, { 'Fn::GetAZs': { Ref: 'AWS::Region' } }] } } } } });
    const { design } = await importCloudFormation(json, { file: 'x.json', layout: 'grid' });
    expect(design.nodes.map((n) => n.kind).sort()).toEqual(['az', 'region', 'subnet', 'vpc']);
    expect(design.nodes.find((n) => n.kind === 'az')).toMatchObject({ zone: 'us-east-1a' });
  });
});
