/** The EC2 service: EC2 query protocol, signing name `ec2`, actions from one file per resource. */
import type { ServiceDefinition } from '../core/service';
import { addressActions } from './addresses';
import { attachEc2 } from './world-effects';
import { imageActions } from './images';
import { instanceActions } from './instance-actions';
import { instanceAttributeActions } from './instance-attributes';
import { internetGatewayActions } from './internet-gateways';
import { launchTemplateActions } from './launch-templates';
import { natGatewayActions } from './nat-gateways';
import { peeringActions } from './peering';
import { placementGroupActions } from './placement-groups';
import { routeTableActions } from './route-tables';
import { runInstances } from './run-instances';
import { securityGroupActions } from './security-groups';
import { sgRuleActions } from './sg-rules';
import { subnetActions } from './subnets';
import { createTags, deleteTags, describeTags } from './tags';
import { transitGatewayActions } from './transit-gateways';
import { vpcActions } from './vpcs';
import { vpnConnectionActions } from './vpn-connections';
import { vpnGatewayActions } from './vpn-gateways';
import { zoneActions } from './zones';

/** The EC2 service module. */
const ec2: ServiceDefinition = {
  name: 'ec2',
  signingName: 'ec2',
  protocol: 'ec2',
  version: '2016-11-15',
  xmlNamespace: 'http://ec2.amazonaws.com/doc/2016-11-15/',
  actions: {
    ...vpcActions, ...subnetActions, ...internetGatewayActions, ...addressActions, ...natGatewayActions,
    ...routeTableActions, ...securityGroupActions, ...sgRuleActions, ...launchTemplateActions,
    RunInstances: runInstances, ...instanceActions, ...instanceAttributeActions, ...imageActions, ...placementGroupActions, ...zoneActions, ...peeringActions, ...transitGatewayActions,
    ...vpnGatewayActions, ...vpnConnectionActions,
    CreateTags: createTags, DeleteTags: deleteTags, DescribeTags: describeTags,
  },
  attach: attachEc2,
};

export default ec2;
