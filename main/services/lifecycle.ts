// Cleanup when a host stops: services with running work (a health watch, the embedded Sandbox)
// register it through ctx.onClose, and the host runs it all once, newest first, on close / quit.

/** A list of cleanups run once, in reverse order of registration; a failing cleanup does not stop the others. */
export interface Disposers {
  add(dispose: () => void | Promise<void>): void;
  run(): Promise<void>;
}

/** Creates an empty list of cleanups. */
export function disposers(): Disposers {
  const list: (() => void | Promise<void>)[] = [];
  let done: Promise<void> | null = null;
  return {
    add: (dispose) => {
      if (done) void Promise.resolve().then(dispose).catch(() => undefined);
      else list.push(dispose);
    },
    run: () => {
      done ??= (async () => {
        for (const dispose of list.reverse()) {
          try { await dispose(); } catch (err) { console.error('cleanup failed:', err); }
        }
      })();
      return done;
    },
  };
}
