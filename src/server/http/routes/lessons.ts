import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  lessonHistorySchema,
  lessonRegistrationSchema,
  myLessonsQuerySchema,
  myLessonsSchema,
  registrationSavedSchema,
  saveRegistrationSchema,
} from '../../../contracts/attendance.js';
import { apiErrorSchema } from '../../../contracts/errors.js';
import type { Database } from '../../db/client.js';
import type { Clock } from '../../clock.js';
import type { JobQueue } from '../../jobs/job-data.js';
import { requireActor } from '../plugins/auth.js';
import {
  getLessonHistory,
  getLessonRegistration,
  listMyLessons,
  listSchoolLessons,
  saveLessonRegistration,
} from '../../services/lesson-registration.js';

const errors = { 400: apiErrorSchema, 401: apiErrorSchema, 403: apiErrorSchema, 404: apiErrorSchema };
const lessonParams = z.object({ lessonId: z.coerce.number().int().positive().max(2 ** 53) });

export const lessonRoutes: FastifyPluginAsyncZod<{ database: Database; clock: Clock; jobs?: JobQueue | undefined }> = async (app, { database, clock, jobs }) => {
  app.get(
    '/api/my/lessons',
    {
      schema: {
        tags: ['attendance'],
        summary: "The logged-in teacher's lessons on a day (default today), with registration state",
        querystring: myLessonsQuerySchema,
        response: { 200: myLessonsSchema, ...errors },
      },
    },
    async (request) => listMyLessons(database, clock, requireActor(request), request.query.date),
  );

  app.get(
    '/api/schools/:schoolId/lessons',
    {
      schema: {
        tags: ['attendance'],
        summary: "All lessons of a school on a day (default today): a substitute picks a colleague's lesson here",
        params: z.object({ schoolId: z.uuid() }),
        querystring: myLessonsQuerySchema,
        response: { 200: myLessonsSchema, ...errors },
      },
    },
    async (request) =>
      listSchoolLessons(database, clock, requireActor(request), request.params.schoolId, request.query.date),
  );

  app.get(
    '/api/lessons/:lessonId/registration',
    {
      schema: {
        tags: ['attendance'],
        summary: 'A lesson with its pupils, saved marks and notices from home, ready to register',
        params: lessonParams,
        response: { 200: lessonRegistrationSchema, ...errors },
      },
    },
    async (request) => getLessonRegistration(database, clock, requireActor(request), request.params.lessonId),
  );

  app.put(
    '/api/lessons/:lessonId/registration',
    {
      schema: {
        tags: ['attendance'],
        summary: 'Register a lesson: all marks in one request, saved whole or not at all',
        description:
          'Send the version you loaded; 409 when someone saved in between. An Idempotency-Key header makes a retried request return the first answer instead of saving twice.',
        params: lessonParams,
        headers: z.object({ 'idempotency-key': z.string().min(8).max(100).optional() }),
        body: saveRegistrationSchema,
        response: { 200: registrationSavedSchema, 409: apiErrorSchema, 422: apiErrorSchema, ...errors },
      },
    },
    async (request, reply) => {
      const result = await saveLessonRegistration(
        database,
        clock,
        requireActor(request),
        request.params.lessonId,
        request.body,
        request.headers['idempotency-key'],
        jobs,
      );
      if (result.replayed) reply.header('idempotent-replayed', 'true');
      return reply.status(200).send(result.body);
    },
  );

  app.get(
    '/api/lessons/:lessonId/history',
    {
      schema: {
        tags: ['attendance'],
        summary: 'Every change of the marks of a lesson: who changed what, and when',
        params: lessonParams,
        response: { 200: lessonHistorySchema, ...errors },
      },
    },
    async (request) => getLessonHistory(database, requireActor(request), request.params.lessonId),
  );
};
