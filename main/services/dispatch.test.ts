import { afterEach, describe, expect, it } from 'vitest';
import { REQUESTS } from '../../src/ipc/api';
import { dispatch } from './dispatch';
import { handlers } from './index';
import { testContext, type TestContext } from './test-context.test-util';
import type { HandlerMap } from './types';

let ctx: TestContext;
afterEach(() => ctx?.cleanup());

describe('dispatch', () => {
  it('has a handler for every declared request channel', () => {
    const missing = Object.keys(REQUESTS).filter((c) => typeof (handlers as Record<string, unknown>)[c] !== 'function');
    expect(missing).toEqual([]);
  });

  it('refuses an undeclared channel', async () => {
    ctx = await testContext();
    const reply = await dispatch(handlers, 'shell:exec', {}, ctx);
    expect(reply).toEqual({ ok: false, error: { code: 'unknown-channel', message: 'unknown request channel "shell:exec"' } });
  });

  it('re-validates parameters and names the first bad one by JSON path', async () => {
    ctx = await testContext();
    const reply = await dispatch(handlers, 'template:read', { id: '../../etc/passwd' }, ctx);
    expect(reply.ok).toBe(false);
    if (reply.ok) return;
    expect(reply.error.code).toBe('bad-params');
    expect(reply.error.path).toBe('$.id');
    expect(reply.error.message).toContain('template:read');
    for (const bad of [null, 'x', 42, [], { path: 7 }]) {
      const r = await dispatch(handlers, 'file:open', bad, ctx);
      expect(r.ok ? 'ok' : r.error.code).toBe('bad-params');
    }
  });

  it('turns a throwing handler into an error reply', async () => {
    ctx = await testContext();
    const boom = { ...handlers, 'app:info': () => { throw new Error('disk on fire'); } } as HandlerMap;
    expect(await dispatch(boom, 'app:info', {}, ctx)).toEqual({ ok: false, error: { code: 'failed', message: 'app:info: disk on fire' } });
  });

  it('refuses a result that is not plain data (a Date would not survive JSON)', async () => {
    ctx = await testContext();
    const dated = { ...handlers, 'app:info': () => ({ version: new Date() }) } as unknown as HandlerMap;
    const reply = await dispatch(dated, 'app:info', {}, ctx);
    expect(reply.ok ? null : reply.error.message).toBe('app:info: handler returned non-plain data at $.version');
  });

  it('runs a valid request', async () => {
    ctx = await testContext();
    const reply = await dispatch(handlers, 'app:info', {}, ctx);
    expect(reply).toEqual({ ok: true, result: { version: '0.0.0-test', host: 'web', platform: process.platform, nativeDialogs: false } });
  });
});
