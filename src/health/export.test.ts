import { describe, expect, it } from 'vitest';
import { timelineToJson, timelineToMarkdown } from './export';
import type { TimelineEntry } from './types';

const entries: TimelineEntry[] = [
  { id: '2', at: '2026-11-26T09:00:12.000Z', nodeId: 'db', kind: 'db-failover', severity: 'warning', title: 'db: primary failed over to us-east-1b', detail: 'AZ us-east-1a | down' },
  { id: '1', at: '2026-11-26T09:00:03.000Z', nodeId: 'web-1', kind: 'instance-impaired', severity: 'critical', title: 'web-1: down — instance stopped' },
  { id: '3', at: '2026-11-26T09:01:00.000Z', kind: 'fault-cleared', severity: 'info', title: 'fault cleared' },
];
const meta = { designId: 'shop', designName: 'Shop', exportedAt: '2026-11-26T10:00:00.000Z', nodeNames: { db: 'Orders DB', 'web-1': 'Web 1' }, target: 'Sandbox' };

describe('timelineToMarkdown', () => {
  it('writes a heading, the span and one row per entry oldest first, escaping table syntax', () => {
    const md = timelineToMarkdown(entries, meta);
    const rows = md.split('\n').filter((l) => l.startsWith('| 0'));
    expect(rows).toEqual([
      '| 09:00:03 | 🔴 critical | Web 1 (`web-1`) | web-1: down — instance stopped |',
      '| 09:00:12 | 🟠 warning | Orders DB (`db`) | db: primary failed over to us-east-1b — AZ us-east-1a \\| down |',
      '| 09:01:00 | ⚪ info | — | fault cleared |',
    ]);
    expect(md).toContain('# Incident timeline — Shop');
    expect(md).toContain('- Span: 2026-11-26T09:00:03.000Z → 2026-11-26T09:01:00.000Z (3 entries)');
    expect(md).toContain('- Target: Sandbox');
  });

  it('adds the date when the timeline spans midnight, and says when there is nothing', () => {
    const md = timelineToMarkdown([...entries, { ...entries[2]!, id: '4', at: '2026-11-27T00:00:01.000Z' }], meta);
    expect(md).toContain('| 2026-11-27 00:00:01 |');
    expect(timelineToMarkdown([], meta)).toContain('- No entries.');
  });
});

describe('timelineToJson', () => {
  it('writes a versioned document with entries oldest first and node names, which parses back', () => {
    const doc = JSON.parse(timelineToJson(entries, meta));
    expect(doc).toMatchObject({ format: 'ha-architect.timeline', version: 1, designId: 'shop', target: 'Sandbox' });
    expect(doc.entries.map((e: TimelineEntry) => e.id)).toEqual(['1', '2', '3']);
    expect(doc.entries[0]).toEqual({ ...entries[1], nodeName: 'Web 1' });
    expect('nodeName' in doc.entries[2]).toBe(false);
  });
});
