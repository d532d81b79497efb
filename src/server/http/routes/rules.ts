import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  concernSchema,
  handleConcernSchema,
  myConcernsSchema,
  myNotificationsSchema,
  outboxQuerySchema,
  outboxSchema,
  policyOverviewSchema,
  pupilConcernPageSchema,
  readNotificationsSchema,
  savePolicySchema,
  schoolConcernsSchema,
} from '../../../contracts/rules.js';
import { apiErrorSchema } from '../../../contracts/errors.js';
import type { Database } from '../../db/client.js';
import type { Clock } from '../../clock.js';
import { requireActor } from '../plugins/auth.js';
import { getMyConcerns, getPupilConcerns, getSchoolConcerns, setConcernHandled } from '../../services/concerns.js';
import { getMyNotifications, getOwnerOutbox, getSchoolOutbox, readMyNotifications } from '../../services/outbox.js';
import { getPolicyOverview, getPolicyVersion, saveOwnerPolicy, type ActivePolicy } from '../../services/owner-policies.js';

const errors = { 400: apiErrorSchema, 401: apiErrorSchema, 403: apiErrorSchema, 404: apiErrorSchema };

const presentActive = (a: ActivePolicy) => ({
  policy: a.policy as unknown as Record<string, unknown>,
  version: a.version,
  basedOn: a.basedOn,
  savedAt: a.savedAt ? a.savedAt.toISOString() : null,
  savedBy: a.savedBy,
});

export const ruleRoutes: FastifyPluginAsyncZod<{ database: Database; clock: Clock; mailServer: boolean }> = async (app, { database, clock, mailServer }) => {
  app.get(
    '/api/my/concerns',
    {
      schema: {
        tags: ['rules'],
        summary: "«Mine elever»: the contact teacher's pupils with open concerns or on course for one, most urgent first",
        response: { 200: myConcernsSchema, ...errors },
      },
    },
    async (request) => getMyConcerns(database, clock, requireActor(request)),
  );

  app.get(
    '/api/pupils/:pupilId/concerns',
    {
      schema: {
        tags: ['rules'],
        summary: "A pupil's concerns this school year and the rules the pupil is on course for",
        params: z.object({ pupilId: z.uuid() }),
        response: { 200: pupilConcernPageSchema, ...errors },
      },
    },
    async (request) => getPupilConcerns(database, clock, requireActor(request), request.params.pupilId),
  );

  app.get(
    '/api/schools/:schoolId/concerns',
    {
      schema: {
        tags: ['rules'],
        summary: "A school's open concerns, for its leadership",
        params: z.object({ schoolId: z.uuid() }),
        response: { 200: schoolConcernsSchema, ...errors },
      },
    },
    async (request) => getSchoolConcerns(database, clock, requireActor(request), request.params.schoolId),
  );

  app.put(
    '/api/concerns/:concernId/handled',
    {
      schema: {
        tags: ['rules'],
        summary: 'Mark a concern as followed up, or open it again',
        params: z.object({ concernId: z.uuid() }),
        body: handleConcernSchema,
        response: { 200: concernSchema, ...errors },
      },
    },
    async (request) => setConcernHandled(database, clock, requireActor(request), request.params.concernId, request.body.handled),
  );

  app.get(
    '/api/schools/:schoolId/outbox',
    {
      schema: {
        tags: ['rules'],
        summary: "What the school's rules sent and what waits",
        params: z.object({ schoolId: z.uuid() }),
        querystring: outboxQuerySchema,
        response: { 200: outboxSchema, ...errors },
      },
    },
    async (request) =>
      getSchoolOutbox(database, requireActor(request), request.params.schoolId, { mailServer, ...(request.query.status ? { status: request.query.status } : {}) }),
  );

  app.get(
    '/api/owner/outbox',
    {
      schema: {
        tags: ['rules'],
        summary: "What all the owner's schools sent and what waits (administrator)",
        querystring: outboxQuerySchema,
        response: { 200: outboxSchema, ...errors },
      },
    },
    async (request) => getOwnerOutbox(database, requireActor(request), { mailServer, ...(request.query.status ? { status: request.query.status } : {}) }),
  );

  app.get(
    '/api/my/notifications',
    { schema: { tags: ['rules'], summary: 'The logged-in staff member’s notifications', response: { 200: myNotificationsSchema, ...errors } } },
    async (request) => getMyNotifications(database, requireActor(request)),
  );

  app.post(
    '/api/my/notifications/read',
    {
      schema: {
        tags: ['rules'],
        summary: 'Mark notifications as read',
        body: readNotificationsSchema,
        response: { 204: z.null(), ...errors },
      },
    },
    async (request, reply) => {
      await readMyNotifications(database, clock, requireActor(request), request.body.ids);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/owner/policy',
    {
      schema: {
        tags: ['rules'],
        summary: "The school owner's rules for worrying absence: the version in force, its history and the presets",
        response: { 200: policyOverviewSchema, ...errors },
      },
    },
    async (request) => {
      const overview = await getPolicyOverview(database, requireActor(request));
      return {
        active: presentActive(overview.active),
        versions: overview.versions.map((v) => ({ ...v, savedAt: v.savedAt.toISOString() })),
        presets: overview.presets.map((p) => ({ id: p.id, policy: p.policy as unknown as Record<string, unknown> })),
        mayEdit: overview.mayEdit,
      };
    },
  );

  app.get(
    '/api/owner/policy/versions/:version',
    {
      schema: {
        tags: ['rules'],
        summary: 'One saved version of the owner’s rules',
        params: z.object({ version: z.coerce.number().int().min(1).max(1_000_000) }),
        response: { 200: policyOverviewSchema.shape.active, ...errors },
      },
    },
    async (request) => presentActive(await getPolicyVersion(database, requireActor(request), request.params.version)),
  );

  app.put(
    '/api/owner/policy',
    {
      schema: {
        tags: ['rules'],
        summary: 'Save the owner’s rules as a new version (administrator); nothing is saved unless all of it is valid',
        body: savePolicySchema,
        response: { 200: policyOverviewSchema.shape.active, ...errors },
      },
    },
    async (request) => presentActive(await saveOwnerPolicy(database, clock, requireActor(request), request.body)),
  );
};
