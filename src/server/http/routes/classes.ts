import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { classDetailSchema, mySchoolsSchema, schoolClassesSchema } from '../../../contracts/classes.js';
import { apiErrorSchema } from '../../../contracts/errors.js';
import type { Database } from '../../db/client.js';
import type { Clock } from '../../clock.js';
import { requireActor } from '../plugins/auth.js';
import { getClassDetail, getSchoolClasses, listMySchools } from '../../services/school-roster.js';

const errors = { 400: apiErrorSchema, 401: apiErrorSchema, 403: apiErrorSchema, 404: apiErrorSchema };

export const classRoutes: FastifyPluginAsyncZod<{ database: Database; clock: Clock }> = async (app, { database, clock }) => {
  app.get(
    '/api/schools',
    { schema: { tags: ['schools'], summary: 'Schools whose classes the user may see', response: { 200: mySchoolsSchema, ...errors } } },
    async (request) => listMySchools(database, requireActor(request)),
  );

  app.get(
    '/api/schools/:schoolId/classes',
    {
      schema: {
        tags: ['schools'],
        summary: "A school's classes in the current school year",
        params: z.object({ schoolId: z.uuid() }),
        response: { 200: schoolClassesSchema, ...errors },
      },
    },
    async (request) => getSchoolClasses(database, clock, requireActor(request), request.params.schoolId),
  );

  app.get(
    '/api/classes/:classId',
    {
      schema: {
        tags: ['schools'],
        summary: 'A class and its pupils today',
        params: z.object({ classId: z.uuid() }),
        response: { 200: classDetailSchema, ...errors },
      },
    },
    async (request) => getClassDetail(database, clock, requireActor(request), request.params.classId),
  );
};
