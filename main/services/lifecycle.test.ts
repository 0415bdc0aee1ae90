import { describe, expect, it } from 'vitest';
import { disposers } from './lifecycle';

describe('disposers', () => {
  it('runs every cleanup once, newest first, even when one fails', async () => {
    const d = disposers();
    const order: string[] = [];
    d.add(() => void order.push('sandbox'));
    d.add(() => { throw new Error('boom'); });
    d.add(async () => void order.push('watch'));
    await Promise.all([d.run(), d.run()]);
    expect(order).toEqual(['watch', 'sandbox']);
  });

  it('runs a cleanup registered after the host closed right away', async () => {
    const d = disposers();
    await d.run();
    let ran = false;
    d.add(() => { ran = true; });
    await new Promise((r) => setTimeout(r, 0));
    expect(ran).toBe(true);
  });
});
