/** Printing for plan / apply / destroy: identity, plan, step events and the summary, as text or one JSON object per line. */
import { planText } from '../provision/plan-text';
import type { RunResult } from '../provision/run';
import type { Identity, Plan, StepEvent } from '../provision/types';
import type { CliIo } from './command';

/** Writes either human text or JSON lines. */
export class ProvisionPrinter {
  constructor(private readonly io: CliIo, private readonly json: boolean) {}

  private line(obj: Record<string, unknown>): void {
    this.io.stdout(JSON.stringify(obj) + '\n');
  }

  /** A note (text mode: stderr so stdout stays the plan; JSON: a note object). */
  note(message: string): void {
    if (this.json) this.line({ type: 'note', message });
    else this.io.stderr(message + '\n');
  }

  /** The target and who we are on it. */
  identity(id: Identity): void {
    if (this.json) return this.line({ type: 'identity', ...id });
    this.io.stdout(`Target:   ${id.target}\nAccount:  ${id.account}\nIdentity: ${id.arn}\nRegion:   ${id.region}\n\n`);
  }

  /** The plan: text diff, or one object per step and a plan summary. */
  plan(p: Plan): void {
    if (!this.json) return this.io.stdout(planText(p));
    for (const s of p.steps) {
      this.line({ type: 'plan-step', nodeId: s.nodeId, kind: s.kind, name: s.name, region: s.region, action: s.action, reason: s.reason, changes: s.changes, ...(s.drift ? { drift: s.drift } : {}) });
    }
    this.line({ type: 'plan', designId: p.designId, ...p.summary });
  }

  /** One step event (text: only the states a reader cares about). */
  event(e: StepEvent): void {
    if (this.json) return this.line({ ...e });
    const what = `${e.op} ${e.kind} "${e.name}"${e.resourceId ? ` (${e.resourceId})` : ''}`;
    const secs = `${(e.elapsedMs / 1000).toFixed(1)}s`;
    if (e.state === 'running') this.io.stdout(`  … ${what}\n`);
    else if (e.state === 'done') this.io.stdout(`  ✓ ${what}  [${secs}]\n`);
    else if (e.state === 'failed') this.io.stdout(`  ✗ ${what}: ${e.error?.code}: ${e.error?.message}\n`);
    else if (e.state === 'skipped') this.io.stdout(`  - skipped ${what}: depends on failed ${e.cause}\n`);
    else if (e.state === 'canceled') this.io.stdout(`  ○ canceled ${what}\n`);
  }

  /** The final line. */
  summary(mode: string, r: RunResult, extra: Record<string, unknown> = {}): void {
    if (this.json) return this.line({ type: 'summary', mode, status: r.status, ...r.counts, failures: r.failures, ...extra });
    const head = r.status === 'ok' ? `${mode === 'destroy' ? 'Destroy' : 'Apply'} complete` : r.status === 'canceled' ? `${mode} canceled` : `${mode} finished with failures`;
    this.io.stdout(`\n${head}: ${r.counts.done} done, ${r.counts.failed} failed, ${r.counts.skipped} skipped, ${r.counts.canceled} canceled.\n`);
    for (const f of r.failures) this.io.stdout(`  ${f.op} ${f.nodeId}: ${f.code}: ${f.message}\n`);
  }
}
