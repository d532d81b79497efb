import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { retentionSettingsSchema, setRetentionSchema } from '../../../contracts/retention.js';
import { apiErrorSchema } from '../../../contracts/errors.js';
import type { Database } from '../../db/client.js';
import type { Clock } from '../../clock.js';
import { requireActor } from '../plugins/auth.js';
import { getOwnerRetention, setOwnerRetention } from '../../services/retention.js';

const errors = { 400: apiErrorSchema, 401: apiErrorSchema, 403: apiErrorSchema, 404: apiErrorSchema };

export const retentionRoutes: FastifyPluginAsyncZod<{ database: Database; clock: Clock }> = async (app, { database, clock }) => {
  app.get(
    '/api/owner/retention',
    {
      schema: {
        tags: ['retention'],
        summary: "How long the owner keeps each record type (docs/retention.md), for the administrator",
        response: { 200: retentionSettingsSchema, ...errors },
      },
    },
    async (request) => ({ settings: await getOwnerRetention(database, requireActor(request)) }),
  );

  app.put(
    '/api/owner/retention',
    {
      schema: {
        tags: ['retention'],
        summary: 'Set the months one record type is kept, within its bounds',
        body: setRetentionSchema,
        response: { 200: retentionSettingsSchema, ...errors },
      },
    },
    async (request) => ({
      settings: await setOwnerRetention(database, clock, requireActor(request), request.body.recordType, request.body.months),
    }),
  );
};
