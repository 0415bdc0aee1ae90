/** EC2 query protocol responses: `<XResponse><requestId>` bodies and `<Response><Errors>` errors. */
import { content, escapeXml, xmlDocument } from '../xml';
import type { AwsError } from '../errors';
import type { WireResponse } from './wire';

/** A successful EC2 response; the body members sit directly under the root, lists use `<item>`. */
export function ec2Result(action: string, xmlns: string, requestId: string, body: unknown): WireResponse {
  const inner = `<requestId>${requestId}</requestId>${content(body ?? {}, 'item')}`;
  return { status: 200, headers: { 'content-type': 'text/xml;charset=UTF-8' }, body: xmlDocument(`${action}Response`, xmlns, inner) };
}

/** An EC2 error document. */
export function ec2Error(err: AwsError, requestId: string): WireResponse {
  const inner = `<Errors><Error><Code>${escapeXml(err.code)}</Code><Message>${escapeXml(err.message)}</Message></Error></Errors><RequestID>${requestId}</RequestID>`;
  return { status: err.status, headers: { 'content-type': 'text/xml;charset=UTF-8' }, body: xmlDocument('Response', undefined, inner) };
}
