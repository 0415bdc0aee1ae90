/** MaxResults/NextToken pagination with opaque tokens (base64url of the offset). */
import { AwsError } from './errors';

/** One page and the token for the next, if any. */
export interface Page<T> { items: T[]; nextToken?: string }

/** Slices `items` by an optional page size and token; a foreign token is an InvalidParameterValue. */
export function paginate<T>(items: readonly T[], maxResults: number | undefined, nextToken: string | undefined): Page<T> {
  let start = 0;
  if (nextToken) {
    const m = /^o(\d+)$/.exec(Buffer.from(nextToken, 'base64url').toString('utf8'));
    if (!m) throw new AwsError('InvalidParameterValue', `Invalid value '${nextToken}' for NextToken`, 400);
    start = Number(m[1]);
  }
  if (maxResults === undefined) return { items: items.slice(start) };
  const end = start + maxResults;
  const page = items.slice(start, end);
  return end < items.length ? { items: page, nextToken: Buffer.from(`o${end}`).toString('base64url') } : { items: page };
}
