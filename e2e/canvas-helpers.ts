// Helpers for the canvas browser tests: drag from the palette, drag nodes, read the design the app holds.
import type { Page } from 'playwright-core';

/** Centre of an element in page coordinates. */
export async function centre(page: Page, selector: string): Promise<{ x: number; y: number }> {
  const box = await page.locator(selector).first().boundingBox();
  if (!box) throw new Error(`${selector} is not visible`);
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** Drags a kind from the palette onto the canvas at a page point (HTML5 drag and drop, as a user's drop delivers it). */
export async function dropFromPalette(page: Page, kind: string, at: { x: number; y: number }): Promise<void> {
  await page.evaluate(({ kind, at }) => {
    const src = document.querySelector(`[data-testid="palette-${kind}"]`)!;
    const dt = new DataTransfer();
    src.dispatchEvent(new DragEvent('dragstart', { bubbles: true, dataTransfer: dt }));
    const target = document.elementFromPoint(at.x, at.y)!;
    const opts = { bubbles: true, cancelable: true, dataTransfer: dt, clientX: at.x, clientY: at.y };
    target.dispatchEvent(new DragEvent('dragenter', opts));
    target.dispatchEvent(new DragEvent('dragover', opts));
    target.dispatchEvent(new DragEvent('drop', opts));
    src.dispatchEvent(new DragEvent('dragend', { bubbles: true, dataTransfer: dt }));
  }, { kind, at });
}

/** A React Flow drag: mouse down, move in steps, up (dragTo() is too quick for its drag threshold). */
export async function mouseDrag(page: Page, from: { x: number; y: number }, to: { x: number; y: number }, steps = 12): Promise<void> {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x + 3, from.y + 3, { steps: 2 });
  await page.mouse.move(to.x, to.y, { steps });
  await page.mouse.up();
}

/** Ids of the nodes on the canvas, by kind. */
export async function nodeIds(page: Page, kind: string): Promise<string[]> {
  return page.locator(`.react-flow__node [data-kind="${kind}"]`).evaluateAll((els) => els.map((e) => (e.getAttribute('data-testid') ?? '').replace(/^node-/, '')));
}

/** Text of the last toast. */
export async function lastToast(page: Page): Promise<string> {
  const t = page.locator('[data-testid="toast"]').last();
  await t.waitFor({ timeout: 5000 });
  return (await t.textContent()) ?? '';
}
