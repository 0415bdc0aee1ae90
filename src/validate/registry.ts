/** The rule registry: every rule, in catalogue order, and their metadata. */
import type { Rule } from './rule';
import type { RuleMeta } from './types';
import tierSingleInstance from './rules/tier-single-instance';
import tierSingleAz from './rules/tier-single-az';
import tierAzImbalance from './rules/tier-az-imbalance';
import staticStability from './rules/static-stability';
import lbSingleAz from './rules/lb-single-az';
import lbAzWithoutTargets from './rules/lb-az-without-targets';
import lbNoHealthCheck from './rules/lb-no-health-check';
import asgNoElbHealthCheck from './rules/asg-no-elb-health-check';
import lbCrossZoneDisabled from './rules/lb-cross-zone-disabled';
import lbInternetFacingPrivateSubnet from './rules/lb-internet-facing-private-subnet';
import lbHttpsNoCertificate from './rules/lb-https-no-certificate';
import natCrossAz from './rules/nat-cross-az';
import natPrivateSubnet from './rules/nat-private-subnet';
import dbSingleAz from './rules/db-single-az';
import dbReplicasSameAz from './rules/db-replicas-same-az';
import dbClientPinnedInstance from './rules/db-client-pinned-instance';
import dbNoBackups from './rules/db-no-backups';
import vpnSingleTunnel from './rules/vpn-single-tunnel';
import linkUnencrypted from './rules/link-unencrypted';
import regionSingle from './rules/region-single';
import dnsFailoverNoHealthCheck from './rules/dns-failover-no-health-check';
import alarmMissing from './rules/alarm-missing';
import alarmNoNotification from './rules/alarm-no-notification';
import cidrInvalid from './rules/cidr-invalid';
import cidrOverlap from './rules/cidr-overlap';
import pathBroken from './rules/path-broken';
import spof from './rules/spof';
import objectiveAvailabilityUnmet from './rules/objective-availability-unmet';
import objectiveRtoUnmet from './rules/objective-rto-unmet';
import objectiveRpoUnmet from './rules/objective-rpo-unmet';

/** Every rule the validator runs. */
export const ALL_RULES: readonly Rule[] = [
  tierSingleInstance, tierSingleAz, tierAzImbalance, staticStability,
  lbSingleAz, lbAzWithoutTargets, lbNoHealthCheck, asgNoElbHealthCheck, lbCrossZoneDisabled, lbInternetFacingPrivateSubnet, lbHttpsNoCertificate,
  natCrossAz, natPrivateSubnet, dbSingleAz, dbReplicasSameAz, dbClientPinnedInstance, dbNoBackups,
  vpnSingleTunnel, linkUnencrypted, regionSingle, dnsFailoverNoHealthCheck,
  alarmMissing, alarmNoNotification, cidrInvalid, cidrOverlap, pathBroken,
  spof, objectiveAvailabilityUnmet, objectiveRtoUnmet, objectiveRpoUnmet,
];

/** Metadata of every rule (id, title, severity, description, references, help), for docs, SARIF and the UI. */
export const RULES: readonly RuleMeta[] = ALL_RULES.map((r) => r.meta);
