/** Every kind's AWS handler, by kind. */
import type { NodeKind } from '../../model';
import type { Handler } from '../handler';
import { alarmHandler } from './alarm';
import { autoScalingGroupHandler } from './auto-scaling-group';
import { databaseHandler } from './database';
import { instanceHandler } from './instance';
import { internetGatewayHandler } from './internet-gateway';
import { loadBalancerHandler } from './load-balancer';
import { natGatewayHandler } from './nat-gateway';
import { routeTableHandler } from './route-table';
import { securityGroupHandler } from './security-group';
import { subnetHandler } from './subnet';
import { targetGroupHandler } from './target-group';
import { topicHandler } from './topic';
import { transitGatewayHandler } from './transit-gateway';
import { vpcHandler } from './vpc';
import { vpcPeeringHandler } from './vpc-peering';
import { vpnConnectionHandler } from './vpn-connection';

/** Handlers in a stable order (discovery runs them all; order does not matter for correctness). */
export const HANDLER_LIST: readonly Handler[] = [
  vpcHandler, subnetHandler, internetGatewayHandler, natGatewayHandler, routeTableHandler, securityGroupHandler, instanceHandler,
  targetGroupHandler, loadBalancerHandler, autoScalingGroupHandler, databaseHandler, topicHandler, alarmHandler,
  vpcPeeringHandler, transitGatewayHandler, vpnConnectionHandler,
];

/** Handlers by kind. */
export const HANDLERS: Partial<Record<NodeKind, Handler>> = Object.fromEntries(HANDLER_LIST.map((h) => [h.kind, h]));
