/** The shape of a listener certificate ARN (ACM, or an IAM server certificate), shared by the rule, the plan and the inspector. */

const ACM = /^arn:aws(?:-cn|-us-gov)?:acm:([a-z]{2}(?:-gov|-iso[a-z]?)?-[a-z]+-\d+):(\d{12}):certificate\/[A-Za-z0-9-]+$/;
const IAM = /^arn:aws(?:-cn|-us-gov)?:iam::\d{12}:server-certificate\/[\w+=,.@/-]+$/;

/** Protocols whose listeners terminate TLS and so need a certificate. */
export const TLS_LISTENER_PROTOCOLS: ReadonlySet<string> = new Set(['HTTPS', 'TLS']);

/** The expected shape, for messages and hints. */
export const CERTIFICATE_ARN_SHAPE = 'arn:aws:acm:<region>:<account>:certificate/<id>';

/**
 * Why a certificate ARN cannot serve a listener in `region` (malformed, or an ACM certificate of another
 * region: ACM certificates are regional), or undefined when it has the right shape.
 */
export function certificateArnProblem(arn: string, region?: string): string | undefined {
  const value = arn.trim();
  if (IAM.test(value)) return undefined;
  const m = ACM.exec(value);
  if (!m) return `"${arn}" is not a certificate ARN; expected ${CERTIFICATE_ARN_SHAPE}`;
  if (region && m[1] !== region) return `certificate ${arn} is in ${m[1]}, but the load balancer is in ${region}; an ACM certificate can only be used in its own region`;
  return undefined;
}
