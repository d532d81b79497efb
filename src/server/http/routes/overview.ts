import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  checkReviewItemSchema,
  completeReviewSchema,
  monthSchema,
  monthlyReviewSchema,
  myCalendarRemindersSchema,
  ownerStatisticsSchema,
  routineFidelitySchema,
  updateOccurrenceSchema,
  yearlyCalendarSchema,
} from '../../../contracts/overview.js';
import { apiErrorSchema } from '../../../contracts/errors.js';
import { localeSchema } from '../../../contracts/locale.js';
import type { Database } from '../../db/client.js';
import type { Clock } from '../../clock.js';
import { requireActor, requireSecondFactor } from '../plugins/auth.js';
import { checkReviewItem, completeReview, getMonthlyReview } from '../../services/overview/monthly-review.js';
import { getRoutineFidelity } from '../../services/overview/fidelity.js';
import { getOwnerStatistics } from '../../services/overview/owner-statistics.js';
import { getMyCalendarReminders, getYearlyCalendar, updateOccurrence } from '../../services/overview/yearly-calendar.js';
import { monthlyReviewDocument } from '../../documents/monthly-review-document.js';
import { renderPdf } from '../../documents/render-pdf.js';

const errors = { 400: apiErrorSchema, 401: apiErrorSchema, 403: apiErrorSchema, 404: apiErrorSchema, 409: apiErrorSchema };
const schoolParams = z.object({ schoolId: z.uuid() });
const reviewParams = z.object({ schoolId: z.uuid(), month: monthSchema });
/** The monthly review names pupils and reads their cases (steps, deadlines, contact): follow-up data, as the case routes. */
const strong = (request: FastifyRequest) => requireSecondFactor(request, { followUpData: true });

export const overviewRoutes: FastifyPluginAsyncZod<{ database: Database; clock: Clock }> = async (app, { database, clock }) => {
  app.get(
    '/api/schools/:schoolId/monthly-review',
    {
      schema: {
        tags: ['overview'],
        summary: "The school's monthly review for its leadership: pupils over each rule by class, cases by step, deadlines, cases without contact, the checklist",
        params: schoolParams,
        querystring: z.object({ month: monthSchema.optional() }),
        response: { 200: monthlyReviewSchema, ...errors },
      },
    },
    async (request) => getMonthlyReview(database, clock, strong(request), request.params.schoolId, request.query.month, request.locale),
  );

  app.get(
    '/api/schools/:schoolId/monthly-review/:month/pdf',
    { schema: { tags: ['overview'], summary: 'The monthly review as PDF', params: reviewParams, querystring: z.object({ locale: localeSchema.optional() }) } },
    async (request, reply) => {
      const locale = request.query.locale ?? request.locale;
      const actor = strong(request);
      const review = await getMonthlyReview(database, clock, actor, request.params.schoolId, request.params.month, locale);
      const pdf = await renderPdf(monthlyReviewDocument(review, locale, actor.profile.ownerName ?? undefined));
      const fileName = `manedsgjennomgang-${request.params.month}.pdf`;
      return reply.header('content-disposition', `inline; filename="${fileName}"`).header('cache-control', 'private, no-store').type('application/pdf').send(pdf);
    },
  );

  app.put(
    '/api/schools/:schoolId/monthly-review/:month/checklist',
    {
      schema: { tags: ['overview'], summary: 'Tick a point of the review’s checklist off (or on again)', params: reviewParams, body: checkReviewItemSchema, response: { 200: monthlyReviewSchema, ...errors } },
    },
    async (request) => {
      const actor = strong(request);
      await checkReviewItem(database, clock, actor, request.params.schoolId, request.params.month, request.body.item, request.body.checked);
      return getMonthlyReview(database, clock, actor, request.params.schoolId, request.params.month, request.locale);
    },
  );

  app.post(
    '/api/schools/:schoolId/monthly-review/:month/done',
    { schema: { tags: ['overview'], summary: 'Mark the review as done (every point ticked)', params: reviewParams, body: completeReviewSchema, response: { 200: monthlyReviewSchema, ...errors } } },
    async (request) => {
      const actor = strong(request);
      await completeReview(database, clock, actor, request.params.schoolId, request.params.month, request.body.note);
      return getMonthlyReview(database, clock, actor, request.params.schoolId, request.params.month, request.locale);
    },
  );

  app.get(
    '/api/schools/:schoolId/routine-fidelity',
    { schema: { tags: ['overview'], summary: 'Routine fidelity: each step done within its deadline, time to first contact, closed cases and why', params: schoolParams, response: { 200: routineFidelitySchema, ...errors } } },
    async (request) => getRoutineFidelity(database, clock, requireActor(request), request.params.schoolId, request.locale),
  );

  app.get(
    '/api/owner/statistics',
    { schema: { tags: ['overview'], summary: "The owner's statistics: aggregates only, small counts hidden (analyst, administrator)", response: { 200: ownerStatisticsSchema, ...errors } } },
    async (request) => getOwnerStatistics(database, clock, requireActor(request)),
  );

  app.get(
    '/api/schools/:schoolId/yearly-calendar',
    { schema: { tags: ['overview'], summary: "The school's yearly routine calendar (årshjul)", params: schoolParams, response: { 200: yearlyCalendarSchema, ...errors } } },
    async (request) => getYearlyCalendar(database, clock, requireActor(request), request.params.schoolId),
  );

  app.put(
    '/api/schools/:schoolId/yearly-calendar/:taskId',
    {
      schema: {
        tags: ['overview'],
        summary: 'Assign an occurrence of a task, or mark it done',
        params: z.object({ schoolId: z.uuid(), taskId: z.string().min(1).max(64) }),
        body: updateOccurrenceSchema,
        response: { 200: yearlyCalendarSchema, ...errors },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      await updateOccurrence(database, clock, actor, request.params.schoolId, request.params.taskId, request.body);
      return getYearlyCalendar(database, clock, actor, request.params.schoolId);
    },
  );

  app.get(
    '/api/my/calendar-reminders',
    { schema: { tags: ['overview'], summary: 'Tasks of the yearly calendar given to me, due within a week or overdue', response: { 200: myCalendarRemindersSchema, ...errors } } },
    async (request) => getMyCalendarReminders(database, clock, requireActor(request)),
  );
};
