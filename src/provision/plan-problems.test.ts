// Plan problems: an HTTPS listener without a usable certificate is named by the plan and refused by apply before any API call.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ecommerceHa } from '../testing/templates/ecommerce';
import { patchEdge } from '../testing/validate-fixtures';
import { desiredResources } from './desired';
import { plan } from './plan';
import { PlanRefusedError, designProblems } from './plan-problems';
import { planText } from './plan-text';
import { startTestTarget, type TestTarget } from './sandbox.test-util';
import { applyDesign, planDesign } from './session';

const CERT = 'arn:aws:acm:us-east-1:123456789012:certificate/0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0';
const https = (certificateArn?: string) => patchEdge(ecommerceHa(), 'alb', 'tg-app', { listener: { protocol: 'HTTPS', port: 443, ...(certificateArn ? { certificateArn } : {}) } });

describe('plan problems', () => {
  it('names the edge, the listener and the expected certificate ARN', () => {
    const p = plan(https(), []);
    expect(p.problems).toEqual([{
      nodeId: 'alb', edgeId: 'e2-alb-tg-app',
      message: 'edge e2-alb-tg-app: the HTTPS:443 listener of load balancer "shop ALB" (alb) has no certificate; expected listener.certificateArn = arn:aws:acm:<region>:<account>:certificate/<id> (an ACM certificate in us-east-1), or protocol HTTP',
    }]);
    const text = planText(p);
    expect(text).toContain('Error: this plan cannot be applied until this problem is fixed in the design (nothing will be created):');
    expect(text).toContain('  * edge e2-alb-tg-app: the HTTPS:443 listener');
  });

  it('flags a malformed ARN and a certificate of another region; none for HTTP or a good ARN', () => {
    expect(designProblems(https('arn:aws:acm:…'))[0]!.message).toMatch(/is not a certificate ARN; expected arn:aws:acm:<region>:<account>:certificate\/<id>/);
    expect(designProblems(https(CERT.replace('us-east-1', 'eu-west-1')))[0]!.message).toMatch(/is in eu-west-1, but the load balancer is in us-east-1/);
    expect(designProblems(https(CERT))).toEqual([]);
    expect(plan(ecommerceHa(), []).problems).toBeUndefined();
  });
});

describe('listener certificate in the desired load balancer', () => {
  const listenerOf = (d: ReturnType<typeof https>) => {
    const e = desiredResources(d).find((x) => x.node.id === 'alb');
    return e && 'resource' in e ? (e.resource.props.listeners as readonly Record<string, unknown>[])[0] : undefined;
  };
  it('is sent with HTTPS, and not with HTTP even when a stale ARN remains on the edge', () => {
    expect(listenerOf(https(CERT))).toMatchObject({ protocol: 'HTTPS', port: 443, certificateArn: CERT });
    const http = patchEdge(ecommerceHa(), 'alb', 'tg-app', { listener: { protocol: 'HTTP', port: 80, certificateArn: CERT } });
    expect(listenerOf(http)).toEqual({ protocol: 'HTTP', port: 80, targetGroup: { ref: 'tg-app' } });
    expect(designProblems(http)).toEqual([]);
  });
});

describe('apply refuses a plan with problems', () => {
  let t: TestTarget;
  beforeAll(async () => { t = await startTestTarget(); });
  afterAll(async () => { await t?.close(); });

  it('before any call that changes the cloud, and nothing exists afterwards', async () => {
    const d = https();
    const planned = await planDesign(d, t.options);
    await expect(applyDesign(d, t.options, planned)).rejects.toBeInstanceOf(PlanRefusedError);
    await expect(applyDesign(d, t.options)).rejects.toThrow(/cannot be applied \(nothing was changed\): edge e2-alb-tg-app: the HTTPS:443 listener/);
    const refused = await applyDesign(d, t.options).catch((err: Error) => err);
    expect((refused as Error).stack).toBe((refused as Error).message);
    expect(t.calls.length).toBeGreaterThan(0);
    expect(t.calls.filter((c) => !/^(Describe|List|Get)/.test(c.action))).toEqual([]);
    expect(t.events).toEqual([]);
    expect((await planDesign(d, t.options)).actual).toEqual([]);
  });
});
