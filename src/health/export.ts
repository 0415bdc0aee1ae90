/** Export of an incident timeline as Markdown (for the post-mortem) and JSON (for tools). Pure. */
import type { TimelineEntry } from './types';

/** What the export says about where the timeline comes from. */
export interface TimelineExportMeta {
  readonly designId: string;
  readonly designName: string;
  /** ISO time of the export. */
  readonly exportedAt: string;
  /** Node names by id, so entries read "web-1 (i-…)" rather than ids alone. */
  readonly nodeNames?: Readonly<Record<string, string>>;
  /** "Sandbox" or "AWS us-east-1 (profile prod)". */
  readonly target?: string;
}

/** The JSON export format, version 1. */
export interface TimelineExportJson {
  readonly format: 'ha-architect.timeline';
  readonly version: 1;
  readonly designId: string;
  readonly designName: string;
  readonly exportedAt: string;
  readonly target?: string;
  readonly entries: readonly (TimelineEntry & { readonly nodeName?: string })[];
}

const cell = (s: string): string => s.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');

/** `HH:MM:SS` in UTC, plus the date when the timeline spans several days. */
function clock(iso: string, withDate: boolean): string {
  const t = iso.slice(11, 19);
  return withDate ? `${iso.slice(0, 10)} ${t}` : t;
}

const ICON: Record<TimelineEntry['severity'], string> = { critical: '🔴 critical', warning: '🟠 warning', info: '⚪ info', recovery: '🟢 recovery' };

/** The timeline as a Markdown document: a heading, the time span, and one table row per entry (oldest first). */
export function timelineToMarkdown(entries: readonly TimelineEntry[], meta: TimelineExportMeta): string {
  const sorted = [...entries].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  const first = sorted[0]?.at;
  const last = sorted.at(-1)?.at;
  const multiDay = first !== undefined && first.slice(0, 10) !== last!.slice(0, 10);
  const lines = [
    `# Incident timeline — ${cell(meta.designName)}`,
    '',
    `- Design: \`${meta.designId}\``,
    ...(meta.target ? [`- Target: ${cell(meta.target)}`] : []),
    `- Exported: ${meta.exportedAt}`,
    first ? `- Span: ${first} → ${last} (${sorted.length} entr${sorted.length === 1 ? 'y' : 'ies'})` : '- No entries.',
    '',
  ];
  if (sorted.length) {
    lines.push(`| Time (UTC) | Severity | Node | Event |`, `|---|---|---|---|`);
    for (const e of sorted) {
      const node = e.nodeId ? `${cell(meta.nodeNames?.[e.nodeId] ?? e.nodeId)} (\`${e.nodeId}\`)` : '—';
      const text = e.detail ? `${cell(e.title)} — ${cell(e.detail)}` : cell(e.title);
      lines.push(`| ${clock(e.at, multiDay)} | ${ICON[e.severity]} | ${node} | ${text} |`);
    }
    lines.push('');
  }
  return lines.join('\n');
}

/** The timeline as a JSON document (stable key order as declared, 2-space indent, trailing newline). */
export function timelineToJson(entries: readonly TimelineEntry[], meta: TimelineExportMeta): string {
  const sorted = [...entries].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  const doc: TimelineExportJson = {
    format: 'ha-architect.timeline', version: 1,
    designId: meta.designId, designName: meta.designName, exportedAt: meta.exportedAt,
    ...(meta.target ? { target: meta.target } : {}),
    entries: sorted.map((e) => {
      const nodeName = e.nodeId ? meta.nodeNames?.[e.nodeId] : undefined;
      return { ...e, ...(nodeName ? { nodeName } : {}) };
    }),
  };
  return JSON.stringify(doc, null, 2) + '\n';
}
