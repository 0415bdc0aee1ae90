/** The Sandbox clock: wall time plus a time scale that shrinks every lifecycle delay. */

/** Time source and scale shared by all services. */
export interface Clock {
  /** Milliseconds since the epoch (wall clock unless a test injects its own). */
  now(): number;
  /** Multiplier applied to every lifecycle delay (1 = realistic-but-short, 0.01 = tests). */
  readonly scale: number;
  /** The timestamp `baseMs` (scaled) from now. */
  after(baseMs: number): number;
}

/** A clock over `now` (defaults to Date.now) with the given time scale. */
export function createClock(scale = 1, now: () => number = Date.now): Clock {
  if (!(scale >= 0) || !Number.isFinite(scale)) throw new Error(`timeScale must be a finite number >= 0, got ${scale}`);
  return { now, scale, after: (baseMs) => now() + Math.round(baseMs * scale) };
}
