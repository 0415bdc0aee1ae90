import { appendFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Journal, readJournal } from './journal';

const dir = mkdtempSync(join(tmpdir(), 'ha-journal-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const at = '2026-11-26T09:00:00.000Z';

describe('journal', () => {
  it('finds an unfinished run (ignoring a torn last line) with what it did', () => {
    const path = join(dir, 'a.jsonl');
    const j = new Journal(path);
    j.append({ t: 'begin', run: 'g1', mode: 'apply', design: 'd', target: 'Sandbox', at, ops: 3 });
    j.append({ t: 'start', run: 'g1', key: 'create:vpc', at });
    j.append({ t: 'done', run: 'g1', key: 'create:vpc', at, id: 'vpc-1', region: 'us-east-1', kind: 'vpc', node: 'vpc' });
    j.append({ t: 'end', run: 'g1', at, status: 'ok', known: ['vpc'], regions: ['us-east-1'] });
    j.append({ t: 'begin', run: 'g2', mode: 'apply', design: 'd', target: 'Sandbox', at, ops: 2 });
    j.append({ t: 'done', run: 'g2', key: 'create:subnet', at, id: 'subnet-1', region: 'eu-west-1', kind: 'subnet', node: 'subnet' });
    j.close();
    appendFileSync(path, '{"t":"done","run":"g2","key":"cre');
    const s = readJournal(path);
    expect(s.unfinished).toEqual({ run: 'g2', mode: 'apply', done: new Set(['create:subnet']) });
    expect([...s.known].sort()).toEqual(['subnet', 'vpc']);
    expect([...s.regions].sort()).toEqual(['eu-west-1', 'us-east-1']);
    expect(s.created).toEqual([{ node: 'subnet', id: 'subnet-1', kind: 'subnet', region: 'eu-west-1' }]);
  });

  it('forgets deleted nodes and holds no secret-looking fields', () => {
    const path = join(dir, 'b.jsonl');
    const j = new Journal(path);
    j.append({ t: 'begin', run: 'g1', mode: 'destroy', design: 'd', target: 'Sandbox', at, ops: 1 });
    j.append({ t: 'done', run: 'g1', key: 'delete:vpc:vpc-1', at, id: 'vpc-1', region: 'us-east-1', kind: 'vpc', node: 'vpc' });
    j.append({ t: 'end', run: 'g1', at, status: 'ok', known: [], regions: ['us-east-1'] });
    j.close();
    const s = readJournal(path);
    expect(s.unfinished).toBeUndefined();
    expect(s.known.size).toBe(0);
    expect(readFileSync(path, 'utf8')).not.toMatch(/secret|password|AccessKey/i);
  });

  it('reads a missing journal as empty', () => {
    expect(readJournal(join(dir, 'none.jsonl'))).toEqual({ known: new Set(), regions: new Set(), created: [] });
  });
});
