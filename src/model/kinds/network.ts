/** Network kinds: region, availability zone, VPC, subnet, gateways, route tables, security groups. */
import { z } from 'zod';
import { idSchema, nodeBase } from '../common';

/** An AWS region container, e.g. us-east-1. */
export const regionSchema = z.object({ ...nodeBase, kind: z.literal('region'), region: z.string().regex(/^[a-z]{2}(-[a-z]+)+-\d$/, 'a region code such as us-east-1') });

/** An availability zone container inside a VPC, e.g. us-east-1a. */
export const azSchema = z.object({ ...nodeBase, kind: z.literal('az'), zone: z.string().regex(/^[a-z]{2}(-[a-z]+)+-\d[a-z]$/, 'a zone name such as us-east-1a') });

/** A VPC with its primary IPv4 CIDR. */
export const vpcSchema = z.object({ ...nodeBase, kind: z.literal('vpc'), cidr: z.string(), enableDnsHostnames: z.boolean().optional() });

/** A subnet: lives in one AZ (its parent), public or private by intent. */
export const subnetSchema = z.object({ ...nodeBase, kind: z.literal('subnet'), cidr: z.string(), public: z.boolean() });

/** An internet gateway attached to its parent VPC. */
export const internetGatewaySchema = z.object({ ...nodeBase, kind: z.literal('internetGateway') });

/** A NAT gateway in its parent subnet (public connectivity uses an Elastic IP). */
export const natGatewaySchema = z.object({ ...nodeBase, kind: z.literal('natGateway'), connectivity: z.enum(['public', 'private']).default('public') });

/** The kinds of route targets a route table can name. */
export const routeTargetKinds = ['local', 'internetGateway', 'natGateway', 'vpcPeering', 'transitGateway', 'vpnConnection'] as const;

/** One route: a destination CIDR to a target node. */
export const routeSchema = z.object({
  destination: z.string(),
  targetKind: z.enum(routeTargetKinds),
  target: idSchema.optional(),
});

/** A route table in its parent VPC, with routes and the subnets associated with it. */
export const routeTableSchema = z.object({ ...nodeBase, kind: z.literal('routeTable'), routes: z.array(routeSchema), subnetIds: z.array(idSchema) });

/** One security group rule; a source/destination is a CIDR or another group. */
export const securityRuleSchema = z.object({
  direction: z.enum(['ingress', 'egress']),
  protocol: z.enum(['tcp', 'udp', 'icmp', 'all']),
  fromPort: z.number().int().min(-1).max(65535),
  toPort: z.number().int().min(-1).max(65535),
  cidr: z.string().optional(),
  sourceGroupId: idSchema.optional(),
  description: z.string().max(255).optional(),
});

/** A security group in its parent VPC. */
export const securityGroupSchema = z.object({ ...nodeBase, kind: z.literal('securityGroup'), description: z.string().max(255).default(''), rules: z.array(securityRuleSchema) });
