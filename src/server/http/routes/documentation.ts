import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  absenceReasonsSchema,
  contactWeekSchema,
  documentationUpdatedSchema,
  updateDocumentationSchema,
  weekQuerySchema,
} from '../../../contracts/attendance.js';
import { apiErrorSchema } from '../../../contracts/errors.js';
import type { Database } from '../../db/client.js';
import type { Clock } from '../../clock.js';
import { requireActor } from '../plugins/auth.js';
import { getContactWeek, listAbsenceReasons, updateDocumentation } from '../../services/absence-documentation.js';

const errors = { 400: apiErrorSchema, 401: apiErrorSchema, 403: apiErrorSchema, 404: apiErrorSchema };

export const documentationRoutes: FastifyPluginAsyncZod<{ database: Database; clock: Clock }> = async (app, { database, clock }) => {
  app.get(
    '/api/absence-reasons',
    { schema: { tags: ['attendance'], summary: 'The structured reasons for absence', response: { 200: absenceReasonsSchema, ...errors } } },
    async (request) => {
      requireActor(request);
      return listAbsenceReasons(database);
    },
  );

  app.get(
    '/api/my/contact-pupils/week',
    {
      schema: {
        tags: ['attendance'],
        summary: "The contact teacher's week: every absence and late arrival of their contact pupils",
        querystring: weekQuerySchema,
        response: { 200: contactWeekSchema, ...errors },
      },
    },
    async (request) => getContactWeek(database, clock, requireActor(request), request.query.date),
  );

  app.post(
    '/api/marks/documentation',
    {
      schema: {
        tags: ['attendance'],
        summary: 'Set documentation state and reason on several absences at once (contact teacher, leadership)',
        body: updateDocumentationSchema,
        response: { 200: documentationUpdatedSchema, ...errors },
      },
    },
    async (request) => updateDocumentation(database, clock, requireActor(request), request.body, request.ip),
  );
};
