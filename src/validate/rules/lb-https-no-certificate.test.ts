// lb-https-no-certificate: a failing and a passing case on the templates, in the style of rules.test.ts.
import { describe, expect, it } from 'vitest';
import type { Design } from '../../model';
import { multiRegion, patchEdge, reference } from '../../testing/validate-fixtures';
import { validateDesign } from '../engine';
import { RULES } from '../registry';
import { toSarif } from '../sarif';
import { certificateArnProblem } from './lb-https-no-certificate-arn';

const RULE = 'lb-https-no-certificate';
const hits = (d: Design) => validateDesign(d).findings.filter((f) => f.rule === RULE);
const REF = reference();
const CERT = 'arn:aws:acm:us-east-1:123456789012:certificate/0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0';
const https = (certificateArn?: string) => patchEdge(REF, 'alb', 'tg-app', { listener: { protocol: 'HTTPS', port: 443, ...(certificateArn ? { certificateArn } : {}) } });

describe(RULE, () => {
  it('fires on an HTTPS listener without a certificate, naming the edge and the fix', () => {
    const found = hits(https());
    expect(found).toHaveLength(1);
    const f = found[0]!;
    expect(f.severity).toBe('error');
    expect(f.resources).toEqual(['alb', 'tg-app']);
    expect(f.message).toMatch(/HTTPS:443 listener of shop ALB \(alb\) \(edge e2-alb-tg-app .*no certificate.*CertificateNotFound/);
    expect(f.fix).toMatch(/arn:aws:acm:<region>:<account>:certificate\/<id>.*or use an HTTP listener/);
  });

  it('stays quiet on the templates and on HTTPS with a certificate of the region', () => {
    expect(hits(REF)).toEqual([]);
    expect(hits(multiRegion())).toEqual([]);
    expect(hits(https(CERT))).toEqual([]);
  });

  it('fires on a malformed ARN and on a certificate of another region', () => {
    expect(hits(https('arn:aws:acm:…'))[0]!.message).toMatch(/is not a certificate ARN; expected arn:aws:acm:<region>/);
    expect(hits(https(CERT.replace('us-east-1', 'eu-west-1')))[0]!.message).toMatch(/is in eu-west-1, but the load balancer is in us-east-1/);
  });

  it('checks every TLS listener of a multi-region design: one finding per ALB', () => {
    let d = patchEdge(multiRegion(), 'e-alb', 'e-tg', { listener: { protocol: 'HTTPS', port: 443 } });
    d = patchEdge(d, 'w-alb', 'w-tg', { listener: { protocol: 'HTTPS', port: 443, certificateArn: CERT.replace('us-east-1', 'us-west-2') } });
    expect(hits(d).map((f) => f.resources)).toEqual([['e-alb', 'e-tg']]);
  });

  it('carries SARIF rule metadata', () => {
    const meta = RULES.find((r) => r.id === RULE)!;
    expect(meta.help).toMatch(/CertificateNotFound/);
    const sarif = toSarif(validateDesign(https()), { uri: 'x.ha.json', text: '' }) as { runs: { tool: { driver: { rules: { id: string }[] } } }[] };
    expect(sarif.runs[0]!.tool.driver.rules.some((r) => r.id === RULE)).toBe(true);
  });
});

describe('certificateArnProblem', () => {
  it('accepts ACM ARNs of the region and IAM server certificates, rejects anything else', () => {
    expect(certificateArnProblem(CERT, 'us-east-1')).toBeUndefined();
    expect(certificateArnProblem('arn:aws:iam::123456789012:server-certificate/shop', 'us-east-1')).toBeUndefined();
    expect(certificateArnProblem('arn:aws:acm:us-east-1:12345:certificate/x')).toMatch(/not a certificate ARN/);
    expect(certificateArnProblem('arn:aws:acm:us-east-1:123456789012:loadbalancer/x')).toMatch(/not a certificate ARN/);
  });
});
