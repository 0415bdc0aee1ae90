import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testContext, validDesignText, type TestContext } from '../test-context.test-util';
import { MAX_DESIGN_BYTES, readDesignFile } from './read';

let ctx: TestContext;
beforeEach(async () => { ctx = await testContext(); });
afterEach(() => ctx.cleanup());

async function fingerprint(file: string): Promise<string> {
  const st = await fs.lstat(file);
  return `${createHash('sha256').update(await fs.readFile(file)).digest('hex')} ${st.mtimeMs} ${st.size}`;
}

/** Opens `content` written to a file and checks the file is untouched afterwards. */
async function openBad(name: string, content: string | Buffer) {
  const file = path.join(ctx.dir, name);
  await fs.writeFile(file, content);
  const before = await fingerprint(file);
  const result = await readDesignFile(file);
  expect(await fingerprint(file)).toBe(before);
  expect(result.ok).toBe(false);
  if (result.ok || 'canceled' in result) throw new Error('expected a problem');
  expect(result.path).toBe(file);
  return result.problem;
}

describe('readDesignFile', () => {
  it('opens a valid design', async () => {
    const file = path.join(ctx.dir, 'ok.ha.json');
    await fs.writeFile(file, validDesignText());
    expect(await readDesignFile(file)).toEqual({ ok: true, path: file, text: validDesignText() });
  });

  it('reports bad JSON with its line, leaving the file alone', async () => {
    const problem = await openBad('bad.ha.json', '{\n  "schemaVersion": 1,\n  "id": oops\n}\n');
    expect(problem.path).toBe('$');
    expect(problem.message).toMatch(/not valid JSON/);
    expect(problem.line).toBe(3);
  });

  it('reports a schema problem by JSON path', async () => {
    const design = JSON.parse(validDesignText());
    design.nodes = [{ id: 'r1', kind: 'region', name: 'R', region: 'us-east-1', position: { x: 0, y: 0 } }, { id: 'v', kind: 'vpc', name: 'V', parent: 'r1', position: 'left' }];
    const problem = await openBad('schema.ha.json', JSON.stringify(design));
    expect(problem.path).toMatch(/^\$\.nodes\[1\]/);
  });

  it('reports a wrong top-level type and an unknown schema version', async () => {
    expect((await openBad('arr.ha.json', '[]')).message).toMatch(/JSON object/);
    expect((await openBad('v.ha.json', JSON.stringify({ ...JSON.parse(validDesignText()), schemaVersion: 99 }))).path).toBe('$.schemaVersion');
  });

  it('refuses binary and non-UTF-8 files', async () => {
    expect((await openBad('bin.ha.json', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2]))).message).toMatch(/binary file/);
    expect((await openBad('latin1.ha.json', Buffer.from([0x7b, 0xe9, 0x7d]))).message).toMatch(/not UTF-8/);
  });

  it('refuses a file over the size limit without reading it', async () => {
    const file = path.join(ctx.dir, 'huge.ha.json');
    const fh = await fs.open(file, 'w');
    await fh.truncate(MAX_DESIGN_BYTES + 1);
    await fh.close();
    const before = await fingerprint(file);
    const r = await readDesignFile(file);
    expect(r.ok ? '' : 'problem' in r ? r.problem.message : '').toMatch(/limit is 20 MB/);
    expect(await fingerprint(file)).toBe(before);
  });

  it('refuses relative paths (traversal), NUL bytes, folders, devices behind symlinks and FIFOs', async () => {
    const msg = async (p: string) => { const r = await readDesignFile(p); return r.ok || !('problem' in r) ? 'opened' : r.problem.message; };
    expect(await msg('../../etc/passwd')).toMatch(/not an absolute path/);
    expect(await msg(path.join(ctx.dir, 'a\0b'))).toMatch(/NUL/);
    expect(await msg(ctx.dir)).toMatch(/not a regular file/);
    expect(await msg(path.join(ctx.dir, 'nope.ha.json'))).toMatch(/no such file/);
    const link = path.join(ctx.dir, 'zero.ha.json');
    await fs.symlink('/dev/zero', link);
    expect(await msg(link)).toMatch(/not a regular file/);
    const fifo = path.join(ctx.dir, 'pipe.ha.json');
    execFileSync('mkfifo', [fifo]);
    expect(await msg(fifo)).toMatch(/not a regular file/);
  });

  it('follows a symlink to a regular design file', async () => {
    const real = path.join(ctx.dir, 'real.ha.json');
    await fs.writeFile(real, validDesignText());
    await fs.symlink(real, path.join(ctx.dir, 'link.ha.json'));
    expect((await readDesignFile(path.join(ctx.dir, 'link.ha.json'))).ok).toBe(true);
  });
});
