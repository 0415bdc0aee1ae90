import fs from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RequestChannel, RequestParams, RequestResult } from '../../src/ipc/api';
import { dispatch } from './dispatch';
import { handlers } from './index';
import { testContext, validDesignText, type TestContext } from './test-context.test-util';
import type { Dialogs } from './types';

let ctx: TestContext;
beforeEach(async () => { ctx = await testContext(); });
afterEach(() => ctx.cleanup());

/** Calls a channel as a transport would and returns its result (throws on an error reply). */
async function call<C extends RequestChannel>(channel: C, params: RequestParams<C>, c: TestContext = ctx): Promise<RequestResult<C>> {
  const reply = await dispatch(handlers, channel, params, c);
  if (!reply.ok) throw new Error(reply.error.message);
  return reply.result as RequestResult<C>;
}

describe('file services', () => {
  it('saves atomically, keeps the previous version as .bak, and remembers the file', async () => {
    const file = path.join(ctx.dir, 'shop.ha.json');
    expect(await call('file:save', { path: file, text: validDesignText('One') })).toEqual({ ok: true, path: file });
    expect(await call('file:save', { path: file, text: validDesignText('Two') })).toEqual({ ok: true, path: file });
    expect(await fs.readFile(file, 'utf8')).toBe(validDesignText('Two'));
    expect(await fs.readFile(file + '.bak', 'utf8')).toBe(validDesignText('One'));
    expect(await call('file:recent', {})).toEqual([file]);
    expect(ctx.events).toContainEqual({ channel: 'file:recent-changed', payload: [file] });
  });

  it('never overwrites a file with an invalid design', async () => {
    const file = path.join(ctx.dir, 'shop.ha.json');
    await fs.writeFile(file, validDesignText('Keep me'));
    const r = await call('file:save', { path: file, text: '{"schemaVersion":1,"id":"x","name":"","nodes":[],"edges":[]}' });
    expect(r).toEqual({ ok: false, error: expect.stringMatching(/^not saved, the design is invalid at \$\.name/) });
    expect(await fs.readFile(file, 'utf8')).toBe(validDesignText('Keep me'));
    expect(await fs.readdir(ctx.dir)).toEqual(['shop.ha.json']);
  });

  it('refuses to save a design too big to open again', async () => {
    const design = JSON.parse(validDesignText());
    design.description = 'x'.repeat(9000);
    design.nodes = Array.from({ length: 2400 }, (_, i) => ({ id: `g${i}`, kind: 'generic', name: 'n'.repeat(255), notes: 'y'.repeat(9000), position: { x: i, y: 0 } }));
    const text = JSON.stringify(design);
    expect(text.length).toBeGreaterThan(20 * 1024 * 1024);
    const file = path.join(ctx.dir, 'big.ha.json');
    expect(await call('file:save', { path: file, text })).toEqual({ ok: false, error: expect.stringMatching(/limit is 20 MB/) });
    await expect(fs.stat(file)).rejects.toThrow();
  });

  it('refuses to save over a device, into a missing folder, or to a relative path', async () => {
    const link = path.join(ctx.dir, 'null.ha.json');
    await fs.symlink('/dev/null', link);
    for (const p of [link, path.join(ctx.dir, 'no', 'x.ha.json'), 'x.ha.json']) {
      const r = await call('file:save', { path: p, text: validDesignText() });
      expect(r.ok, p).toBe(false);
    }
  });

  it('saves through a symlink into the file it points at', async () => {
    const real = path.join(ctx.dir, 'real.ha.json');
    await fs.writeFile(real, validDesignText('Old'));
    await fs.symlink(real, path.join(ctx.dir, 'link.ha.json'));
    await call('file:save', { path: path.join(ctx.dir, 'link.ha.json'), text: validDesignText('New') });
    expect((await fs.lstat(path.join(ctx.dir, 'link.ha.json'))).isSymbolicLink()).toBe(true);
    expect(await fs.readFile(real, 'utf8')).toBe(validDesignText('New'));
  });

  it('opens by path and lists it first in recent files; a bad file is not remembered', async () => {
    const a = path.join(ctx.dir, 'a.ha.json');
    const b = path.join(ctx.dir, 'b.ha.json');
    await fs.writeFile(a, validDesignText('A'));
    await fs.writeFile(b, validDesignText('B'));
    await call('file:open', { path: a });
    await call('file:open', { path: b });
    await call('file:open', { path: a });
    expect(await call('file:recent', {})).toEqual([a, b]);
    await fs.writeFile(path.join(ctx.dir, 'bad.ha.json'), '{');
    const bad = await call('file:open', { path: path.join(ctx.dir, 'bad.ha.json') });
    expect(bad.ok).toBe(false);
    expect(await call('file:recent', {})).toEqual([a, b]);
  });

  it('asks the native dialog when no path is given, and reports a cancel', async () => {
    const file = path.join(ctx.dir, 'picked.ha.json');
    await fs.writeFile(file, validDesignText());
    let answer: string | null = file;
    const dialogs: Dialogs = { openDesign: async () => answer, saveDesign: async () => answer, saveImage: async () => answer };
    const withDialogs = await testContext(dialogs);
    try {
      expect(await call('file:open', {}, withDialogs)).toMatchObject({ ok: true, path: file });
      answer = null;
      expect(await call('file:open', {}, withDialogs)).toEqual({ ok: false, canceled: true });
      expect(await call('file:save', { text: validDesignText() }, withDialogs)).toEqual({ ok: false, canceled: true });
    } finally {
      await withDialogs.cleanup();
    }
    expect(await call('file:open', {})).toMatchObject({ ok: false, problem: { message: expect.stringMatching(/no file dialog/) } });
  });

  it('round-trips the autosave recovery copy and discards it', async () => {
    expect(await call('file:recovery', {})).toBeNull();
    await call('file:autosave', { key: '/x/shop.ha.json', text: 'draft 1' });
    await call('file:autosave', { key: '/x/shop.ha.json', text: 'draft 2' });
    const copy = await call('file:recovery', {});
    expect(copy).toMatchObject({ key: '/x/shop.ha.json', text: 'draft 2' });
    expect(Number.isNaN(Date.parse(copy!.savedAt))).toBe(false);
    expect(await call('file:discard-recovery', {})).toEqual({ ok: true });
    expect(await call('file:recovery', {})).toBeNull();
    expect(await call('file:discard-recovery', {})).toEqual({ ok: false });
  });

  it('lists and reads the shipped templates', async () => {
    const list = await call('template:list', {});
    expect(list.map((t) => t.id)).toEqual(expect.arrayContaining(['ecommerce-ha', 'multi-region-active-active', 'fragile-starter']));
    for (const t of list) expect(t.name.length).toBeGreaterThan(0);
    const { text } = await call('template:read', { id: 'ecommerce-ha' });
    expect(JSON.parse(text).name).toBe(list.find((t) => t.id === 'ecommerce-ha')!.name);
    await expect(call('template:read', { id: 'no-such-template' })).rejects.toThrow(/no template "no-such-template"/);
  });

  it('lists a folder: folders first, then .json files, hidden entries left out', async () => {
    await fs.mkdir(path.join(ctx.dir, 'designs'));
    await fs.writeFile(path.join(ctx.dir, 'b.ha.json'), '{}');
    await fs.writeFile(path.join(ctx.dir, 'notes.txt'), '');
    await fs.writeFile(path.join(ctx.dir, '.hidden.json'), '');
    const listing = await call('file:list-dir', { path: ctx.dir });
    expect(listing.path).toBe(ctx.dir);
    expect(listing.parent).toBe(path.dirname(ctx.dir));
    expect(listing.entries.map((e) => `${e.kind}:${e.name}`)).toEqual(['dir:designs', 'file:b.ha.json']);
    await expect(call('file:list-dir', { path: 'relative' })).rejects.toThrow(/not an absolute path/);
  });

  it('exports PNG and SVG only when the data is that image', async () => {
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from('rest')]);
    const pngFile = path.join(ctx.dir, 'd.png');
    expect(await call('file:export-image', { format: 'png', data: png.toString('base64'), suggestedName: 'd.png', path: pngFile })).toEqual({ ok: true, path: pngFile });
    expect((await fs.readFile(pngFile)).equals(png)).toBe(true);
    const svgFile = path.join(ctx.dir, 'd.svg');
    expect((await call('file:export-image', { format: 'svg', data: '<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"/>', suggestedName: 'd.svg', path: svgFile })).ok).toBe(true);
    const r = await call('file:export-image', { format: 'png', data: Buffer.from('<html>').toString('base64'), suggestedName: 'x.png', path: path.join(ctx.dir, 'x.png') });
    expect(r).toEqual({ ok: false, error: expect.stringMatching(/not a PNG/) });
    expect((await call('file:export-image', { format: 'svg', data: '<script>alert(1)</script>', suggestedName: 'x.svg', path: path.join(ctx.dir, 'x.svg') })).ok).toBe(false);
    await expect(fs.stat(path.join(ctx.dir, 'x.png'))).rejects.toThrow();
  });
});
