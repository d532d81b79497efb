import { z } from 'zod';

/**
 * Why data about a pupil was opened or changed, as the audit log records it.
 * One closed list, so that every reason has words in each catalogue
 * (audit.json `reasons`), and the log never shows a bare code.
 */
export const auditReasons = [
  'leadership',
  'contact_teacher',
  'teacher',
  'case_member',
  'consent',
  'own_data',
  'parental_responsibility',
  'class_view',
  'contact_pupils',
  'contact_teacher_week',
  'school_view',
  'school_overview',
  'school_cases',
  'pupil_cases',
  'my_cases',
  'list',
  'audit_review',
  'access_request',
  'retention',
  'daily_reminders',
  'measure_suggestions',
  'monthly_review',
  'owner_statistics',
  'case_from_concern',
  'case_by_hand',
] as const;
export type AuditReason = (typeof auditReasons)[number];

/** What was opened or changed: one closed list, each with its words in audit.json `entities`. */
export const auditEntities = [
  'absence_figures',
  'absence_limit',
  'absence_notice',
  'absence_notices',
  'absence_patterns',
  'absence_week',
  'access_log',
  'attendance',
  'attendance_documentation',
  'attendance_mark_history',
  'attendance_marks',
  'audit_log',
  'calendar_task',
  'case_agreement',
  'case_contact',
  'case_consent',
  'case_conversation',
  'case_document',
  'case_mapping',
  'case_meeting',
  'case_member',
  'case_reminder',
  'certificate_absence',
  'complaint',
  'concern',
  'discretion_decision',
  'documentation_submission',
  'documentation_submissions',
  'followup_case',
  'followup_cases',
  'higher_health_risk',
  'import_batch',
  'leave_request',
  'lesson',
  'limit',
  'limit_warning',
  'limit_warnings',
  'mark_complaint',
  'monthly_review',
  'notice',
  'notifications',
  'outbox',
  'owner_policy',
  'owner_retention',
  'owner_statistics',
  'patterns',
  'pupil_export',
  'routine_fidelity',
  'submission',
  'submission_file',
  'warning',
] as const;
export type AuditEntity = (typeof auditEntities)[number];

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
