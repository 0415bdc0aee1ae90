/** SigV4 verification: rebuilds the canonical request and compares signatures in constant time. */
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { AwsError } from './errors';

/** What the signature says about the caller: key, date, region and service of the credential scope. */
export interface SignedScope {
  accessKeyId: string;
  date: string;
  region: string;
  service: string;
}

/** The parts of an HTTP request the signature covers. */
export interface SignableRequest {
  method: string;
  path: string;
  query: string;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

const AUTH_RE = /^AWS4-HMAC-SHA256\s+Credential=([^,\s]+),\s*SignedHeaders=([^,\s]+),\s*Signature=([0-9a-f]{64})\s*$/;
const MAX_SKEW_MS = 15 * 60 * 1000;

const sha256 = (data: string | Buffer): string => createHash('sha256').update(data).digest('hex');
const hmac = (key: Buffer | string, data: string): Buffer => createHmac('sha256', key).update(data).digest();

/** RFC 3986 encoding as SigV4 wants it. */
function uriEncode(s: string): string {
  return encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

function canonicalPath(path: string): string {
  return path.split('/').map((seg) => uriEncode(decodeURIComponent(seg))).join('/') || '/';
}

function canonicalQuery(query: string): string {
  if (!query) return '';
  const pairs = [...new URLSearchParams(query)].map(([k, v]) => [uriEncode(k), uriEncode(v)] as const);
  pairs.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0));
  return pairs.map(([k, v]) => `${k}=${v}`).join('&');
}

function header(headers: SignableRequest['headers'], name: string): string | undefined {
  const v = headers[name];
  return Array.isArray(v) ? v.join(',') : v;
}

/** Reads the credential scope without verifying (to pick the service before the secret is checked). */
export function parseAuthorization(authorization: string | undefined): { scope: SignedScope; signedHeaders: string[]; signature: string } {
  const m = authorization ? AUTH_RE.exec(authorization) : null;
  if (!m) throw new AwsError('IncompleteSignature', 'Authorization header must be AWS4-HMAC-SHA256 with Credential, SignedHeaders and Signature', 403);
  const parts = m[1]!.split('/');
  if (parts.length !== 5 || parts[4] !== 'aws4_request') {
    throw new AwsError('IncompleteSignature', `Credential must be AKID/date/region/service/aws4_request, got ${m[1]}`, 403);
  }
  const [accessKeyId, date, region, service] = parts as [string, string, string, string];
  return { scope: { accessKeyId, date, region, service }, signedHeaders: m[2]!.split(';'), signature: m[3]! };
}

/**
 * Verifies the request against the one known key pair. Throws the AWS error a
 * real endpoint would give: unknown key, expired date or signature mismatch.
 */
export function verifySigV4(req: SignableRequest, creds: { accessKeyId: string; secretAccessKey: string }, now = Date.now()): SignedScope {
  const { scope, signedHeaders, signature } = parseAuthorization(header(req.headers, 'authorization'));
  if (scope.accessKeyId !== creds.accessKeyId) {
    throw new AwsError('InvalidClientTokenId', 'The security token included in the request is invalid.', 403);
  }
  const amzDate = header(req.headers, 'x-amz-date');
  if (!amzDate || !/^\d{8}T\d{6}Z$/.test(amzDate) || !signedHeaders.includes('host')) {
    throw new AwsError('IncompleteSignature', 'Request must sign the host header and carry X-Amz-Date (yyyyMMddTHHmmssZ)', 403);
  }
  const t = Date.parse(`${amzDate.slice(0, 4)}-${amzDate.slice(4, 6)}-${amzDate.slice(6, 8)}T${amzDate.slice(9, 11)}:${amzDate.slice(11, 13)}:${amzDate.slice(13, 15)}Z`);
  if (Math.abs(now - t) > MAX_SKEW_MS) {
    throw new AwsError('RequestExpired', `Request has expired: X-Amz-Date ${amzDate} is more than 15 minutes from the server time`, 403);
  }
  const canonicalHeaders = signedHeaders
    .map((h) => `${h}:${(header(req.headers, h) ?? '').trim().replace(/\s+/g, ' ')}\n`)
    .join('');
  if (scope.date !== amzDate.slice(0, 8)) {
    throw new AwsError('SignatureDoesNotMatch', `Credential scope date ${scope.date} does not match X-Amz-Date ${amzDate}`, 403);
  }
  const actualHash = sha256(req.body);
  const claimedHash = header(req.headers, 'x-amz-content-sha256');
  if (claimedHash !== undefined && claimedHash !== 'UNSIGNED-PAYLOAD' && claimedHash !== actualHash) {
    throw new AwsError('XAmzContentSHA256Mismatch', 'The provided x-amz-content-sha256 header does not match what was computed.', 400);
  }
  const payloadHash = claimedHash ?? actualHash;
  const canonical = [req.method, canonicalPath(req.path), canonicalQuery(req.query), canonicalHeaders, signedHeaders.join(';'), payloadHash].join('\n');
  const credentialScope = `${scope.date}/${scope.region}/${scope.service}/aws4_request`;
  const stringToSign = ['AWS4-HMAC-SHA256', amzDate, credentialScope, sha256(canonical)].join('\n');
  const key = hmac(hmac(hmac(hmac(`AWS4${creds.secretAccessKey}`, scope.date), scope.region), scope.service), 'aws4_request');
  const expected = Buffer.from(hmac(key, stringToSign).toString('hex'));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) {
    throw new AwsError('SignatureDoesNotMatch', 'The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method.', 403);
  }
  return scope;
}

/** Signs a request the way the SDK does; used by tests and the CLI to produce valid requests by hand. */
export function signRequest(req: Omit<SignableRequest, 'headers'> & { headers: Record<string, string> }, creds: { accessKeyId: string; secretAccessKey: string }, region: string, service: string, when = new Date()): Record<string, string> {
  const amzDate = when.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
  const date = amzDate.slice(0, 8);
  const headers: Record<string, string> = { ...req.headers, 'x-amz-date': amzDate };
  const names = Object.keys(headers).map((h) => h.toLowerCase()).sort();
  const lower = Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));
  const canonicalHeaders = names.map((h) => `${h}:${lower[h]!.trim()}\n`).join('');
  const canonical = [req.method, canonicalPath(req.path), canonicalQuery(req.query), canonicalHeaders, names.join(';'), sha256(req.body)].join('\n');
  const scope = `${date}/${region}/${service}/aws4_request`;
  const sts = ['AWS4-HMAC-SHA256', amzDate, scope, sha256(canonical)].join('\n');
  const key = hmac(hmac(hmac(hmac(`AWS4${creds.secretAccessKey}`, date), region), service), 'aws4_request');
  const sig = hmac(key, sts).toString('hex');
  return { ...headers, authorization: `AWS4-HMAC-SHA256 Credential=${creds.accessKeyId}/${scope}, SignedHeaders=${names.join(';')}, Signature=${sig}` };
}
