// Turning a request's reply envelope into a result or a thrown ApiError, the same for both transports.
import type { IpcError, IpcErrorCode, IpcReply } from '../src/ipc/reply';

/** A failed API request: the code and message from main (bad parameters carry the JSON path). */
export class ApiError extends Error {
  readonly code: IpcErrorCode;
  readonly path?: string;
  constructor(error: IpcError) {
    super(error.message);
    this.name = 'ApiError';
    this.code = error.code;
    if (error.path !== undefined) this.path = error.path;
  }
}

/** The result of a reply, or throws its error. */
export function unwrap<R>(reply: IpcReply): R {
  if (reply && typeof reply === 'object' && 'ok' in reply) {
    if (reply.ok) return reply.result as R;
    throw new ApiError(reply.error);
  }
  throw new ApiError({ code: 'failed', message: 'malformed reply from the host' });
}
