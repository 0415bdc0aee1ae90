/** What-if: the blast radius of losing one failure domain (resource, AZ, region). */
import type { Design } from '../model';
import { factsOf } from './facts';
import { entryPoints } from './graph/analyze';
import { domainLabel, downFor } from './graph/down';
import { evalTarget, newCtx } from './graph/evaluate';
import type { EntryPointOutcome, FailureDomain, Takeover, WhatIfResult } from './types';

/** Simulates the loss of `domain`: what fails, what degrades, what takes over, which entry points stay up, and how long recovery takes. */
export function simulateFailure(design: Design, domain: FailureDomain): WhatIfResult {
  const f = factsOf(design);
  const down = downFor(f, domain);
  const failed = design.nodes.filter((n) => down.isDown(n.id)).map((n) => n.id);
  const lost = new Set(failed);
  const degraded = new Set<string>();
  const takeovers = new Map<string, Takeover>();
  const outcomes: EntryPointOutcome[] = [];
  let recovery: number | null = 0;
  for (const ep of entryPoints(f)) {
    const ctx = newCtx(f, down);
    const o = evalTarget(ctx, ep);
    for (const id of ctx.degraded) if (!lost.has(id)) degraded.add(id);
    for (const t of ctx.takeovers) takeovers.set(`${t.id}|${t.for}|${t.mechanism}`, t);
    outcomes.push({ id: ep.id, name: ep.name, up: o.ok, recoverySeconds: o.rto, ...(o.ok ? {} : { brokenPath: o.path, reason: o.reason ?? 'lost' }) });
    recovery = recovery === null || !o.ok || o.rto === null ? null : Math.max(recovery, o.rto);
  }
  if (down.asgLoss) degraded.add(down.asgLoss);
  return { domain, label: domainLabel(f, domain), failed, degraded: [...degraded], takingOver: [...takeovers.values()], entryPoints: outcomes, recoverySeconds: recovery };
}
