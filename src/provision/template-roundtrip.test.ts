// The shipped templates, exactly as a new user opens them, on a Sandbox started here: plan, apply with every
// step done, a second plan with no changes, destroy to nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseDesign, type Design } from '../model';
import { TEMPLATES } from '../testing/templates';
import { operationsOf } from './plan-graph';
import { planText } from './plan-text';
import { startTestTarget, type TestTarget } from './sandbox.test-util';
import { applyDesign, destroyDesign, planDesign, planDestroy } from './session';

let t: TestTarget;
beforeAll(async () => { t = await startTestTarget(); });
afterAll(async () => { await t?.close(); });

/** The template file under resources/templates, as the app and the CLI read it. */
async function shipped(name: string): Promise<Design> {
  const { readFileSync } = await import('node:fs');
  const parsed = parseDesign(readFileSync(new URL(`../../resources/templates/${name}.ha.json`, import.meta.url), 'utf8'));
  if (!parsed.ok) throw new Error(`${name}: ${parsed.problem.path}: ${parsed.problem.message}`);
  return parsed.design;
}

describe('templates on the Sandbox', () => {
  it('the Sandbox serves every kind the templates provision (alarms included)', () => {
    expect(t.options.handlers!.map((h) => h.kind)).toContain('alarm');
  });

  for (const name of Object.keys(TEMPLATES)) {
    it(`${name}: plan without problems, apply with no failed or skipped step, no changes on a second plan, destroy to zero`, async () => {
      const d = await shipped(name);
      const options = t.options;
      const planned = await planDesign(d, options);
      expect(planned.plan.problems ?? []).toEqual([]);
      expect(planText(planned.plan)).not.toContain('Error:');
      const ops = operationsOf(planned.plan.steps).length;
      const start = t.events.length;
      const applied = await applyDesign(d, options, planned);
      expect(applied.result.failures).toEqual([]);
      expect(applied.result.counts).toEqual({ done: ops, failed: 0, skipped: 0, canceled: 0 });
      expect(applied.result.status).toBe('ok');
      expect(t.events.slice(start).filter((e) => e.state === 'failed' || e.state === 'skipped')).toEqual([]);
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
