/** Kinds that are planned but not provisioned, each with the message the plan shows. */
import type { UnsupportedSpec } from './spec';

/** DNS records need Route 53, which the provisioner does not reach yet. */
export const dnsRecordSpec: UnsupportedSpec<'dnsRecord'> = {
  kind: 'dnsRecord',
  unsupported: (n) => `not provisioned: DNS record ${n.domain} (Route 53 is not supported yet; create it by hand or with the exported IaC)`,
};

/** Generic resources have no mapping to an AWS API. */
export const genericSpec: UnsupportedSpec<'generic'> = {
  kind: 'generic',
  unsupported: (n) => `not provisioned: generic resource (${n.resourceType})`,
};
