// Reads a Chromium performance trace (browser.startTracing) of the renderer while health updates stream: the
// renderer main thread's busy time per frame, its self time by event, and script time by function. Bench helper.

interface TraceEvent {
  readonly name: string;
  readonly cat?: string;
  readonly ph: string;
  readonly ts: number;
  readonly dur?: number;
  readonly pid: number;
  readonly tid: number;
  readonly args?: {
    readonly name?: string;
    readonly data?: { readonly functionName?: string; readonly url?: string; readonly lineNumber?: number; readonly nodeName?: string; readonly reason?: string };
    readonly tileData?: { readonly layerId?: number };
  };
}

/** What one trace says about the renderer main thread. */
export interface TraceSummary {
  /** Main-thread busy time (top-level tasks) within each frame interval, ms. */
  readonly busyPerFrame: number[];
  /** Frame intervals seen by the main thread (one main frame, ProxyMain::BeginMainFrame, to the next), ms. */
  readonly frameIntervals: number[];
  /** Self time by event name, ms, largest first. */
  readonly selfByEvent: [string, number][];
  /** Total time of script entry points (FunctionCall) by function, ms, largest first. */
  readonly callsByFunction: [string, number][];
  /** Wall time covered, ms. */
  readonly spanMs: number;
  /** Raster time (all raster workers) by composited layer, ms, largest first: what paint invalidations cost. */
  readonly rasterByLayer: [string, number][];
  /** Paint invalidations by element and reason (with --trace-invalidations), largest first. */
  readonly invalidations: [string, number][];
}

const pct = (xs: number[], p: number) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? 0; };

/** The renderer main thread: the CrRendererMain with the most top-level task time. */
function mainThread(events: readonly TraceEvent[]): { pid: number; tid: number } {
  const mains = new Set(events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  const busy = new Map<string, number>();
  for (const e of events) {
    const key = `${e.pid}:${e.tid}`;
    if (e.ph === 'X' && e.name === 'RunTask' && mains.has(key)) busy.set(key, (busy.get(key) ?? 0) + (e.dur ?? 0));
  }
  const best = [...busy].sort((a, b) => b[1] - a[1])[0];
  if (!best) throw new Error('trace: no renderer main thread with tasks');
  const [pid, tid] = best[0].split(':').map(Number) as [number, number];
  return { pid, tid };
}

/** Complete events of one thread (B/E pairs folded into X), sorted so parents come before their children. */
function completeEvents(events: readonly TraceEvent[], pid: number, tid: number): TraceEvent[] {
  const out: TraceEvent[] = [];
  const open: TraceEvent[] = [];
  for (const e of events) {
    if (e.pid !== pid || e.tid !== tid) continue;
    if (e.ph === 'X' && e.dur !== undefined) out.push(e);
    else if (e.ph === 'B') open.push(e);
    else if (e.ph === 'E') { const b = open.pop(); if (b) out.push({ ...b, ph: 'X', dur: e.ts - b.ts }); }
  }
  return out.sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
}

function fnKey(e: TraceEvent): string {
  const d = e.args?.data;
  return `${d?.functionName || '(anon)'} ${(d?.url ?? '').split('/').pop()}:${d?.lineNumber ?? ''}`;
}

/** Summarises a trace (the JSON Chromium writes). */
export function summariseTrace(json: string): TraceSummary {
  const parsed = JSON.parse(json) as { traceEvents?: TraceEvent[] } | TraceEvent[];
  const events = Array.isArray(parsed) ? parsed : parsed.traceEvents ?? [];
  const { pid, tid } = mainThread(events);
  const xs = completeEvents(events, pid, tid);
  const self = new Map<string, number>();
  const calls = new Map<string, number>();
  const stack: { e: TraceEvent; end: number; child: number }[] = [];
  const close = (until: number) => {
    while (stack.length && stack[stack.length - 1]!.end <= until) {
      const top = stack.pop()!;
      self.set(top.e.name, (self.get(top.e.name) ?? 0) + ((top.e.dur ?? 0) - top.child) / 1000);
    }
  };
  for (const e of xs) {
    close(e.ts);
    const parent = stack[stack.length - 1];
    if (parent) parent.child += Math.min(e.dur ?? 0, parent.end - e.ts);
    stack.push({ e, end: e.ts + (e.dur ?? 0), child: 0 });
    if (e.name === 'FunctionCall') calls.set(fnKey(e), (calls.get(fnKey(e)) ?? 0) + (e.dur ?? 0) / 1000);
  }
  close(Infinity);
  const tasks = xs.filter((e) => e.name === 'RunTask');
  const frames = xs.filter((e) => e.name === 'ProxyMain::BeginMainFrame').map((e) => e.ts);
  const busyPerFrame: number[] = [];
  const frameIntervals: number[] = [];
  let k = 0;
  for (let i = 0; i + 1 < frames.length; i++) {
    const [a, b] = [frames[i]!, frames[i + 1]!];
    while (k < tasks.length && tasks[k]!.ts + (tasks[k]!.dur ?? 0) <= a) k++;
    let busy = 0;
    for (let j = k; j < tasks.length && tasks[j]!.ts < b; j++) busy += Math.max(0, Math.min(b, tasks[j]!.ts + (tasks[j]!.dur ?? 0)) - Math.max(a, tasks[j]!.ts));
    busyPerFrame.push(busy / 1000);
    frameIntervals.push((b - a) / 1000);
  }
  const spanMs = xs.length ? (Math.max(...xs.map((e) => e.ts + (e.dur ?? 0))) - xs[0]!.ts) / 1000 : 0;
  const desc = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1]);
  const raster = new Map<string, number>();
  const invalid = new Map<string, number>();
  for (const e of events) {
    if (e.name === 'RasterTask' && e.ph === 'X') { const k = `layer ${e.args?.tileData?.layerId ?? '?'}`; raster.set(k, (raster.get(k) ?? 0) + (e.dur ?? 0) / 1000); }
    if (e.name === 'PaintInvalidationTracking' || e.name === 'StyleRecalcInvalidationTracking' || e.name === 'LayoutInvalidationTracking') {
      const k = `${e.name.replace('InvalidationTracking', '')} ${e.args?.data?.nodeName ?? '?'} (${e.args?.data?.reason ?? ''})`;
      invalid.set(k, (invalid.get(k) ?? 0) + 1);
    }
  }
  return { busyPerFrame, frameIntervals, selfByEvent: desc(self), callsByFunction: desc(calls), spanMs, rasterByLayer: desc(raster), invalidations: desc(invalid) };
}

/** Human-readable lines for a summary. */
export function formatTrace(s: TraceSummary, top = 15): string {
  const total = s.selfByEvent.reduce((a, [, v]) => a + v, 0);
  return [
    `trace: ${s.spanMs.toFixed(0)} ms, main thread busy ${total.toFixed(0)} ms (${((100 * total) / Math.max(1, s.spanMs)).toFixed(0)}%)`,
    `main-thread busy per frame (ms, n=${s.busyPerFrame.length}): p50 ${pct(s.busyPerFrame, 50).toFixed(1)}, p95 ${pct(s.busyPerFrame, 95).toFixed(1)}, max ${Math.max(0, ...s.busyPerFrame).toFixed(1)}`,
    `main-thread frame interval (ms): p50 ${pct(s.frameIntervals, 50).toFixed(1)}, p95 ${pct(s.frameIntervals, 95).toFixed(1)}`,
    'self time by event (ms):',
    ...s.selfByEvent.slice(0, top).map(([k, v]) => `  ${v.toFixed(1).padStart(8)}  ${k}`),
    'script entry points by function (total ms):',
    ...s.callsByFunction.slice(0, top).map(([k, v]) => `  ${v.toFixed(1).padStart(8)}  ${k}`),
    `raster (ms, all workers): ${s.rasterByLayer.slice(0, 5).map(([k, v]) => `${k} ${v.toFixed(0)}`).join(', ') || 'none'}`,
    ...(s.invalidations.length ? ['invalidations (count):', ...s.invalidations.slice(0, top).map(([k, v]) => `  ${String(v).padStart(8)}  ${k}`)] : []),
  ].join('\n');
}

export { pct as percentile };
