import type { FastifyPluginAsyncZod, ZodTypeProvider } from 'fastify-type-provider-zod';
import type { FastifyRequest } from 'fastify';
import multipart from '@fastify/multipart';
import { z } from 'zod';
import { apiErrorSchema } from '../../../contracts/errors.js';
import { localeSchema } from '../../../contracts/locale.js';
import {
  certificateSchema,
  complaintListSchema,
  complaintSchema,
  createComplaintSchema,
  createDiscretionSchema,
  decideSchema,
  healthRiskSchema,
  myLimitPupilsSchema,
  pupilLimitsSchema,
  sendWarningSchema,
  sentWarningsSchema,
  setLeaveOffsSchema,
  submissionFieldsSchema,
  submissionListSchema,
  submissionSchema,
  warningOverviewSchema,
} from '../../../contracts/upper-secondary.js';
import type { Database } from '../../db/client.js';
import type { Clock } from '../../clock.js';
import type { JobQueue } from '../../jobs/job-data.js';
import { badRequest } from '../../app-error.js';
import { requireActor, requireSecondFactor } from '../plugins/auth.js';
import { getPupilLimits } from '../../services/upper-secondary/pupil-limits.js';
import { myLimitPupils } from '../../services/upper-secondary/my-pupils.js';
import { decideSubmission, getSubmissionFile, listSubmissionsForStaff, MAX_FILE_BYTES, submitDocumentation, type UploadedFile } from '../../services/upper-secondary/submissions.js';
import { createComplaint, decideComplaint, listComplaintsForTeacher } from '../../services/upper-secondary/complaints.js';
import { recordDiscretion, setHigherHealthRisk } from '../../services/upper-secondary/decisions.js';
import { getCertificate, setLeaveOffs } from '../../services/upper-secondary/certificate.js';
import { getWarningOverview, openWarningByToken, sendWarningNow } from '../../services/upper-secondary/warnings.js';
import { getWarningPdf } from '../../services/upper-secondary/warning-documents.js';

const errors = { 400: apiErrorSchema, 401: apiErrorSchema, 403: apiErrorSchema, 404: apiErrorSchema, 409: apiErrorSchema };
const pupilParams = z.object({ pupilId: z.uuid() });
const idParams = z.object({ id: z.uuid() });
const statusQuery = z.object({ status: z.enum(['submitted', 'accepted', 'rejected']).optional() });

interface Options {
  database: Database;
  clock: Clock;
  jobs?: JobQueue;
  publicUrl: string;
}

/** Reads the multipart form: the fields, and one file held in memory up to the size limit (then cut and refused). */
async function readSubmissionForm(request: FastifyRequest): Promise<{ fields: Record<string, string[]>; file: UploadedFile | null }> {
  const fields: Record<string, string[]> = {};
  let file: UploadedFile | null = null;
  try {
    for await (const part of request.parts({ limits: { fileSize: MAX_FILE_BYTES, files: 1, fields: 210, fieldSize: 200, parts: 212 }})) {
      if (part.type === 'file') {
        if (part.fieldname !== 'file') {
          await part.toBuffer();
          continue;
        }
        const content = await part.toBuffer();
        file = { fileName: part.filename, content, truncated: part.file.truncated };
      } else {
        (fields[part.fieldname] ??= []).push(String(part.value));
      }
    }
  } catch (error) {
    const code = (error as { code?: string }).code ?? '';
    if (code === 'FST_FILES_LIMIT') throw badRequest([{ path: 'file', key: 'upperSecondary.oneFileOnly' }]);
    if (code.startsWith('FST_')) throw badRequest([{ path: 'body', key: 'upperSecondary.badForm' }]);
    throw error;
  }
  return { fields, file };
}

export const upperSecondaryRoutes: FastifyPluginAsyncZod<Options> = async (app, { database, clock, jobs, publicUrl }) => {
  const queueEmails = async (ids: readonly string[]) => {
    if (jobs && ids.length > 0) await jobs.sendMany('send-email', ids.map((notificationId) => ({ notificationId })));
  };

  app.get(
    '/api/my/limit-pupils',
    { schema: { tags: ['upper-secondary'], summary: '«Mitt fravær»: oneself, or one\'s children under 18', response: { 200: myLimitPupilsSchema, ...errors } } },
    async (request) => myLimitPupils(database, clock, requireActor(request)),
  );

  app.get(
    '/api/pupils/:pupilId/limits',
    {
      schema: {
        tags: ['upper-secondary'],
        summary: 'The absence limit per subject against its annual hours, with what can still be documented or contested',
        params: pupilParams,
        response: { 200: pupilLimitsSchema, ...errors },
      },
    },
    async (request) => getPupilLimits(database, clock, requireActor(request), request.params.pupilId),
  );

  // The one route that takes multipart/form-data: its parser lives only in this context.
  await app.register(async (upload) => {
    await upload.register(multipart, { limits: { fileSize: MAX_FILE_BYTES, files: 1 }, throwFileSizeLimit: false });
    upload.withTypeProvider<ZodTypeProvider>().post(
      '/api/pupils/:pupilId/documentation-submissions',
      {
        schema: {
          tags: ['upper-secondary'],
          summary: 'Hand in documentation (a PDF, JPEG or PNG of at most 5 MB) for absent lessons; multipart fields reasonCode, markIds (repeated) and file',
          params: pupilParams,
          consumes: ['multipart/form-data'],
          response: { 201: submissionSchema, ...errors },
        },
      },
      async (request, reply) => {
        const actor = requireActor(request);
        if (!request.isMultipart()) throw badRequest([{ path: 'body', key: 'upperSecondary.badForm' }]);
        const { fields, file } = await readSubmissionForm(request);
        const parsed = submissionFieldsSchema.safeParse({ reasonCode: fields.reasonCode?.[0], markIds: fields.markIds ?? [] });
        if (!parsed.success) {
          throw badRequest(parsed.error.issues.map((i) => ({ path: i.path.join('.') || 'body', key: i.path[0] === 'reasonCode' ? 'upperSecondary.reasonNotAllowed' : 'upperSecondary.marksNeeded' })));
        }
        const submission = await submitDocumentation(database, clock, actor, request.params.pupilId, parsed.data, file);
        return reply.status(201).send(submission);
      },
    );
  });

  app.get(
    '/api/documentation-submissions',
    {
      schema: { tags: ['upper-secondary'], summary: "Documentation handed in for the contact teacher's pupils (all of the school for its leadership)", querystring: statusQuery, response: { 200: submissionListSchema, ...errors } },
    },
    async (request) => listSubmissionsForStaff(database, requireActor(request), request.query.status),
  );

  app.post(
    '/api/documentation-submissions/:id/decision',
    { schema: { tags: ['upper-secondary'], summary: 'Accept (the marks are documented) or reject with a reason', params: idParams, body: decideSchema, response: { 200: submissionSchema, ...errors } } },
    async (request) => {
      const { submission, emails } = await decideSubmission(database, clock, requireActor(request), request.params.id, request.body, publicUrl);
      await queueEmails(emails);
      return submission;
    },
  );

  app.get(
    '/api/documentation-submissions/:id/file',
    { schema: { tags: ['upper-secondary'], summary: 'The handed-in file, for the home that handed it in, the contact teacher and the leadership', params: idParams } },
    async (request, reply) => {
      const file = await getSubmissionFile(database, clock, requireActor(request), request.params.id);
      return reply
        .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`)
        .header('cache-control', 'private, no-store')
        .header('x-content-type-options', 'nosniff')
        .header('content-security-policy', "sandbox; default-src 'none'")
        .type(file.contentType)
        .send(file.content);
    },
  );

  app.post(
    '/api/pupils/:pupilId/mark-complaints',
    { schema: { tags: ['upper-secondary'], summary: 'Contest a recorded absence within the window', params: pupilParams, body: createComplaintSchema, response: { 201: complaintSchema, ...errors } } },
    async (request, reply) => reply.status(201).send(await createComplaint(database, clock, requireActor(request), request.params.pupilId, request.body)),
  );

  app.get(
    '/api/mark-complaints',
    { schema: { tags: ['upper-secondary'], summary: "Complaints on the marks of the teacher's lessons (all of the school for its leadership)", querystring: statusQuery, response: { 200: complaintListSchema, ...errors } } },
    async (request) => listComplaintsForTeacher(database, requireActor(request), request.query.status),
  );

  app.post(
    '/api/mark-complaints/:id/decision',
    { schema: { tags: ['upper-secondary'], summary: 'Accept (the mark is corrected, its history kept) or reject with a reason', params: idParams, body: decideSchema, response: { 200: complaintSchema, ...errors } } },
    async (request) => {
      const { complaint, emails } = await decideComplaint(database, clock, requireActor(request), request.params.id, request.body, publicUrl);
      await queueEmails(emails);
      return complaint;
    },
  );

  app.post(
    '/api/pupils/:pupilId/discretion-decisions',
    {
      schema: { tags: ['upper-secondary'], summary: "The principal's decision between 10 and 15 %, with grounds", params: pupilParams, body: createDiscretionSchema, response: { 201: z.object({ id: z.uuid() }), ...errors } },
    },
    async (request, reply) => reply.status(201).send(await recordDiscretion(database, clock, requireActor(request), request.params.pupilId, request.body)),
  );

  app.put(
    '/api/pupils/:pupilId/higher-health-risk',
    {
      schema: {
        tags: ['upper-secondary'],
        summary: 'Record (or end) that health personnel documented a higher risk of health absence: only the fact',
        params: pupilParams,
        body: healthRiskSchema,
        response: { 200: healthRiskSchema, ...errors },
      },
    },
    // A fact about health: a second factor whoever records it.
    async (request) => setHigherHealthRisk(database, clock, requireSecondFactor(request, { followUpData: true }), request.params.pupilId, request.body.higherHealthRisk),
  );

  app.get(
    '/api/pupils/:pupilId/certificate',
    { schema: { tags: ['upper-secondary'], summary: 'Days and single hours on the certificate, and the days left off', params: pupilParams, response: { 200: certificateSchema, ...errors } } },
    async (request) => getCertificate(database, clock, requireActor(request), request.params.pupilId),
  );

  app.put(
    '/api/pupils/:pupilId/certificate/leave-offs',
    { schema: { tags: ['upper-secondary'], summary: 'The whole days the pupil asked to leave off, in the order asked', params: pupilParams, body: setLeaveOffsSchema, response: { 200: certificateSchema, ...errors } } },
    async (request) => setLeaveOffs(database, clock, requireActor(request), request.params.pupilId, request.body.dates),
  );

  app.get(
    '/api/schools/:id/limit-warnings',
    { schema: { tags: ['upper-secondary'], summary: 'Pupils over the limit never warned, warnings due, warnings not opened', params: idParams, response: { 200: warningOverviewSchema, ...errors } } },
    async (request) => getWarningOverview(database, clock, requireActor(request), request.params.id),
  );

  app.post(
    '/api/schools/:id/limit-warnings',
    { schema: { tags: ['upper-secondary'], summary: 'Send the warnings due to a pupil in a subject now', params: idParams, body: sendWarningSchema, response: { 201: sentWarningsSchema, ...errors } } },
    async (request, reply) => {
      const run = await sendWarningNow(database, clock, requireActor(request), request.body, publicUrl);
      await queueEmails(run.emails);
      return reply.status(201).send({ warnings: run.warnings, emails: run.emails.length });
    },
  );

  app.get(
    '/api/warnings/:id/pdf',
    { schema: { tags: ['upper-secondary'], summary: 'The warning letter as PDF (opening it in the portal records the opening)', params: idParams, querystring: z.object({ locale: localeSchema.optional() }) } },
    async (request, reply) => {
      const locale = request.query.locale ?? request.locale;
      const { pdf, fileName } = await getWarningPdf(database, clock, requireActor(request), request.params.id, locale);
      return reply.header('content-disposition', `inline; filename="${fileName}"`).header('cache-control', 'private, no-store').type('application/pdf').send(pdf);
    },
  );

  app.get(
    '/api/warnings/open/:token',
    {
      // Nobody is logged in when the link is followed: the token alone finds its letter, across owners.
      config: { tenantScope: 'maintenance' },
      schema: { tags: ['upper-secondary'], summary: "The opening link in a warning's e-mail: records the opening and leads to «Mitt fravær»", params: z.object({ token: z.string().max(100) }) },
    },
    async (request, reply) => {
      const warningId = await openWarningByToken(database, clock, request.params.token);
      return reply.redirect(warningId ? `/mitt-fravaer?varsel=${warningId}` : '/mitt-fravaer', 303);
    },
  );
};
