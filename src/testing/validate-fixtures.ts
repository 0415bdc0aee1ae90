/** Designs and edit helpers for validator tests: the templates, edits by id, and a small cross-VPC design. */
import { applyDesignChanges, type Design, type DesignChange, type DesignEdge } from '../model';
import { design } from './builders';
import { ecommerceHa } from './templates/ecommerce';
import { fragileStarter } from './templates/fragile';
import { multiRegionActiveActive } from './templates/multi-region';

/** The three templates under short names: the reference, the fragile starter, the multi-region variant. */
export { ecommerceHa as reference, fragileStarter as fragile, multiRegionActiveActive as multiRegion };

/** Applies node patches by id. */
export function patch(d: Design, patches: Readonly<Record<string, Readonly<Record<string, unknown>>>>): Design {
  return applyDesignChanges(d, Object.entries(patches).map(([id, p]): DesignChange => ({ type: 'updateNode', id, patch: p })));
}

/** The first edge matching a predicate (builders generate edge ids). */
export function edgeWhere(d: Design, pred: (e: DesignEdge) => boolean): DesignEdge {
  const e = d.edges.find(pred);
  if (!e) throw new Error('no such edge');
  return e;
}

/** Patches the first edge from `source` to `target`. */
export function patchEdge(d: Design, source: string, target: string, p: Readonly<Record<string, unknown>>): Design {
  const e = edgeWhere(d, (x) => x.source === source && x.target === target);
  return applyDesignChanges(d, [{ type: 'updateEdge', id: e.id, patch: p }]);
}

/** Removes nodes or edges by id. */
export function remove(d: Design, ids: readonly string[]): Design {
  return applyDesignChanges(d, ids.map((id): DesignChange => (d.edges.some((e) => e.id === id) ? { type: 'removeEdge', id } : { type: 'removeNode', id })));
}

/**
 * App VPC (ALB → ASG over two AZs, NAT per AZ) and a data VPC (Multi-AZ DB) in one region, joined by
 * `links` transit gateways: with one, the gateway is a single point of failure no attribute rule names.
 */
export function crossVpc(links = 1): Design {
  const b = design('cross-vpc', 'Cross-VPC')
    .region('r', 'us-east-1', (r) => {
      r.vpc('app', '10.0.0.0/16', (v) => v
        .az('app-a', 'us-east-1a', (a) => a.subnet('pub-a', '10.0.0.0/24', { public: true }, (s) => s.nat('nat-a')).subnet('priv-a', '10.0.10.0/24'))
        .az('app-b', 'us-east-1b', (a) => a.subnet('pub-b', '10.0.1.0/24', { public: true }, (s) => s.nat('nat-b')).subnet('priv-b', '10.0.11.0/24'))
        .igw('igw')
        .routeTable('rt-pub', { routes: [{ destination: '0.0.0.0/0', targetKind: 'internetGateway', target: 'igw' }], subnetIds: ['pub-a', 'pub-b'] })
        .routeTable('rt-a', { routes: [{ destination: '0.0.0.0/0', targetKind: 'natGateway', target: 'nat-a' }], subnetIds: ['priv-a'] })
        .routeTable('rt-b', { routes: [{ destination: '0.0.0.0/0', targetKind: 'natGateway', target: 'nat-b' }], subnetIds: ['priv-b'] })
        .lb('lb', { subnetIds: ['pub-a', 'pub-b'] }).tg('tg', { requiredCapacity: 2 })
        .asg('asg', { minSize: 4, desiredCapacity: 4, maxSize: 8, subnetIds: ['priv-a', 'priv-b'], requiredCapacity: 2 }))
        .vpc('data', '10.1.0.0/16', (v) => v
          .az('data-a', 'us-east-1a', (a) => a.subnet('db-a', '10.1.0.0/24', {}, (s) => s.database('db', { multiAz: true, standbySubnetId: 'db-b', subnetIds: ['db-a', 'db-b'] })))
          .az('data-b', 'us-east-1b', (a) => a.subnet('db-b', '10.1.1.0/24')));
      for (let i = 0; i < links; i++) r.transitGateway(`tgw${i}`);
      r.topic('ops', { subscriptions: [{ protocol: 'email', endpoint: 'ops@example.com' }] })
        .alarm('al-lb', { resourceId: 'lb', metric: 'HTTPCode_ELB_5XX_Count', threshold: 1, topicIds: ['ops'] })
        .alarm('al-asg', { resourceId: 'asg', metric: 'GroupInServiceInstances', comparison: 'LessThanThreshold', threshold: 2, topicIds: ['ops'] })
        .alarm('al-db', { resourceId: 'db', metric: 'CPUUtilization', threshold: 80, topicIds: ['ops'] });
    })
    .traffic('lb', 'tg', { listener: { protocol: 'HTTP', port: 80 } }).traffic('tg', 'asg').dependency('asg', 'db', 'writer');
  for (let i = 0; i < links; i++) b.link('app', `tgw${i}`).link(`tgw${i}`, 'data');
  return b.build();
}
