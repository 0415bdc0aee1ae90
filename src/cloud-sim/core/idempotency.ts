/**
 * ClientToken idempotency: the first call with a token stores a fingerprint of
 * its parameters and its result; a repeat with the same parameters gets the
 * same result, with different parameters an IdempotentParameterMismatch.
 */
import { createHash } from 'node:crypto';
import { AwsError } from './errors';
import type { Params } from './params';

/** Stored token records (lives inside a service's regional state slice). */
export type TokenTable = Record<string, { fingerprint: string; result: unknown }>;

function fingerprint(action: string, params: Params, tokenKey: string): string {
  const { [tokenKey]: _omit, ...rest } = params.tree;
  return createHash('sha256').update(action).update(JSON.stringify(rest)).digest('hex');
}

/** How a result is kept: `save` shrinks it for storage, `load` rebuilds the response from what was saved. */
export interface Keep<T> { save: (result: T) => unknown; load: (saved: unknown) => T }

/** Runs `create` once per client token; without a token it always runs. */
export async function idempotent<T>(table: TokenTable, action: string, params: Params, create: () => T | Promise<T>, tokenKey = 'ClientToken', keep?: Keep<T>): Promise<T> {
  const token = params.str(tokenKey);
  if (!token) return create();
  const key = `${action}:${token}`;
  const fp = fingerprint(action, params, tokenKey);
  const prior = table[key];
  if (prior) {
    if (prior.fingerprint !== fp) {
      throw new AwsError('IdempotentParameterMismatch', `Client token '${token}' was already used with different parameters`, 400);
    }
    return keep ? keep.load(prior.result) : (prior.result as T);
  }
  const result = await create();
  table[key] = { fingerprint: fp, result: keep ? keep.save(result) : (JSON.parse(JSON.stringify(result)) as unknown) };
  return result;
}
