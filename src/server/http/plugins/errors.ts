import fp from 'fastify-plugin';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, type ZodFastifySchemaValidationError } from 'fastify-type-provider-zod';
import type { ApiError, FieldError } from '../../../contracts/errors.js';
import { AppError } from '../../app-error.js';

type Translate = FastifyRequest['t'];

/** Turns one zod issue, as fastify-type-provider-zod hands it over, into a catalogue message. */
export function translateIssue(t: Translate, issue: ZodFastifySchemaValidationError): string {
  const params = (issue.params ?? {}) as Record<string, unknown>;
  switch (issue.keyword) {
    case 'invalid_type':
      return /received undefined/.test(issue.message ?? '')
        ? t('validation.required')
        : t('validation.invalid_type');
    case 'too_small':
    case 'too_big': {
      const origin = String(params.origin ?? 'number');
      const kind = origin === 'string' || origin === 'array' ? origin : 'number';
      if (issue.keyword === 'too_small' && kind === 'string' && params.minimum === 1) return t('validation.required');
      return t(`validation.${issue.keyword}_${kind}`, {
        minimum: String(params.minimum ?? ''),
        maximum: String(params.maximum ?? ''),
      });
    }
    case 'invalid_format': {
      const format = String(params.format ?? '');
      if (format === 'date') return t('validation.invalid_date');
      if (format === 'uuid' || format === 'guid') return t('validation.invalid_uuid');
      if (format === 'email') return t('validation.invalid_email');
      return t('validation.invalid_format');
    }
    case 'invalid_value':
      return t('validation.invalid_value', {
        options: Array.isArray(params.values) ? params.values.join(', ') : '',
      });
    case 'unrecognized_keys':
      return t('validation.unrecognized_keys', {
        keys: Array.isArray(params.keys) ? params.keys.join(', ') : '',
      });
    case 'custom': {
      // Custom refinements carry a catalogue key as their message.
      const key = issue.message ?? '';
      return key && t(key, { defaultValue: '' }) ? t(key) : t('validation.other');
    }
    default:
      return t('validation.other');
  }
}

function pathOf(context: string | undefined, instancePath: string): string {
  const inner = instancePath.replace(/^\//, '').split('/').filter(Boolean).join('.');
  return [context ?? 'body', inner].filter(Boolean).join('.');
}

function send(reply: FastifyReply, status: number, body: ApiError) {
  return reply.status(status).type('application/json').send(body);
}

export const errorsPlugin = fp(async (app) => {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const t = request.t;
    if (hasZodFastifySchemaValidationErrors(error)) {
      const fields: FieldError[] = error.validation.map((issue) => ({
        path: pathOf(error.validationContext, issue.instancePath),
        message: translateIssue(t, issue),
      }));
      return send(reply, 400, { error: { code: 'bad_request', message: t('badRequest'), fields } });
    }
    if (error instanceof AppError) {
      const fields = error.fields?.map((f) => ({ path: f.path, message: t(f.key, f.params ?? {}) }));
      return send(reply, error.statusCode, {
        error: { code: error.code, message: t(error.key, error.params ?? {}), ...(fields ? { fields } : {}) },
      });
    }
    const status = error.statusCode ?? 500;
    if (status === 429) return send(reply, 429, { error: { code: 'rate_limited', message: t('rateLimited') } });
    if (status === 413) return send(reply, 413, { error: { code: 'payload_too_large', message: t('payloadTooLarge') } });
    if (status === 415)
      return send(reply, 415, { error: { code: 'unsupported_media_type', message: t('unsupportedMediaType') } });
    if (status >= 400 && status < 500) {
      // Malformed JSON, a bad header and the like: fastify's own 4xx errors.
      return send(reply, status, { error: { code: error.code?.toLowerCase() ?? 'bad_request', message: t('badRequest') } });
    }
    request.log.error({ err: error }, 'request failed');
    return send(reply, 500, { error: { code: 'internal', message: t('internal') } });
  });

  app.setNotFoundHandler((request, reply) =>
    send(reply, 404, { error: { code: 'not_found', message: request.t('notFound') } }),
  );
});
