/** AWS error helpers: code and message of any thrown value, and the codes that mean "already gone" or "retry later". */

/** The AWS error code and message of a thrown value (SDK errors carry `name`/`Code`). */
export function awsError(err: unknown): { code: string; message: string } {
  if (err && typeof err === 'object') {
    const e = err as { name?: string; Code?: string; code?: string; message?: string };
    const code = e.Code ?? e.code ?? e.name ?? 'Error';
    return { code: code === 'Error' && e.name ? e.name : code, message: e.message ?? String(err) };
  }
  return { code: 'Error', message: String(err) };
}

/** True when the error says the resource does not exist (deletes treat it as done). */
export function isNotFound(err: unknown): boolean {
  const { code } = awsError(err);
  return /NotFound|NotFoundException|\.Malformed$|^NoSuch|DBInstanceNotFound|DBSubnetGroupNotFoundFault|LoadBalancerNotFound|TargetGroupNotFound|ListenerNotFound/.test(code)
    && !/DependencyViolation/.test(code);
}

/** True for errors a later attempt may not hit: throttling, 5xx, dependencies still being released. */
export function isRetryable(err: unknown): boolean {
  const { code } = awsError(err);
  const status = (err as { $metadata?: { httpStatusCode?: number } })?.$metadata?.httpStatusCode ?? 0;
  return status >= 500 || /Throttl|RequestLimitExceeded|TooManyRequests|SlowDown|InternalError|ServiceUnavailable|Unavailable|RequestTimeout|TimeoutError|ECONNRESET|EPIPE|socket hang up/i.test(code);
}

/** True for "something still uses it": deletes wait and retry. */
export function isDependencyError(err: unknown): boolean {
  const { code, message } = awsError(err);
  return /DependencyViolation|ResourceInUse|InvalidState|IncorrectState|ScalingActivityInProgress|ResourceContention/.test(code)
    || /mapped public address|in use|has dependencies/i.test(message);
}
