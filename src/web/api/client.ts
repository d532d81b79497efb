// The one way the web app talks to the server: same-origin cookies, the UI
// language in Accept-Language (the server translates its errors by it), JSON
// bodies, the CSRF token on every request that changes something, and every
// answer checked against the shared zod contracts.
import type { z } from 'zod';
import { apiErrorSchema } from '../../contracts/errors';
import { currentLocale, i18n } from '../i18n/i18n';
import { ApiRequestError } from './api-error';

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

let csrfToken: string | null = null;

/** Set from the login answer and from GET /api/auth/me; cleared at logout. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

interface RequestOptions {
  body?: unknown;
  /** A multipart form (a file upload); the browser sets its content type with the boundary. */
  form?: FormData;
  signal?: AbortSignal;
  /** Extra request headers, e.g. Idempotency-Key; they never replace the ones set here. */
  headers?: Readonly<Record<string, string>>;
}

async function send(method: Method, path: string, options: RequestOptions): Promise<Response> {
  const headers = new Headers(options.headers);
  headers.set('Accept', 'application/json');
  headers.set('Accept-Language', currentLocale());
  if (options.body !== undefined) headers.set('Content-Type', 'application/json');
  if (method !== 'GET' && csrfToken) headers.set('x-csrf-token', csrfToken);
  try {
    return await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      body: options.form ?? (options.body === undefined ? null : JSON.stringify(options.body)),
      signal: options.signal ?? null,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiRequestError(0, 'network', i18n.t('app:errors.network'));
  }
}

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  if (!text) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

async function failure(response: Response): Promise<ApiRequestError> {
  const parsed = apiErrorSchema.safeParse(await readJson(response));
  if (parsed.success) {
    const { code, message, fields } = parsed.data.error;
    return new ApiRequestError(response.status, code, message, fields ?? []);
  }
  return new ApiRequestError(response.status, 'unexpected', i18n.t('app:errors.unexpected'));
}

/** A request whose answer has a body; the body is parsed with `schema`. */
export async function apiJson<Schema extends z.ZodType>(
  method: Method,
  path: string,
  schema: Schema,
  options: RequestOptions = {},
): Promise<z.output<Schema>> {
  const response = await send(method, path, options);
  if (!response.ok) throw await failure(response);
  const parsed = schema.safeParse(await readJson(response));
  if (!parsed.success) {
    throw new ApiRequestError(response.status, 'invalid_response', i18n.t('app:errors.invalidResponse'));
  }
  return parsed.data;
}

/** A request answered with 204 No Content (or any body we do not need). */
export async function apiVoid(method: Method, path: string, options: RequestOptions = {}): Promise<void> {
  const response = await send(method, path, options);
  if (!response.ok) throw await failure(response);
}
