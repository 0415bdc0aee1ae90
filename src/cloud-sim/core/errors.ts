/** Coded AWS errors: thrown by handlers, rendered by the protocol of the service that threw them. */

/** An AWS API error with its wire code, HTTP status and fault side (Sender = client, Receiver = server). */
export class AwsError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly status = 400,
    readonly type: 'Sender' | 'Receiver' = status >= 500 ? 'Receiver' : 'Sender',
  ) {
    super(message);
    this.name = code;
  }
}

/** Shorthand for a 400 Sender error. */
export const invalid = (code: string, message: string): AwsError => new AwsError(code, message, 400);

/** MissingParameter for a required request field. */
export const missing = (name: string): AwsError =>
  new AwsError('MissingParameter', `The request must contain the parameter ${name}`, 400);

/** InvalidParameterValue naming the field and what was expected. */
export const badValue = (name: string, value: unknown, expected: string): AwsError =>
  new AwsError('InvalidParameterValue', `Value (${String(value)}) for parameter ${name} is invalid. Expected ${expected}.`, 400);

/** `<Kind>.NotFound`-style error for EC2 and friends. */
export const notFound = (code: string, id: string, what = 'ID'): AwsError =>
  new AwsError(code, `The ${what} '${id}' does not exist`, 400);
