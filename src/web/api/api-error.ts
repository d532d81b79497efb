import type { FieldError } from '../../contracts/errors';

/**
 * A request that did not succeed. `message` is for the user: the server's
 * translated message, or one of the app's own when the server never answered.
 */
export class ApiRequestError extends Error {
  readonly status: number;
  readonly code: string;
  readonly fields: readonly FieldError[];

  constructor(status: number, code: string, message: string, fields: readonly FieldError[] = []) {
    super(message);
    this.name = 'ApiRequestError';
    this.status = status;
    this.code = code;
    this.fields = fields;
  }
}

export function isApiRequestError(error: unknown): error is ApiRequestError {
  return error instanceof ApiRequestError;
}

/**
 * The field messages keyed by input name: "body.email" → "email".
 * Only the request part given (body by default) is kept.
 */
export function fieldMessages(error: unknown, part: 'body' | 'query' | 'params' = 'body'): Record<string, string> {
  if (!isApiRequestError(error)) return {};
  const byName: Record<string, string> = {};
  for (const field of error.fields) {
    const [first, ...rest] = field.path.split('.');
    if (first !== part || rest.length === 0) continue;
    const name = rest.join('.');
    byName[name] ??= field.message;
  }
  return byName;
}
