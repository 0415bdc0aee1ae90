/** Polling with backoff and jitter until a resource is usable (or gone), bounded by a timeout and an abort signal. */

/** Timing of polls: first delay, cap, growth, deadline. */
export interface PollTiming {
  readonly initialMs: number;
  readonly maxMs: number;
  readonly timeoutMs: number;
}

/** Polls for the Sandbox (fast lifecycles) and for AWS. */
export const SANDBOX_POLL: PollTiming = { initialMs: 20, maxMs: 500, timeoutMs: 120_000 };
/** AWS: resources take seconds to minutes (RDS: tens of minutes). */
export const AWS_POLL: PollTiming = { initialMs: 2_000, maxMs: 15_000, timeoutMs: 45 * 60_000 };

/** Thrown when a wait runs out of time. */
export class WaitTimeout extends Error {
  readonly code = 'WaitTimeout';
}

/** Sleeps `ms`, rejecting early on abort. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason ?? new Error('aborted'));
    const t = setTimeout(() => { signal?.removeEventListener('abort', onAbort); resolve(); }, ms);
    const onAbort = () => { clearTimeout(t); reject(signal!.reason ?? new Error('aborted')); };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/** The n-th delay: grows ×1.5 up to the cap, with ±25 % jitter so parallel waits do not poll in lockstep. */
export function backoff(timing: PollTiming, attempt: number, random: () => number = Math.random): number {
  const base = Math.min(timing.maxMs, timing.initialMs * 1.5 ** attempt);
  return Math.round(base * (0.75 + random() * 0.5));
}

/**
 * Calls `check` until it returns a value other than undefined. `what` names the
 * wait in the timeout error. Errors from `check` propagate (a failed state is a failure).
 */
export async function pollUntil<T>(what: string, check: () => Promise<T | undefined>, timing: PollTiming, signal?: AbortSignal): Promise<T> {
  const deadline = Date.now() + timing.timeoutMs;
  for (let attempt = 0; ; attempt++) {
    const v = await check();
    if (v !== undefined) return v;
    if (Date.now() >= deadline) throw new WaitTimeout(`timed out after ${Math.round(timing.timeoutMs / 1000)} s waiting for ${what}`);
    await sleep(backoff(timing, attempt), signal);
  }
}
