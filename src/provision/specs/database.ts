/** Database: an RDS DB instance (primary or read replica), its DB subnet group and security groups. */
import { regionOf, zoneOf } from '../../model';
import { ref } from '../props';
import { linked, type KindSpec } from './spec';

/** Database spec; a replica's source comes from the replication edge that enters it. */
export const databaseSpec: KindSpec<'database'> = {
  kind: 'database',
  desired: (n, index) => {
    const source = n.role === 'replica' ? linked(index, n.id, 'replication', 'in', ['database'])[0] : undefined;
    return {
      props: {
        engine: n.engine,
        instanceClass: n.instanceClass,
        multiAz: n.multiAz,
        allocatedStorageGb: n.allocatedStorageGb,
        // Replicas inherit the source's retention until they are promoted.
        ...(n.role === 'primary' ? { backupRetentionDays: n.backupRetentionDays } : {}),
        subnets: n.subnetIds.map(ref),
        ...(n.securityGroupIds.length ? { securityGroups: n.securityGroupIds.map(ref) } : {}),
        replicaOf: source ? ref(source) : null,
      },
      // A design's "8.0" is a family; AWS reports "8.0.35": the version is a create-time input, not compared.
      hints: { zone: zoneOf(index, n.id) ?? null, engineVersion: n.engineVersion ?? null, sourceRegion: source ? (regionOf(index, source) ?? null) : null },
    };
  },
  replaceOn: {
    engine: 'the engine of a DB instance cannot change',
    replicaOf: 'a DB instance cannot change its replication source',
    subnets: 'moving a DB instance to another subnet group needs a new instance',
  },
};
