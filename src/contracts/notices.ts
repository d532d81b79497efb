import { z } from 'zod';
import { isoDateSchema } from './attendance.js';

export const noticeKindSchema = z.enum(['absence', 'leave_request']);
export const noticeStatusSchema = z.enum(['submitted', 'approved', 'refused', 'withdrawn']);

export const createNoticeSchema = z.object({
  pupilId: z.uuid(),
  /** absence: a notice of absence (sykdom, familie ...); leave_request: a request for leave (permisjon) to be decided. */
  kind: noticeKindSchema,
  fromDate: isoDateSchema,
  toDate: isoDateSchema,
  /** Null or absent: whole days. Otherwise the lesson periods concerned on each day. */
  periods: z.array(z.number().int().min(1).max(16)).min(1).max(16).nullable().optional(),
  reasonCode: z.string().max(60),
});
export type CreateNotice = z.infer<typeof createNoticeSchema>;

export const noticeSchema = z.object({
  id: z.uuid(),
  pupil: z.object({ id: z.uuid(), givenName: z.string(), familyName: z.string() }),
  kind: noticeKindSchema,
  status: noticeStatusSchema,
  fromDate: isoDateSchema,
  toDate: isoDateSchema,
  periods: z.array(z.number().int()).nullable(),
  reasonCode: z.string(),
  submittedBy: z.object({ id: z.uuid(), name: z.string() }),
  submittedAt: z.iso.datetime({ offset: true }),
  decidedBy: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  decidedAt: z.iso.datetime({ offset: true }).nullable(),
  decisionNote: z.string().nullable(),
});
export type Notice = z.infer<typeof noticeSchema>;

export const reportablePupilSchema = z.object({
  id: z.uuid(),
  givenName: z.string(),
  familyName: z.string(),
  /** The pupil reports for themselves (18 or older). */
  self: z.boolean(),
});

export const myNoticesSchema = z.object({
  pupils: z.array(reportablePupilSchema),
  /** Reasons a guardian or pupil may give, by kind of notice. */
  reasons: z.object({ absence: z.array(z.string()), leave_request: z.array(z.string()) }),
  notices: z.array(noticeSchema),
});
export type MyNotices = z.infer<typeof myNoticesSchema>;

export const leaveRequestsQuerySchema = z.object({ status: noticeStatusSchema.optional() });
export const noticeListSchema = z.object({ notices: z.array(noticeSchema) });

export const decideLeaveSchema = z.object({
  decision: z.enum(['approved', 'refused']),
  /** Why, in a few words about school matters (never health). Required when refused. */
  note: z.string().trim().max(500).nullable().optional(),
});
export type DecideLeave = z.infer<typeof decideLeaveSchema>;
