// Health-area handlers: one watch at a time (the design on the canvas), its events pushed to the
// renderer(s), game-day faults sent to the watched Sandbox over its HTTP control API, timeline export.
import { sandboxControl, DEFAULT_SANDBOX_PORT } from '../../src/cloud-sim/control-client';
import {
  domainFor, faultFor, GameDayError, HealthMonitor, labelFor, timelineToJson, timelineToMarkdown, type HealthTarget,
} from '../../src/health';
import type { ActiveFault, GameDayAction, HealthStatus, HealthTargetParam } from '../../src/ipc/channels/health';
import { parseDesignValue, type Design } from '../../src/model';
import { describeTarget } from '../../src/provision/clients';
import { simulateFailure } from '../../src/validate';
import type { healthRequests } from '../../src/ipc/channels/health';
import { batcher } from './health-batch';
import type { AreaHandlers, HandlerMap, HostContext } from './types';

interface Session {
  readonly design: Design;
  readonly monitor: HealthMonitor;
  readonly target: HealthTarget;
  /** The Sandbox's endpoint when the target is one (game days are possible). */
  readonly sandbox?: string;
  readonly labels: Map<string, string>;
  lastCycleAt: string | null;
  calls: number;
  problem: string | null;
}

/** Resolves the UI's target: a Sandbox by endpoint (or HA_SANDBOX_ENDPOINT, or the standalone default port), AWS, or a custom endpoint. */
async function resolveTarget(t: HealthTargetParam): Promise<HealthTarget> {
  if (t.kind === 'aws') return { kind: 'aws', ...(t.profile ? { profile: t.profile } : {}), ...(t.region ? { region: t.region } : {}) };
  if (t.kind === 'endpoint') return { kind: 'endpoint', endpoint: t.endpoint, ...(t.profile ? { profile: t.profile } : {}), ...(t.region ? { region: t.region } : {}) };
  const endpoint = t.endpoint ?? process.env.HA_SANDBOX_ENDPOINT ?? `http://127.0.0.1:${DEFAULT_SANDBOX_PORT}`;
  const info = await sandboxControl(endpoint).info();
  return { kind: 'sandbox', endpoint, credentials: info.credentials };
}

function statusOf(s: Session | undefined): HealthStatus {
  return {
    designId: s?.design.id ?? null, running: s !== undefined, target: s ? describeTarget(s.target) : null,
    intervalMs: s?.monitor.interval ?? 0, lastCycleAt: s?.lastCycleAt ?? null, callsLastCycle: s?.calls ?? 0,
    problem: s?.problem ?? null, sandbox: s?.sandbox !== undefined,
  };
}

/** The health service's handlers and its one watch (tests create their own service). */
export function createHealthService() {
  let session: Session | undefined;

  const stop = async (ctx?: HostContext) => {
    const s = session;
    session = undefined;
    await s?.monitor.stop();
    if (s) ctx?.emit('health:status', statusOf(undefined));
  };

  const needSandbox = (): Session & { sandbox: string } => {
    if (!session) throw new Error('nothing is being watched: start live mode first');
    if (!session.sandbox) throw new Error('game days run only on the Sandbox; this design is watched on ' + describeTarget(session.target));
    return session as Session & { sandbox: string };
  };

  const faultView = (s: Session, f: { id: string; kind: string; createdAt: string } & Record<string, unknown>): ActiveFault => ({
    id: f.id, kind: f.kind, createdAt: f.createdAt,
    label: s.labels.get(f.id) ?? `${f.kind} ${Object.entries(f).filter(([k]) => !['id', 'kind', 'createdAt'].includes(k)).map(([k, v]) => `${k}=${String(v)}`).join(' ')}`,
  });

  const handlers = {
    'health:start': async ({ design: raw, target, intervalMs }, ctx) => {
      const parsed = parseDesignValue(raw);
      if (!parsed.ok) throw new Error(`the design is not valid at ${parsed.problem.path}: ${parsed.problem.message}`);
      const resolved = await resolveTarget(target);
      await stop(ctx);
      const design = parsed.design;
      const monitor = new HealthMonitor({ design, target: resolved, ...(intervalMs ? { intervalMs } : {}) });
      const s: Session = {
        design, monitor, target: resolved, labels: new Map(), lastCycleAt: null, calls: 0, problem: null,
        ...(resolved.kind === 'sandbox' ? { sandbox: resolved.endpoint } : {}),
      };
      session = s;
      // A poll's changes, edge flows and timeline entries leave as one message (one serialisation, one
      // WebSocket frame, one renderer wake-up), gathered until the monitor's synchronous emits are done.
      const batch = batcher((b) => { if (session === s) ctx.emit('health:batch', { designId: design.id, ...b }); });
      monitor.on('changes', (changes) => batch.add('changes', changes));
      monitor.on('edges', (edges) => batch.add('edges', edges));
      monitor.on('timeline', (entries) => batch.add('entries', entries));
      monitor.on('problem', (e) => { s.problem = e.message; ctx.emit('health:status', statusOf(s)); });
      monitor.on('cycle', (c) => {
        const changed = s.problem !== null || s.lastCycleAt === null;
        s.lastCycleAt = c.at;
        s.calls = c.calls;
        s.problem = null;
        if (changed || c.discovered) ctx.emit('health:status', statusOf(s));
      });
      await monitor.start();
      return monitor.snapshot();
    },
    'health:stop': async (_p, ctx) => {
      const was = session !== undefined;
      await stop(ctx);
      return { ok: was };
    },
    'health:snapshot': () => session?.monitor.snapshot() ?? null,
    'health:status': () => statusOf(session),
    'health:design': () => session?.design ?? null,
    'health:fault': async ({ action }) => {
      const s = needSandbox();
      const index = s.monitor.design;
      if (!s.monitor.resources) throw new Error('resources not discovered yet: wait for the first poll');
      let spec;
      try {
        spec = faultFor(action as GameDayAction, index, s.monitor.resources, s.monitor.observation);
      } catch (err) {
        if (err instanceof GameDayError) throw new Error(err.message);
        throw err;
      }
      const fault = await sandboxControl(s.sandbox).addFault(spec as never);
      const label = labelFor(action as GameDayAction, index);
      s.labels.set(fault.id, label);
      const nodeId = 'nodeId' in action ? action.nodeId : undefined;
      s.monitor.note({ id: `fault:${fault.id}`, at: new Date().toISOString(), kind: 'fault-injected', severity: 'info', title: `Game day: ${label}`, ...(nodeId ? { nodeId } : {}) });
      s.monitor.pollNow();
      const domain = domainFor(action as GameDayAction);
      let prediction = null;
      try {
        prediction = domain ? simulateFailure(s.design, domain) : null;
      } catch {
        prediction = null;
      }
      return { fault: faultView(s, fault as never), prediction };
    },
    'health:faults': async () => {
      const s = needSandbox();
      return (await sandboxControl(s.sandbox).faults()).map((f) => faultView(s, f as never));
    },
    'health:clear-faults': async ({ id }) => {
      const s = needSandbox();
      const control = sandboxControl(s.sandbox);
      const removed = id ? [await control.removeFault(id)] : await control.clearFaults();
      for (const f of removed) {
        s.monitor.note({ id: `fault-cleared:${f.id}`, at: new Date().toISOString(), kind: 'fault-cleared', severity: 'info', title: `Game day: cleared ${s.labels.get(f.id) ?? f.kind}` });
      }
      s.monitor.pollNow();
      return { removed: removed.length };
    },
    'health:export': ({ format }) => {
      if (!session) throw new Error('nothing is being watched: no timeline to export');
      const s = session;
      const meta = {
        designId: s.design.id, designName: s.design.name, exportedAt: new Date().toISOString(), target: describeTarget(s.target),
        nodeNames: Object.fromEntries(s.design.nodes.map((n) => [n.id, n.name])),
      };
      const entries = s.monitor.snapshot().timeline;
      const stamp = meta.exportedAt.slice(0, 19).replace(/[:T]/g, '-');
      return format === 'markdown'
        ? { text: timelineToMarkdown(entries, meta), suggestedName: `${s.design.id}-timeline-${stamp}.md` }
        : { text: timelineToJson(entries, meta), suggestedName: `${s.design.id}-timeline-${stamp}.json` };
    },
  } satisfies AreaHandlers;

  return { handlers: handlers as Pick<HandlerMap, keyof typeof healthRequests>, stop: () => stop() };
}

/** Handlers of the health area (the app's one watch). */
export const healthHandlers = createHealthService().handlers;
