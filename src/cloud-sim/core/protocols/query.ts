/** AWS query protocol responses: `<XResponse><XResult>…</XResult><ResponseMetadata>` and `<ErrorResponse>`. */
import { content, escapeXml, xmlDocument } from '../xml';
import type { AwsError } from '../errors';
import type { WireResponse } from './wire';

/** A successful query response; lists inside the result use `<member>`. */
export function queryResult(action: string, xmlns: string, requestId: string, body: unknown): WireResponse {
  const result = body === undefined ? '' : `<${action}Result>${content(body, 'member')}</${action}Result>`;
  const inner = `${result}<ResponseMetadata><RequestId>${requestId}</RequestId></ResponseMetadata>`;
  return { status: 200, headers: { 'content-type': 'text/xml', 'x-amzn-requestid': requestId }, body: xmlDocument(`${action}Response`, xmlns, inner) };
}

/** A query error document. */
export function queryError(err: AwsError, xmlns: string | undefined, requestId: string): WireResponse {
  const inner = `<Error><Type>${err.type}</Type><Code>${escapeXml(err.code)}</Code><Message>${escapeXml(err.message)}</Message></Error><RequestId>${requestId}</RequestId>`;
  return { status: err.status, headers: { 'content-type': 'text/xml', 'x-amzn-requestid': requestId }, body: xmlDocument('ErrorResponse', xmlns, inner) };
}
