/** Default figures behind the estimates: published availability commitments and recovery-time assumptions. */

/** Availability per component key (fractions), from the published SLAs in HA-RULES.md; overridable by `design.availabilityOverrides`. */
export const AVAILABILITY_DEFAULTS: Readonly<Record<string, number>> = {
  /** EC2 capacity spread over ≥ 2 AZs (Amazon Compute SLA, region level). */
  'ec2.multiAz': 0.9999,
  /** A single instance, or a tier confined to one AZ (Amazon Compute SLA, instance level). */
  'ec2.instance': 0.995,
  /** RDS Multi-AZ DB instance (Amazon RDS SLA). */
  'rds.multiAz': 0.9995,
  /** RDS single-AZ DB instance (Amazon RDS SLA). */
  'rds.singleAz': 0.995,
  /** Load balancer enabled in ≥ 2 AZs (ELB SLA). */
  'elb.multiAz': 0.9999,
  /** Load balancer in one AZ (ELB SLA). */
  'elb.singleAz': 0.999,
  /** Transit Gateway (Transit Gateway SLA). */
  'transitGateway': 0.9995,
  /** Site-to-Site VPN connection (VPN SLA, both tunnels). */
  'vpnConnection': 0.9995,
  /** VPC peering: no SLA of its own; counted as 1 unless overridden. */
  'vpcPeering': 1,
  /** Route 53 DNS queries (Route 53 SLA: 100%). */
  'route53': 1,
};

/** Keys whose components fail together with their AZ (grouped per AZ, not multiplied). */
export const SINGLE_AZ_KEYS: ReadonlySet<string> = new Set(['ec2.instance', 'rds.singleAz', 'elb.singleAz']);

/** Recovery-time and data-loss assumptions (seconds). */
export const RECOVERY = {
  launchSeconds: 60,
  bootSeconds: 90,
  ec2StatusCheckSeconds: 120,
  multiAzFailoverSeconds: 120,
  replicaPromotionSeconds: 600,
  readerRedirectSeconds: 30,
  restoreFromBackupSeconds: 3600,
  pointInTimeRpoSeconds: 300,
  replicaLagSeconds: 5,
  defaultDnsIntervalSeconds: 30,
  defaultDnsFailureThreshold: 3,
} as const;

/** The assumptions, as sentences for users (listed with every estimate). */
export const ASSUMPTIONS: readonly string[] = [
  'Availability defaults are the published monthly uptime commitments: EC2 over ≥ 2 AZs 99.99%, a single instance (or a tier in one AZ) 99.5%, RDS Multi-AZ 99.95%, RDS single-AZ 99.5%, ELB in ≥ 2 AZs 99.99%, ELB in one AZ 99.9%, Transit Gateway 99.95%, Site-to-Site VPN 99.95%, Route 53 100%; VPC peering and NAT gateways have no SLA of their own (NAT fails with its AZ).',
  'Components in the same AZ fail together: single-AZ parts of one AZ count once (the weakest), only independent parts are multiplied; alternatives (DNS targets with health checks, promotable replicas) combine in parallel after factoring out the parts they share.',
  'Downtime per month uses a 30-day month (43,200 minutes).',
  'A load balancer stops sending to a failed target after health-check interval × unhealthy threshold; without a health check it never does (unbounded).',
  `Auto scaling replacement = detection (ELB: interval × unhealthy threshold; EC2: ${RECOVERY.ec2StatusCheckSeconds} s of status checks) + grace period + launch (${RECOVERY.launchSeconds} s) + boot (${RECOVERY.bootSeconds} s); a lone instance outside an ASG is not replaced (unbounded).`,
  `RDS Multi-AZ failover takes up to ${RECOVERY.multiAzFailoverSeconds} s (AWS documents 60–120 s) with no data loss; clients on the writer endpoint follow it, clients pinned to an instance address do not.`,
  `Reads move to another copy behind the reader endpoint within ${RECOVERY.readerRedirectSeconds} s when a replica is lost.`,
  `Read replica promotion (scripted) takes ${RECOVERY.replicaPromotionSeconds} s; the data lost is the replica lag, assumed ${RECOVERY.replicaLagSeconds} s.`,
  `Restore from automated backups takes ${RECOVERY.restoreFromBackupSeconds} s and loses up to ${RECOVERY.pointInTimeRpoSeconds} s (point-in-time restore); with backups off, data loss is unbounded.`,
  `DNS failover = health-check interval × failure threshold + record TTL (defaults ${RECOVERY.defaultDnsIntervalSeconds} s × ${RECOVERY.defaultDnsFailureThreshold}).`,
  'RTO and RPO per disruption are the worst over every instance (resource), every AZ and every region the entry point depends on.',
];
