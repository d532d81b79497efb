// Follow-up cases over HTTP. Every route is about a named pupil's follow-up
// data and so asks for a second factor (ADR 006); the services decide who may
// see and write each case and audit every read and write.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { apiErrorSchema } from '../../../contracts/errors.js';
import {
  agreementBodySchema,
  caseListSchema,
  caseViewSchema,
  closeCaseSchema,
  DOCUMENT_KINDS,
  documentQuerySchema,
  evaluationBodySchema,
  guidesSchema,
  measureQuerySchema,
  measureSearchSchema,
  meetingMinutesBodySchema,
  memberSchema,
  moveSchema,
  newContactSchema,
  newConversationSchema,
  newMappingSchema,
  newMeetingSchema,
  newTaskSchema,
  openCaseSchema,
  reopenCaseSchema,
} from '../../../contracts/followup-api.js';
import type { Locale } from '../../../contracts/locale.js';
import type { Database } from '../../db/client.js';
import type { Clock } from '../../clock.js';
import { requireSecondFactor } from '../plugins/auth.js';
import { getCaseView, listMyCases, listPupilCases, listSchoolCases, openCaseForPupil } from '../../services/followup/cases.js';
import * as writes from '../../services/followup/case-writes.js';
import { caseDocument, caseDocumentPrintView, type CaseDocumentOptions } from '../../services/followup/case-documents.js';
import { documentModelSchema } from '../../../contracts/followup-documents.js';
import { newConsentSchema } from '../../../contracts/followup-consent.js';
import { caseSuggestions, conversationGuides, searchMeasureBank } from '../../services/followup/measures.js';

const errors = { 400: apiErrorSchema, 401: apiErrorSchema, 403: apiErrorSchema, 404: apiErrorSchema, 409: apiErrorSchema };
const caseParams = z.object({ caseId: z.uuid() });
const tags = ['followup'];

const strong = (request: FastifyRequest) => requireSecondFactor(request, { followUpData: true });

export const followupRoutes: FastifyPluginAsyncZod<{ database: Database; clock: Clock }> = async (app, { database, clock }) => {
  /** After a write: the case as it now stands, read without a second audit row (the write has its own). */
  const view = (request: FastifyRequest, caseId: string) => getCaseView(database, clock, strong(request), caseId, false);

  app.get(
    '/api/my/followup-cases',
    { schema: { tags, summary: "The cases of the actor's contact pupils and those the actor is on the team of", response: { 200: caseListSchema, ...errors } } },
    async (request) => listMyCases(database, clock, strong(request)),
  );

  app.get(
    '/api/schools/:schoolId/followup-cases',
    {
      schema: {
        tags,
        summary: "The school's follow-up cases, for its leadership",
        params: z.object({ schoolId: z.uuid() }),
        querystring: z.object({ status: z.enum(['open', 'closed']).optional() }),
        response: { 200: caseListSchema, ...errors },
      },
    },
    async (request) => listSchoolCases(database, clock, strong(request), request.params.schoolId, request.query.status ?? null),
  );

  app.get(
    '/api/pupils/:pupilId/followup-cases',
    { schema: { tags, summary: "A pupil's follow-up cases", params: z.object({ pupilId: z.uuid() }), response: { 200: caseListSchema, ...errors } } },
    async (request) => listPupilCases(database, clock, strong(request), request.params.pupilId),
  );

  app.post(
    '/api/pupils/:pupilId/followup-cases',
    {
      schema: {
        tags,
        summary: 'Open a case from a concern (its figures kept) or by hand; a concern for a pupil with an open case is added to it',
        params: z.object({ pupilId: z.uuid() }),
        body: openCaseSchema,
        response: { 200: caseViewSchema, 201: caseViewSchema, ...errors },
      },
    },
    async (request, reply) => {
      const opened = await openCaseForPupil(database, clock, strong(request), request.params.pupilId, request.body);
      return reply.status(opened.created ? 201 : 200).send(await view(request, opened.caseId));
    },
  );

  app.get(
    '/api/followup-cases/:caseId',
    { schema: { tags, summary: 'One case with its state computed from its events, its records and the attendance since it opened', params: caseParams, response: { 200: caseViewSchema, ...errors } } },
    async (request) => getCaseView(database, clock, strong(request), request.params.caseId),
  );

  const post = <S extends z.ZodType>(
    path: string,
    summary: string,
    body: S,
    run: (request: FastifyRequest, caseId: string, body: z.output<S>, params: Record<string, string>) => Promise<unknown>,
    extraParams: z.ZodRawShape = {},
  ) =>
    app.post(
      `/api/followup-cases/:caseId${path}`,
      { schema: { tags, summary, params: caseParams.extend(extraParams), body, response: { 200: caseViewSchema, ...errors } } },
      async (request) => {
        const params = request.params as Record<string, string> & { caseId: string };
        await run(request, params.caseId, request.body as z.output<S>, params);
        return view(request, params.caseId);
      },
    );

  post('/contacts', 'Log a contact: a call, a meeting or a message, with whom and what came of it', newContactSchema, (r, id, b) => writes.logContact(database, clock, strong(r), id, b));
  post('/conversations', "A conversation with the pupil or the guardians, following a guide; the pupil's voice apart", newConversationSchema, (r, id, b) =>
    writes.holdConversation(database, clock, strong(r), id, b),
  );
  post('/meetings', 'Plan a meeting: invitation, agenda and who is invited', newMeetingSchema, (r, id, b) => writes.planMeeting(database, clock, strong(r), id, b));
  post(
    '/meetings/:meetingId/minutes',
    "The minutes of a meeting held, with the pupil's voice",
    meetingMinutesBodySchema,
    (r, id, b, p) => writes.writeMinutes(database, clock, strong(r), id, p.meetingId!, b),
    { meetingId: z.uuid() },
  );
  post('/mappings', 'A mapping tool filled in: cause mapping, scaling, tiltakssirkelen or factors', newMappingSchema, (r, id, b) => writes.addMapping(database, clock, strong(r), id, b));
  post('/agreements', 'Make a collaboration agreement', agreementBodySchema, (r, id, b) => writes.makeCaseAgreement(database, clock, strong(r), id, b));
  post(
    '/agreements/:agreementId/versions',
    'Revise an agreement: a new version, the old kept',
    agreementBodySchema,
    (r, id, b, p) => writes.reviseCaseAgreement(database, clock, strong(r), id, p.agreementId!, b),
    { agreementId: z.uuid() },
  );
  post(
    '/agreements/:agreementId/evaluations',
    'Evaluate an agreement: each measure judged and the way on chosen',
    evaluationBodySchema,
    (r, id, b, p) => writes.evaluateCaseAgreement(database, clock, strong(r), id, p.agreementId!, b),
    { agreementId: z.uuid() },
  );
  post('/moves', 'Go on, stay on the step or go back', moveSchema, (r, id, b) => writes.moveCase(database, clock, strong(r), id, b));
  post('/tasks', 'Give a task to someone at the school', newTaskSchema, (r, id, b) => writes.assignTask(database, clock, strong(r), id, b));
  post('/tasks/:taskId/done', 'Mark a task done', z.object({}).strict(), (r, id, _b, p) => writes.completeTask(database, clock, strong(r), id, p.taskId!), { taskId: z.string().min(1).max(100) });
  post('/close', 'Close the case, saying why', closeCaseSchema, (r, id, b) => writes.closeCase(database, clock, strong(r), id, b));
  post('/reopen', 'Reopen a closed case', reopenCaseSchema, (r, id, b) => writes.reopenCase(database, clock, strong(r), id, b));
  post('/members', 'Put someone on the team around the pupil; an outside service with the service it is', memberSchema, (r, id, b) => writes.setMember(database, clock, strong(r), id, b));
  post('/consents', 'Record a consent to interdisciplinary collaboration, given or refused: which services may share what', newConsentSchema, (r, id, b) =>
    writes.recordConsent(database, clock, strong(r), id, b),
  );
  post(
    '/consents/:consentId/withdraw',
    'Withdraw a consent: from today the services it named see nothing more',
    z.object({}).strict(),
    (r, id, _b, p) => writes.withdrawConsent(database, clock, strong(r), id, p.consentId!),
    { consentId: z.uuid() },
  );

  app.delete(
    '/api/followup-cases/:caseId/members/:userId',
    { schema: { tags, summary: 'Take someone off the team', params: caseParams.extend({ userId: z.uuid() }), response: { 200: caseViewSchema, ...errors } } },
    async (request) => {
      await writes.removeMember(database, clock, strong(request), request.params.caseId, request.params.userId);
      return view(request, request.params.caseId);
    },
  );

  app.get(
    '/api/followup-cases/:caseId/measure-suggestions',
    { schema: { tags, summary: "Measures the case's mapping points at", params: caseParams, response: { 200: measureSearchSchema, ...errors } } },
    async (request) => caseSuggestions(database, clock, strong(request), request.params.caseId),
  );

  app.get(
    '/api/followup/measures',
    { schema: { tags, summary: 'Search the measure bank', querystring: measureQuerySchema, response: { 200: measureSearchSchema, ...errors } } },
    async (request) => searchMeasureBank(strong(request), request.query),
  );

  app.get(
    '/api/followup/guides',
    { schema: { tags, summary: 'The conversation guides and meeting agendas', response: { 200: guidesSchema, ...errors } } },
    async (request) => conversationGuides(strong(request)),
  );

  app.get(
    '/api/followup-cases/:caseId/documents/:kind',
    {
      schema: {
        tags,
        summary: 'A letter of the case as PDF: invitation, minutes, conversation minutes, agreement or action plan',
        params: caseParams.extend({ kind: z.enum(DOCUMENT_KINDS) }),
        querystring: documentQuerySchema,
      },
    },
    async (request, reply) => {
      const { pdf, fileName } = await caseDocument(database, clock, strong(request), request.params.caseId, request.params.kind, documentOptions(request.query, request.locale));
      return reply.header('content-disposition', `attachment; filename="${fileName}"`).header('cache-control', 'private, no-store').type('application/pdf').send(pdf);
    },
  );

  app.get(
    '/api/followup-cases/:caseId/documents/:kind/print',
    {
      schema: {
        tags,
        summary: 'A letter of the case as the print view draws it: the same document model the PDF is drawn from',
        params: caseParams.extend({ kind: z.enum(DOCUMENT_KINDS) }),
        querystring: documentQuerySchema,
        response: { 200: documentModelSchema, ...errors },
      },
    },
    async (request, reply) => {
      const model = await caseDocumentPrintView(database, clock, strong(request), request.params.caseId, request.params.kind, documentOptions(request.query, request.locale));
      return reply.header('cache-control', 'private, no-store').send(model);
    },
  );
};

/** The document's language (the reader's unless asked), and which record and version it is of. */
function documentOptions(query: z.infer<typeof documentQuerySchema>, readerLocale: Locale): CaseDocumentOptions {
  return { locale: query.locale ?? readerLocale, ...(query.id ? { id: query.id } : {}), ...(query.version ? { version: query.version } : {}) };
}
