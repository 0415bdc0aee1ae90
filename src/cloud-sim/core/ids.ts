/** AWS-format identifiers: resource ids, request ids, account id. */
import { randomBytes, randomUUID } from 'node:crypto';

/** The fixed account id of the Sandbox (12 digits). */
export const ACCOUNT_ID = '123456789012';

/** A new resource id `<prefix>-<17 hex>`, e.g. `vpc-0a1b2c3d4e5f60718`. */
export function newId(prefix: string): string {
  return `${prefix}-${randomBytes(9).toString('hex').slice(0, 17)}`;
}

/** A request id in the UUID form AWS uses. */
export function newRequestId(): string {
  return randomUUID();
}

/** A public-looking IPv4 for Elastic IPs and instance public addresses (never routed anywhere). */
export function newPublicIp(): string {
  const b = randomBytes(3);
  return `54.${b[0]! % 256}.${b[1]! % 256}.${(b[2]! % 254) + 1}`;
}
