import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { groupPatternsQuerySchema, groupPatternsSchema, pupilPatternsSchema } from '../../../contracts/patterns.js';
import { apiErrorSchema } from '../../../contracts/errors.js';
import type { Database } from '../../db/client.js';
import type { Clock } from '../../clock.js';
import { requireActor } from '../plugins/auth.js';
import { getClassPatterns, getPupilPatterns, getSchoolPatterns } from '../../services/patterns.js';

const errors = { 400: apiErrorSchema, 401: apiErrorSchema, 403: apiErrorSchema, 404: apiErrorSchema };

export const patternRoutes: FastifyPluginAsyncZod<{ database: Database; clock: Clock }> = async (app, { database, clock }) => {
  app.get(
    '/api/pupils/:pupilId/patterns',
    {
      schema: {
        tags: ['patterns'],
        summary: "A pupil's school year so far at a glance, with the owner's thresholds and the absence patterns found",
        params: z.object({ pupilId: z.uuid() }),
        response: { 200: pupilPatternsSchema, ...errors },
      },
    },
    async (request) => getPupilPatterns(database, clock, requireActor(request), request.params.pupilId),
  );

  const groups = [
    { path: '/api/classes/:id/patterns', who: "A class's", load: getClassPatterns },
    { path: '/api/schools/:id/patterns', who: "A school's (its leadership)", load: getSchoolPatterns },
  ] as const;
  for (const { path, who, load } of groups) {
    app.get(
      path,
      {
        schema: {
          tags: ['patterns'],
          summary: `${who} pupils with absence patterns, filterable by kind (and by class in a school)`,
          params: z.object({ id: z.uuid() }),
          querystring: groupPatternsQuerySchema,
          response: { 200: groupPatternsSchema, ...errors },
        },
      },
      async (request) => load(database, clock, requireActor(request), request.params.id, request.query),
    );
  }
};
