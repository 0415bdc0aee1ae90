// Gathers what the health monitor emits in one go (changes, edge flows, timeline entries) into one batch,
// delivered once the current task's synchronous emits are done.
import type { HealthBatch } from '../../src/ipc/channels/health';

type Parts = Omit<HealthBatch, 'designId'>;

/** A batcher: `add` parts as they come; `deliver` gets them merged once per turn of the event loop. */
export function batcher(deliver: (batch: Parts) => void): { add<K extends keyof Parts>(part: K, items: Parts[K]): void } {
  let pending: { changes: Parts['changes'][number][]; edges: Parts['edges'][number][]; entries: Parts['entries'][number][] } | undefined;
  return {
    add(part, items) {
      if (!items.length) return;
      if (!pending) {
        pending = { changes: [], edges: [], entries: [] };
        setImmediate(() => { const b = pending!; pending = undefined; deliver(b); });
      }
      (pending[part] as unknown[]).push(...items);
    },
  };
}
