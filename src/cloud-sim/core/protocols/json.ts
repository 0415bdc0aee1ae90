/**
 * awsJson1_0 with awsQueryCompatible (what the pinned CloudWatch client speaks):
 * JSON bodies; errors carry `__type` plus the `x-amzn-query-error: Code;Type`
 * header from which the SDK takes the query-style error code.
 */
import type { AwsError } from '../errors';
import type { WireResponse } from './wire';

const CT = 'application/x-amz-json-1.0';

/** A successful JSON response. */
export function jsonResult(requestId: string, body: unknown): WireResponse {
  return { status: 200, headers: { 'content-type': CT, 'x-amzn-requestid': requestId }, body: JSON.stringify(body ?? {}) };
}

/** A JSON error with the query-compatible code header. */
export function jsonError(err: AwsError, namespace: string, requestId: string): WireResponse {
  return {
    status: err.status,
    headers: { 'content-type': CT, 'x-amzn-requestid': requestId, 'x-amzn-query-error': `${err.code};${err.type}` },
    body: JSON.stringify({ __type: `${namespace}#${err.code}`, message: err.message }),
  };
}
