import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { accessLogQuerySchema, accessLogSchema, auditLogPageSchema, auditLogQuerySchema } from '../../../contracts/audit-log.js';
import { apiErrorSchema } from '../../../contracts/errors.js';
import type { Database } from '../../db/client.js';
import type { Clock } from '../../clock.js';
import { requireActor, requireSecondFactor } from '../plugins/auth.js';
import { getPupilAccessLog, getSchoolAuditLog } from '../../services/audit-views.js';
import { exportPupil } from '../../services/pupil-export.js';

const errors = { 400: apiErrorSchema, 401: apiErrorSchema, 403: apiErrorSchema, 404: apiErrorSchema };

export const auditRoutes: FastifyPluginAsyncZod<{ database: Database; clock: Clock }> = async (app, { database, clock }) => {
  app.get(
    '/api/schools/:schoolId/audit-log',
    {
      schema: {
        tags: ['audit'],
        summary: "The school's audit log for its leadership: who read and changed what, by pupil, user and dates, newest first",
        params: z.object({ schoolId: z.uuid() }),
        querystring: auditLogQuerySchema,
        response: { 200: auditLogPageSchema, ...errors },
      },
    },
    async (request) =>
      getSchoolAuditLog(database, requireSecondFactor(request, { followUpData: true }), request.params.schoolId, request.query),
  );

  app.get(
    '/api/pupils/:pupilId/access-log',
    {
      schema: {
        tags: ['audit'],
        summary: '«Hvem har sett mappen»: who has opened the pupil\'s data, for the pupil and the guardians with parental responsibility',
        params: z.object({ pupilId: z.uuid() }),
        querystring: accessLogQuerySchema,
        response: { 200: accessLogSchema, ...errors },
      },
    },
    async (request) => getPupilAccessLog(database, clock, requireActor(request), request.params.pupilId, request.query.page),
  );

  app.get(
    '/api/pupils/:pupilId/export',
    {
      schema: {
        tags: ['audit'],
        summary: 'Everything stored about one pupil, as JSON, for an access request (innsyn); for the leadership, audited',
        params: z.object({ pupilId: z.uuid() }),
        response: {
          200: z.object({ exportedAt: z.string(), pupilId: z.uuid(), sections: z.record(z.string(), z.array(z.record(z.string(), z.unknown()))) }),
          ...errors,
        },
      },
    },
    async (request, reply) => {
      const body = await exportPupil(database, clock, requireSecondFactor(request, { followUpData: true }), request.params.pupilId);
      return reply
        .header('content-disposition', `attachment; filename="innsyn-${request.params.pupilId}.json"`)
        .header('cache-control', 'private, no-store')
        .send(body);
    },
  );
};
