/** Every kind's AWS handler, by kind. */
import type { NodeKind } from '../../model';
import type { Handler } from '../handler';
import { instanceHandler } from './instance';
import { internetGatewayHandler } from './internet-gateway';
import { natGatewayHandler } from './nat-gateway';
import { routeTableHandler } from './route-table';
import { securityGroupHandler } from './security-group';
import { subnetHandler } from './subnet';
import { vpcHandler } from './vpc';

/** Handlers in a stable order (discovery runs them all; order does not matter for correctness). */
export const HANDLER_LIST: readonly Handler[] = [
  vpcHandler, subnetHandler, internetGatewayHandler, natGatewayHandler, routeTableHandler, securityGroupHandler, instanceHandler,
];

/** Handlers by kind. */
export const HANDLERS: Partial<Record<NodeKind, Handler>> = Object.fromEntries(HANDLER_LIST.map((h) => [h.kind, h]));
