/** The EC2 service: EC2 query protocol, signing name `ec2`, actions from one file per resource. */
import type { ServiceDefinition } from '../core/service';
import { routeTableActions } from './route-tables';
import { securityGroupActions } from './security-groups';
import { sgRuleActions } from './sg-rules';
import { createTags, deleteTags } from './tags';
import { vpcActions } from './vpcs';

/** The EC2 service module. */
const ec2: ServiceDefinition = {
  name: 'ec2',
  signingName: 'ec2',
  protocol: 'ec2',
  version: '2016-11-15',
  xmlNamespace: 'http://ec2.amazonaws.com/doc/2016-11-15/',
  actions: {
    ...vpcActions, ...routeTableActions, ...securityGroupActions, ...sgRuleActions,
    CreateTags: createTags, DeleteTags: deleteTags,
  },
};

export default ec2;
