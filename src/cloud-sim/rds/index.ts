/** The RDS service (MySQL/PostgreSQL instances, subnet groups, replicas, events): query protocol, signing name `rds`. */
import type { ActionContext, ServiceDefinition } from '../core/service';
import { eventActions } from './events';
import { instanceActions } from './instances';
import { advanceRegion } from './lifecycle';
import { modifyActions } from './modify';
import { replicaActions } from './replicas';
import { subnetGroupActions } from './subnet-groups';
import { tagActions } from './tags';

/** The RDS service module. */
const rds: ServiceDefinition = {
  name: 'rds',
  signingName: 'rds',
  protocol: 'query',
  version: '2014-10-31',
  xmlNamespace: 'http://rds.amazonaws.com/doc/2014-10-31/',
  actions: { ...subnetGroupActions, ...instanceActions, ...modifyActions, ...replicaActions, ...tagActions,
    DescribeEvents: (ctx: ActionContext) => {
      advanceRegion(ctx.core, ctx.region);
      return eventActions.DescribeEvents(ctx);
    },
  },
  attach(core) {
    // A crash or AZ failure starts the failover when it happens, so its events carry the fault's time.
    core.world.on('change', () => {
      for (const region of core.store.regions('rds').keys()) advanceRegion(core, region);
      core.store.dirty();
    });
  },
};

export default rds;
