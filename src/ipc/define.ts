/** Helpers to declare IPC channels once: a zod schema for the parameters (re-validated on the main side) and a result type. */
import type { z } from 'zod';

/** A request channel: its parameter schema and (phantom) result type. */
export interface RequestSpec<P extends z.ZodType, R> {
  readonly params: P;
  /** Never read: carries the result type. */
  readonly result?: R;
}

/** Declares a request channel: `request<Result>()(paramsSchema)` (curried so the schema type is inferred). */
export function request<R>() {
  return <P extends z.ZodType>(params: P): RequestSpec<P, R> => ({ params });
}

/** An event channel pushed from main to the renderer (payload type only). */
export interface EventSpec<T> {
  /** Never read: carries the payload type. */
  readonly payload?: T;
}

/** Declares an event channel with its payload type. */
export function event<T>(): EventSpec<T> {
  return {};
}
