import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Design } from '../model';
import { TEMPLATES } from '../testing/templates';
import { planText } from './plan-text';
import { startTestTarget, type TestTarget } from './sandbox.test-util';
import { applyDesign, destroyDesign, planDesign, planDestroy } from './session';

let t: TestTarget;
beforeAll(async () => { t = await startTestTarget(); });
afterAll(async () => { await t?.close(); });

/** A template without the kinds whose service the Sandbox does not serve yet (alarms until CloudWatch lands). */
function servedPart(d: Design): Design {
  const served = new Set(t.options.handlers!.map((h) => h.kind));
  const drop = new Set(d.nodes.filter((n) => n.kind === 'alarm' && !served.has(n.kind)).map((n) => n.id));
  return { ...d, nodes: d.nodes.filter((n) => !drop.has(n.id)), edges: d.edges.filter((e) => !drop.has(e.source) && !drop.has(e.target)).map(withCertificate) };
}

/** HTTPS listeners need a certificate (as on AWS); the templates leave it to the user. */
function withCertificate(e: Design['edges'][number]): Design['edges'][number] {
  if (e.kind !== 'traffic' || e.listener?.protocol !== 'HTTPS' || e.listener.certificateArn) return e;
  return { ...e, listener: { ...e.listener, certificateArn: 'arn:aws:acm:us-east-1:123456789012:certificate/test' } };
}

describe('templates on the Sandbox', () => {
  for (const [name, build] of Object.entries(TEMPLATES)) {
    it(`${name}: apply, no changes on a second plan, destroy to zero`, async () => {
      const d = servedPart(build());
      const options = t.options;
      const applied = await applyDesign(d, options);
      expect(applied.result.failures).toEqual([]);
      expect(applied.result.status).toBe('ok');
      const again = await planDesign(d, options);
      // Known Sandbox gap (reported): CreateDBInstanceReadReplica and ModifyDBInstance ignore VpcSecurityGroupIds,
      // so a cross-region replica keeps its source's groups. Only that one difference is tolerated here.
      const sandboxGap = (s: { nodeId: string; changes: readonly { property: string }[] }) => name === 'multi-region-active-active' && s.nodeId === 'w-db' && s.changes.every((c) => c.property === 'securityGroups');
      const acting = again.plan.steps.filter((s) => s.action !== 'noop' && s.action !== 'unsupported' && !sandboxGap(s));
      expect(acting.map((s) => `${s.nodeId}: ${s.reason}`)).toEqual([]);
      if (!again.plan.steps.some(sandboxGap)) expect(planText(again.plan)).toContain('No changes.');
      const gone = await destroyDesign(d, options);
      expect(gone.result.failures).toEqual([]);
      expect((await planDestroy(d, options)).actual).toEqual([]);
    });
  }
});
