/** A field-level problem: `key` is a catalogue key in the `errors` namespace. */
export interface FieldProblem {
  path: string;
  key: string;
  params?: Record<string, unknown>;
}

/**
 * An error the client can act on. `key` is a catalogue key in the `errors`
 * namespace; the error handler translates it into the request's language.
 * Services throw it; they know nothing of HTTP beyond the status it maps to.
 */
export class AppError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: string,
    readonly key: string,
    readonly fields?: FieldProblem[],
    readonly params?: Record<string, unknown>,
  ) {
    super(code);
  }
}

export const notFound = () => new AppError(404, 'not_found', 'notFound');
export const forbidden = () => new AppError(403, 'forbidden', 'forbidden');
export const unauthenticated = () => new AppError(401, 'unauthenticated', 'unauthenticated');
export const conflict = (key = 'conflict', params?: Record<string, unknown>) =>
  new AppError(409, 'conflict', key, undefined, params);
export const badRequest = (fields: FieldProblem[]) => new AppError(400, 'bad_request', 'badRequest', fields);
