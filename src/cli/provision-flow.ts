/** The shared flow of `plan`, `apply` and `destroy`: load, resolve target, show identity, plan, confirm, run, summarise. */
import { callerIdentity, clientFactory } from '../provision/clients';
import { awsError } from '../provision/errors';
import { isEmptyPlan } from '../provision/plan';
import { planCycle } from '../provision/plan-graph';
import { applyDesign, destroyDesign, planDesign, planDestroy, type SessionOptions } from '../provision/session';
import { UsageError, type CliIo } from './command';
import { loadDesignFile } from './design-file';
import { parseProvisionArgs } from './provision-args';
import { ProvisionPrinter } from './provision-print';
import { cliHome, resolveTarget } from './provision-target';

/** Runs one provisioning command; returns the exit code (0 ok, 1 failed steps, 2 usage / input). */
export async function runProvision(mode: 'plan' | 'apply' | 'destroy', argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseProvisionArgs(argv);
  if (mode === 'plan' && args.yes) throw new UsageError('--yes is for apply and destroy');
  const design = loadDesignFile(args.designPath);
  const out = new ProvisionPrinter(io, args.json);
  const resolved = await resolveTarget(args);
  const factory = clientFactory(resolved.target);
  try {
    if (resolved.note) out.note(resolved.note);
    let identity;
    try {
      identity = await callerIdentity(factory);
    } catch (err) {
      const e = awsError(err);
      io.stderr(`ha-architect ${mode}: cannot identify the caller on the target (STS GetCallerIdentity): ${e.code}: ${e.message}\n`);
      return 2;
    }
    out.identity(identity);
    const options: SessionOptions = {
      factory, identity, stateDir: cliHome(), concurrency: args.parallelism, signal: io.signal,
      onEvent: (e) => out.event(e), log: (m) => out.note(m),
    };
    const planned = mode === 'destroy' ? await planDestroy(design, options) : await planDesign(design, options);
    out.plan(planned.plan);
    const cycle = planCycle(planned.plan.steps);
    if (cycle) {
      io.stderr(`ha-architect ${mode}: this plan cannot be applied: ${cycle.message}\n`);
      return 2;
    }
    // A design the cloud would refuse (an HTTPS listener without a certificate): an input error, before anything is asked or sent.
    const problems = planned.plan.problems ?? [];
    if (problems.length) {
      io.stderr(`ha-architect ${mode}: this plan cannot be applied (nothing was changed): ${problems.map((p) => p.message).join('; ')}\n`);
      return 2;
    }
    if (mode === 'plan') return 0;
    if (isEmptyPlan(planned.plan) && !planned.journal.unfinished) {
      out.note(mode === 'destroy' ? 'Nothing to destroy.' : 'Nothing to apply.');
      return 0;
    }
    if (!args.yes) {
      if (!io.confirm) {
        io.stderr(`ha-architect ${mode}: refusing to ${mode} without confirmation: there is no terminal to ask on; pass --yes to ${mode} without asking\n`);
        return 2;
      }
      const ok = await io.confirm(`${mode === 'destroy' ? 'Destroy everything above' : 'Apply these changes'} on ${identity.target}, account ${identity.account}?`);
      if (!ok) {
        out.note(`${mode === 'destroy' ? 'Destroy' : 'Apply'} cancelled; nothing changed.`);
        return 1;
      }
    }
    const result = mode === 'destroy' ? await destroyDesign(design, options, planned) : await applyDesign(design, options, planned);
    if (result.resumed) out.note('resumed an interrupted run from its journal');
    out.summary(mode, result.result, { plan: planned.plan.summary });
    return result.result.status === 'ok' ? 0 : 1;
  } finally {
    factory.destroy();
    await resolved.close();
  }
}
