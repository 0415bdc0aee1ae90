/** Every kind's pure spec, by kind; region and AZ are placement only and map to no resource. */
import type { NodeKind } from '../../model';
import { alarmSpec } from './alarm';
import { autoScalingGroupSpec } from './auto-scaling-group';
import { databaseSpec } from './database';
import { instanceSpec } from './instance';
import { internetGatewaySpec } from './internet-gateway';
import { loadBalancerSpec } from './load-balancer';
import { natGatewaySpec } from './nat-gateway';
import { routeTableSpec } from './route-table';
import { securityGroupSpec } from './security-group';
import type { KindSpec, UnsupportedSpec } from './spec';
import { subnetSpec } from './subnet';
import { targetGroupSpec } from './target-group';
import { topicSpec } from './topic';
import { transitGatewaySpec } from './transit-gateway';
import { dnsRecordSpec, genericSpec } from './unsupported';
import { vpcSpec } from './vpc';
import { vpcPeeringSpec } from './vpc-peering';
import { vpnConnectionSpec } from './vpn-connection';

/** Provisionable kinds. */
export const SPECS: Partial<Record<NodeKind, KindSpec>> = Object.fromEntries([
  vpcSpec, subnetSpec, internetGatewaySpec, natGatewaySpec, routeTableSpec, securityGroupSpec, instanceSpec,
  targetGroupSpec, loadBalancerSpec, autoScalingGroupSpec, databaseSpec, topicSpec, alarmSpec,
  vpcPeeringSpec, transitGatewaySpec, vpnConnectionSpec,
].map((s) => [s.kind, s as unknown as KindSpec]));

/** Kinds that show in a plan as not provisioned. */
export const UNSUPPORTED: Partial<Record<NodeKind, UnsupportedSpec>> = { dnsRecord: dnsRecordSpec as unknown as UnsupportedSpec, generic: genericSpec as unknown as UnsupportedSpec };

/** Kinds that are placement containers, not resources. */
export const PLACEMENT_KINDS: ReadonlySet<NodeKind> = new Set<NodeKind>(['region', 'az']);
