/**
 * A retry strategy with a configurable backoff, for the Sandbox: its time runs
 * scaled down, so the SDK's AWS-sized delays (up to 20 s) would only slow tests
 * and benchmarks. Real AWS targets keep the SDK's adaptive mode.
 */
import type { RetryErrorInfo, RetryStrategyV2, RetryToken } from '@smithy/types';

const token = (count: number): RetryToken => ({ getRetryCount: () => count, getRetryDelay: () => 0 });

/** Exponential backoff with full jitter; retries throttling, transient and server errors only. */
export class BackoffRetryStrategy implements RetryStrategyV2 {
  readonly mode = 'standard';
  constructor(readonly maxAttempts: number, readonly baseMs: number, readonly capMs: number) {}

  /** The first attempt needs no token. */
  async acquireInitialRetryToken(): Promise<RetryToken> {
    return token(0);
  }

  /** Sleeps and allows one more attempt, or rethrows the error. */
  async refreshRetryTokenForRetry(previous: RetryToken, info: RetryErrorInfo): Promise<RetryToken> {
    const next = previous.getRetryCount() + 1;
    if (next >= this.maxAttempts || info.errorType === 'CLIENT_ERROR') throw info.error ?? new Error('not retryable');
    const ceiling = Math.min(this.capMs, this.baseMs * 2 ** next);
    await new Promise((r) => setTimeout(r, ceiling / 2 + Math.random() * (ceiling / 2)));
    return token(next);
  }

  /** Nothing to record: no shared retry budget. */
  recordSuccess(): void {}
}
