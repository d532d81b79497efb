import { z } from 'zod';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** The leadership's search in the school's audit log: by pupil, by user, by dates, a page at a time. */
export const auditLogQuerySchema = z.object({
  pupilId: z.uuid().optional(),
  userId: z.uuid().optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
});
export type AuditLogQuery = z.infer<typeof auditLogQuerySchema>;

export const auditLogEntrySchema = z.object({
  id: z.number().int(),
  at: z.iso.datetime(),
  actor: z.object({ id: z.uuid().nullable(), name: z.string().nullable(), role: z.string().nullable() }),
  action: z.string(),
  entity: z.string(),
  entityId: z.string().nullable(),
  pupil: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  reason: z.string().nullable(),
});
export type AuditLogEntry = z.infer<typeof auditLogEntrySchema>;

export const AUDIT_PAGE_SIZE = 50;

export const auditLogPageSchema = z.object({
  school: z.object({ id: z.uuid(), name: z.string() }),
  entries: z.array(auditLogEntrySchema),
  page: z.number().int(),
  pageSize: z.number().int(),
  total: z.number().int(),
});
export type AuditLogPage = z.infer<typeof auditLogPageSchema>;

/** «Hvem har sett mappen»: who has opened a pupil's data, for the pupil and the guardians. */
export const accessLogSchema = z.object({
  pupil: z.object({ id: z.uuid(), givenName: z.string(), familyName: z.string() }),
  entries: z.array(
    z.object({
      at: z.iso.datetime(),
      /** The person's name, or null for the system itself (a nightly job). */
      who: z.string().nullable(),
      role: z.string().nullable(),
      action: z.string(),
      what: z.string(),
      why: z.string().nullable(),
    }),
  ),
  page: z.number().int(),
  pageSize: z.number().int(),
  total: z.number().int(),
});
export type AccessLog = z.infer<typeof accessLogSchema>;
export const accessLogQuerySchema = z.object({ page: z.coerce.number().int().min(1).max(10_000).default(1) });
