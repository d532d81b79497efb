import type { FieldError } from '../contracts/errors.js';

/**
 * An error the client can act on. `key` is a catalogue key in the `errors`
 * namespace; the error handler translates it into the request's language.
 */
export class AppError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: string,
    readonly key: string,
    readonly fields?: { path: string; key: string; params?: Record<string, unknown> }[],
  ) {
    super(code);
  }
}

export const notFound = () => new AppError(404, 'not_found', 'notFound');
export const forbidden = () => new AppError(403, 'forbidden', 'forbidden');
export const unauthenticated = () => new AppError(401, 'unauthenticated', 'unauthenticated');
export const conflict = (key = 'conflict') => new AppError(409, 'conflict', key);
export const badRequest = (fields: { path: string; key: string; params?: Record<string, unknown> }[]) =>
  new AppError(400, 'bad_request', 'badRequest', fields);

export type TranslatedFieldError = FieldError;
