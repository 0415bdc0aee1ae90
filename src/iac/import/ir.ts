/**
 * The importers' common intermediate form: every source (CloudFormation,
 * Terraform state or plan, live discovery) maps its resources to these records,
 * and one builder turns them into a design. References are strings: the key of
 * another record or one of its physical identifiers (id, ARN, name, DNS name).
 */

/** What a source resource is, as far as the design is concerned (`support`: a resource that only serves another, e.g. a peering accepter). */
export type IrKind =
  | 'vpc' | 'subnet' | 'igw' | 'attachment' | 'eip' | 'nat' | 'routeTable' | 'route' | 'rtAssoc' | 'sg' | 'sgRule'
  | 'lb' | 'listener' | 'tg' | 'tgTarget' | 'instance' | 'launchTemplate' | 'asg' | 'asgAttachment'
  | 'dbSubnetGroup' | 'db' | 'dnsRecord' | 'healthCheck' | 'peering' | 'tgw' | 'tgwAttachment' | 'cgw' | 'vgw' | 'vpn'
  | 'alarm' | 'topic' | 'subscription' | 'support' | 'generic';

/** One resource read from a source. */
export interface IrResource {
  /** Logical id, Terraform address or physical id: unique within one import. */
  readonly key: string;
  readonly kind: IrKind;
  /** The source's type name ("aws_vpc", "AWS::EC2::VPC"), for reports. */
  readonly type: string;
  /** Other identifiers other records may use to point at this one. */
  readonly ids: readonly string[];
  readonly region?: string;
  readonly tags: Readonly<Record<string, string>>;
  /** Normalised properties (see the mappers for the fields of each kind). */
  readonly p: Readonly<Record<string, unknown>>;
}

/** The import report: how many resources were understood, which became generic nodes, and what could not be resolved. */
export interface ImportReport {
  readonly imported: number;
  readonly generic: readonly { readonly logicalId: string; readonly type: string }[];
  readonly warnings: readonly string[];
}

/** Reads a string property (undefined for anything else). */
export const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);
/** Reads a number property, accepting numeric strings (CloudFormation writes many numbers as strings). */
export const num = (v: unknown): number | undefined => {
  const n = typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : NaN;
  return Number.isFinite(n) ? n : undefined;
};
/** Reads a boolean property, accepting "true"/"false". */
export const bool = (v: unknown): boolean | undefined => (typeof v === 'boolean' ? v : v === 'true' ? true : v === 'false' ? false : undefined);
/** Reads a list of strings (dropping anything else). */
export const strs = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string' && x !== '') : typeof v === 'string' && v ? [v] : []);
