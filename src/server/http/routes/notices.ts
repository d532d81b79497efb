import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  createNoticeSchema,
  decideLeaveSchema,
  leaveRequestsQuerySchema,
  myNoticesSchema,
  noticeListSchema,
  noticeSchema,
} from '../../../contracts/notices.js';
import { apiErrorSchema } from '../../../contracts/errors.js';
import type { Database } from '../../db/client.js';
import type { Clock } from '../../clock.js';
import { requireActor } from '../plugins/auth.js';
import { createNotice, decideLeave, getMyNotices, listLeaveRequests, withdrawNotice } from '../../services/notices.js';

const errors = { 400: apiErrorSchema, 401: apiErrorSchema, 403: apiErrorSchema, 404: apiErrorSchema, 409: apiErrorSchema };
const noticeParams = z.object({ noticeId: z.uuid() });

export const noticeRoutes: FastifyPluginAsyncZod<{ database: Database; clock: Clock }> = async (app, { database, clock }) => {
  app.get(
    '/api/my/notices',
    {
      schema: {
        tags: ['notices'],
        summary: 'For a guardian or an adult pupil: whom they report for, and the notices sent',
        response: { 200: myNoticesSchema, ...errors },
      },
    },
    async (request) => getMyNotices(database, clock, requireActor(request)),
  );

  app.post(
    '/api/notices',
    {
      schema: {
        tags: ['notices'],
        summary: 'Report absence for today or days to come, or ask for leave (permisjon)',
        body: createNoticeSchema,
        response: { 201: noticeSchema, ...errors },
      },
    },
    async (request, reply) => reply.status(201).send(await createNotice(database, clock, requireActor(request), request.body)),
  );

  app.post(
    '/api/notices/:noticeId/withdraw',
    {
      schema: { tags: ['notices'], summary: 'Withdraw a notice not yet decided', params: noticeParams, response: { 200: noticeSchema, ...errors } },
    },
    async (request) => withdrawNotice(database, clock, requireActor(request), request.params.noticeId),
  );

  app.get(
    '/api/schools/:schoolId/leave-requests',
    {
      schema: {
        tags: ['notices'],
        summary: 'Leave requests at a school (the leadership: all; a contact teacher: their pupils)',
        params: z.object({ schoolId: z.uuid() }),
        querystring: leaveRequestsQuerySchema,
        response: { 200: noticeListSchema, ...errors },
      },
    },
    async (request) => listLeaveRequests(database, requireActor(request), request.params.schoolId, request.query.status),
  );

  app.post(
    '/api/leave-requests/:noticeId/decision',
    {
      schema: {
        tags: ['notices'],
        summary: 'Approve or refuse a leave request (contact teacher or leadership)',
        params: noticeParams,
        body: decideLeaveSchema,
        response: { 200: noticeSchema, ...errors },
      },
    },
    async (request) => decideLeave(database, clock, requireActor(request), request.params.noticeId, request.body),
  );
};
