/** Plain-text rendering of a validation result and a what-if, for the terminal. */
import { formatSeconds } from './estimates';
import type { Severity, Takeover, ValidationResult, WhatIfResult } from './types';

const ORDER: readonly Severity[] = ['error', 'warning', 'info'];

/** Findings grouped by severity, then the estimates. */
export function formatText(result: ValidationResult, title: string): string {
  const lines: string[] = [];
  const counts = ORDER.map((s) => `${result.findings.filter((f) => f.severity === s).length} ${s}${s === 'info' ? '' : 's'}`);
  lines.push(`${title}: ${counts.join(', ')}`, '');
  for (const sev of ORDER) {
    const group = result.findings.filter((f) => f.severity === sev);
    if (!group.length) continue;
    lines.push(`${sev.toUpperCase()}S`);
    for (const f of group) {
      lines.push(`  [${f.rule}] ${f.message}`, `      fix: ${f.fix}`, `      resources: ${f.resources.join(', ')}`);
      if (f.references?.length) lines.push(`      see: ${f.references.join('; ')}`);
    }
    lines.push('');
  }
  const e = result.estimates;
  lines.push('ESTIMATES');
  if (!e.entryPoints.length) lines.push('  no entry point (internet-facing load balancer or DNS record) to estimate');
  for (const ep of e.entryPoints) {
    lines.push(`  ${ep.name} (${ep.id}): availability ${ep.availabilityPercent}% (~${ep.downtimeMinutesPerMonth} min/month down)`);
    lines.push(`      RTO instance ${formatSeconds(ep.rtoSeconds.instance)}, AZ ${formatSeconds(ep.rtoSeconds.az)}, region ${formatSeconds(ep.rtoSeconds.region)}; `
      + `RPO instance ${formatSeconds(ep.rpoSeconds.instance)}, AZ ${formatSeconds(ep.rpoSeconds.az)}, region ${formatSeconds(ep.rpoSeconds.region)}`);
  }
  lines.push('  assumptions:', ...e.assumptions.map((a) => `    - ${a}`), '');
  return lines.join('\n');
}

// A node recovering by itself (Multi-AZ standby, auto scaling) is named once: "db: Multi-AZ standby in us-east-1b takes over …".
function takeoverText(t: Takeover): string {
  if (t.id === t.for) return `${t.for}: ${t.mechanism} (${formatSeconds(t.seconds)})`;
  return `${t.id} takes over for ${t.for} (${t.mechanism}, ${formatSeconds(t.seconds)})`;
}

/** The blast radius of one simulated failure. */
export function formatWhatIf(w: WhatIfResult): string {
  const lines = [`WHAT IF: lose ${w.label}`];
  lines.push(`  failed: ${w.failed.join(', ') || 'nothing'}`);
  lines.push(`  degraded: ${w.degraded.join(', ') || 'nothing'}`);
  lines.push(`  taking over: ${w.takingOver.map(takeoverText).join('; ') || 'nothing'}`);
  for (const ep of w.entryPoints) {
    lines.push(ep.up
      ? `  UP   ${ep.name} (${ep.id})${ep.recoverySeconds ? `, back to normal in ${formatSeconds(ep.recoverySeconds)}` : ''}`
      : `  DOWN ${ep.name} (${ep.id}): ${ep.brokenPath?.join(' → ')} — ${ep.reason}${ep.recoverySeconds !== null ? ` (manual recovery ~${formatSeconds(ep.recoverySeconds)})` : ''}`);
  }
  lines.push(`  recovery: ${formatSeconds(w.recoverySeconds)}`, '');
  return lines.join('\n');
}
