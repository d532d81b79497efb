import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { figuresWindowQuerySchema, groupFiguresSchema, pupilFiguresSchema, type GroupFigures } from '../../../contracts/figures.js';
import { apiErrorSchema } from '../../../contracts/errors.js';
import type { Database } from '../../db/client.js';
import type { Clock } from '../../clock.js';
import { requireActor } from '../plugins/auth.js';
import { getClassFigures, getMyContactFigures, getPupilFigures, getSchoolFigures } from '../../services/absence-figures.js';
import { figuresCsv, figuresXlsx } from '../../services/figures-export.js';
import { audit } from '../../services/audit.js';

const errors = { 400: apiErrorSchema, 401: apiErrorSchema, 403: apiErrorSchema, 404: apiErrorSchema };
const exportQuery = figuresWindowQuerySchema.extend({ format: z.enum(['csv', 'xlsx']) });

async function sendExport(request: FastifyRequest, reply: FastifyReply, database: Database, figures: GroupFigures, format: 'csv' | 'xlsx') {
  const actor = requireActor(request);
  await audit(database, actor, [{ action: 'export', entity: 'absence_figures', details: { title: figures.title, format, pupils: figures.rows.length } }]);
  const name = `fravaer-${figures.title.replace(/[^\p{L}\p{N}]+/gu, '-')}-${figures.window.from}-${figures.window.to}`;
  if (format === 'csv') {
    return reply
      .header('content-disposition', `attachment; filename="${encodeURIComponent(name)}.csv"`)
      .type('text/csv; charset=utf-8')
      .send(figuresCsv(figures, request.t));
  }
  return reply
    .header('content-disposition', `attachment; filename="${encodeURIComponent(name)}.xlsx"`)
    .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
    .send(await figuresXlsx(figures, request.t));
}

export const figuresRoutes: FastifyPluginAsyncZod<{ database: Database; clock: Clock }> = async (app, { database, clock }) => {
  app.get(
    '/api/pupils/:pupilId/figures',
    {
      schema: {
        tags: ['figures'],
        summary: "A pupil's absence figures per term and for the school year so far",
        params: z.object({ pupilId: z.uuid() }),
        response: { 200: pupilFiguresSchema, ...errors },
      },
    },
    async (request) => getPupilFigures(database, clock, requireActor(request), request.params.pupilId),
  );

  // A class and a school have the same table, as JSON and as a spreadsheet.
  const tables = [
    { base: '/api/classes/:id/figures', who: "A class's", load: getClassFigures },
    { base: '/api/schools/:id/figures', who: "A school's (its leadership)", load: getSchoolFigures },
  ] as const;
  for (const { base, who, load } of tables) {
    const params = z.object({ id: z.uuid() });
    app.get(
      base,
      {
        schema: {
          tags: ['figures'],
          summary: `${who} pupils with their absence figures`,
          params,
          querystring: figuresWindowQuerySchema,
          response: { 200: groupFiguresSchema, ...errors },
        },
      },
      async (request) => load(database, clock, requireActor(request), request.params.id, request.query.window),
    );
    app.get(
      `${base}/export`,
      {
        schema: { tags: ['figures'], summary: `${who} absence figures as CSV or XLSX`, params, querystring: exportQuery, response: errors },
      },
      async (request, reply) => {
        const figures = await load(database, clock, requireActor(request), request.params.id, request.query.window);
        return sendExport(request, reply, database, figures, request.query.format);
      },
    );
  }

  app.get(
    '/api/my/contact-pupils/figures',
    {
      schema: {
        tags: ['figures'],
        summary: "The contact teacher's pupils with their absence figures (null for someone with no contact pupils)",
        querystring: figuresWindowQuerySchema,
        response: { 200: z.object({ figures: groupFiguresSchema.nullable() }), ...errors },
      },
    },
    async (request) => ({ figures: await getMyContactFigures(database, clock, requireActor(request), request.query.window) }),
  );

  app.get(
    '/api/my/contact-pupils/figures/export',
    {
      schema: { tags: ['figures'], summary: "The contact teacher's overview as CSV or XLSX", querystring: exportQuery, response: errors },
    },
    async (request, reply) => {
      const figures = await getMyContactFigures(database, clock, requireActor(request), request.query.window);
      if (!figures) return reply.status(404).send({ error: { code: 'not_found', message: request.t('notFound') } });
      return sendExport(request, reply, database, figures, request.query.format);
    },
  );
};
