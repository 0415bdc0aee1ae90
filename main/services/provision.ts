// Provision-area handlers: identity, plan, apply, destroy, cancel, status. Runs stream their steps as
// provision:step events and end with provision:done, which carries the last event of every operation
// (and provision:status answers the same at any time), so no node's state depends on one event
// arriving. The default target is the app's embedded
// Sandbox, started lazily (state file under the user-data dir) on the standalone default port when
// it is free, so the health monitor and the CLI find the same cloud.
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { DEFAULT_SANDBOX_PORT, sandboxControl, startSandbox, type Sandbox } from '../../src/cloud-sim';
import type { PlanView, ProvisionTargetParam, RunDone } from '../../src/ipc/channels/provision';
import { parseDesignValue, type Design } from '../../src/model';
import { callerIdentity, clientFactory, type ClientFactory } from '../../src/provision/clients';
import { planText } from '../../src/provision/plan-text';
import { applyDesign, destroyDesign, planDesign, planDestroy, type PlannedDesign, type SessionOptions } from '../../src/provision/session';
import type { Target } from '../../src/provision/types';
import { createRunRegistry } from './provision-runs';
import type { AreaHandlers, HostContext } from './types';

function parse(raw: unknown): Design {
  const parsed = parseDesignValue(raw);
  if (!parsed.ok) throw new Error(`the design is not valid at ${parsed.problem.path}: ${parsed.problem.message}`);
  return parsed.design;
}

function view(mode: 'apply' | 'destroy', planned: PlannedDesign, identity: PlanView['identity']): PlanView {
  const p = planned.plan;
  return {
    mode, designId: p.designId, identity, summary: p.summary, text: planText(p), resumes: planned.journal.unfinished !== undefined,
    steps: p.steps.map((s) => ({ nodeId: s.nodeId, kind: s.kind, name: s.name, region: s.region, action: s.action, reason: s.reason, changes: s.changes, ...(s.drift ? { drift: s.drift } : {}) })),
  };
}

/** The provision service: its handlers and the embedded Sandbox it may own. */
export function createProvisionService() {
  let embedded: Promise<{ endpoint: string; sandbox?: Sandbox }> | undefined;
  const runs = createRunRegistry();

  /** The app's Sandbox: one already listening on the default port, else one started here. */
  const appSandbox = (ctx: HostContext) => {
    embedded ??= (async () => {
      const fixed = process.env.HA_SANDBOX_ENDPOINT ?? `http://127.0.0.1:${DEFAULT_SANDBOX_PORT}`;
      try {
        await sandboxControl(fixed).info();
        return { endpoint: fixed };
      } catch { /* none running: start ours */ }
      const stateFile = join(ctx.home, 'sandbox-state.json');
      let sandbox: Sandbox;
      try {
        sandbox = await startSandbox({ port: DEFAULT_SANDBOX_PORT, stateFile });
      } catch {
        sandbox = await startSandbox({ port: 0, stateFile });
        process.env.HA_SANDBOX_ENDPOINT = sandbox.endpoint;
      }
      ctx.onClose(() => sandbox.close());
      return { endpoint: sandbox.endpoint, sandbox };
    })().catch((err) => { embedded = undefined; throw err; });
    return embedded;
  };

  const targetOf = async (t: ProvisionTargetParam, ctx: HostContext): Promise<Target> => {
    if (t.kind === 'aws') return { kind: 'aws', ...(t.profile ? { profile: t.profile } : {}), ...(t.region ? { region: t.region } : {}) };
    if (t.kind === 'endpoint') return { kind: 'endpoint', endpoint: t.endpoint, ...(t.profile ? { profile: t.profile } : {}), ...(t.region ? { region: t.region } : {}) };
    const endpoint = t.endpoint ?? (await appSandbox(ctx)).endpoint;
    return { kind: 'sandbox', endpoint, credentials: (await sandboxControl(endpoint).info()).credentials };
  };

  const session = async (t: ProvisionTargetParam, ctx: HostContext, extra: Partial<SessionOptions> = {}): Promise<{ options: SessionOptions; factory: ClientFactory }> => {
    const factory = clientFactory(await targetOf(t, ctx));
    const identity = await callerIdentity(factory);
    return { factory, options: { factory, identity, stateDir: join(ctx.home, 'provision'), ...extra } };
  };

  const start = async (mode: 'apply' | 'destroy', raw: unknown, t: ProvisionTargetParam, parallelism: number, rollback: boolean, ctx: HostContext) => {
    const design = parse(raw);
    if (runs.busy(design.id)) throw new Error(`a run of design "${design.id}" is already in progress`);
    const runId = `${Date.now().toString(36)}-${randomBytes(3).toString('hex')}`;
    const ctrl = new AbortController();
    const { factory, options } = await session(t, ctx, {
      concurrency: parallelism, signal: ctrl.signal,
      onEvent: (event) => {
        runs.record(runId, event);
        ctx.emit('provision:step', { runId, event });
      },
    });
    const planned = mode === 'destroy' ? await planDestroy(design, options) : await planDesign(design, options);
    runs.start(runId, design.id, ctrl);
    const t0 = Date.now();
    void (async () => {
      let done: RunDone;
      try {
        const r = mode === 'destroy' ? await destroyDesign(design, options, planned) : await applyDesign(design, { ...options, rollback }, planned);
        done = { runId, mode, status: r.result.status, counts: r.result.counts, failures: r.result.failures, elapsedMs: Date.now() - t0, steps: runs.steps(runId) };
      } catch (err) {
        done = { runId, mode, status: 'error', counts: { done: 0, failed: 0, skipped: 0, canceled: 0 }, failures: [], elapsedMs: Date.now() - t0, error: (err as Error).message, steps: runs.steps(runId) };
      } finally {
        factory.destroy();
      }
      runs.end(done);
      ctx.emit('provision:done', done);
    })();
    return { runId, plan: view(mode, planned, options.identity) };
  };

  const handlers = {
    'provision:identity': async ({ target }, ctx) => {
      const { factory, options } = await session(target, ctx);
      factory.destroy();
      return options.identity;
    },
    'provision:plan': async ({ design: raw, target, mode }, ctx) => {
      const design = parse(raw);
      const { factory, options } = await session(target, ctx);
      try {
        const planned = mode === 'destroy' ? await planDestroy(design, options) : await planDesign(design, options);
        return view(mode, planned, options.identity);
      } finally {
        factory.destroy();
      }
    },
    'provision:apply': ({ design, target, parallelism, rollback }, ctx) => start('apply', design, target, parallelism, rollback, ctx),
    'provision:destroy': ({ design, target, parallelism }, ctx) => start('destroy', design, target, parallelism, false, ctx),
    'provision:cancel': ({ runId }) => ({ canceled: runs.cancel(runId) }),
    'provision:status': ({ runId }) => runs.status(runId),
  } satisfies AreaHandlers;
  return { handlers };
}

/** Handlers of the provision area (one service per process). */
export const provisionHandlers = createProvisionService().handlers;
