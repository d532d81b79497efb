// Rows as the API shows them.
import type { Complaint, Submission, Warning } from '../../../contracts/upper-secondary.js';
import type { ComplaintRow, SubmissionRow, WarningRow } from '../../db/repositories/upper-secondary.js';

const iso = (value: string | Date | null) => (value === null ? null : new Date(value).toISOString());

export function presentWarning(w: WarningRow): Warning {
  return {
    id: w.id,
    subjectId: w.subject_id,
    subjectName: w.subject_name,
    assessment: { kind: w.assessment_kind, date: w.assessment_date },
    because: w.because,
    sentOn: w.sent_on,
    percent: Number(w.figures.percent ?? 0),
    deliveries: w.deliveries.map((d) => ({
      recipientKind: d.recipientKind,
      recipientName: d.recipientName,
      status: d.status,
      statusReason: d.statusReason,
      sentAt: iso(d.sentAt),
      openedAt: iso(d.openedAt),
    })),
  };
}

export function presentSubmission(s: SubmissionRow): Submission {
  return {
    id: s.id,
    pupil: { id: s.pupil_id, givenName: s.given_name, familyName: s.family_name, className: s.class_name },
    reasonCode: s.reason_code,
    status: s.status,
    submittedAt: s.submitted_at.toISOString(),
    submittedBy: s.submitted_by_name,
    lessons: s.lessons,
    file: s.file,
    decidedBy: s.decided_by_name,
    decidedAt: iso(s.decided_at),
    decisionReason: s.decision_reason,
  };
}

export function presentComplaint(c: ComplaintRow): Complaint {
  return {
    id: c.id,
    pupil: { id: c.pupil_id, givenName: c.given_name, familyName: c.family_name, className: c.class_name },
    markId: c.mark_id,
    lessonId: c.lesson_id,
    date: c.date,
    period: c.period,
    subjectName: c.subject_name,
    markStatus: c.mark_status,
    claim: c.claim,
    claimMinutesLate: c.claim_minutes_late,
    explanation: c.explanation,
    status: c.status,
    submittedAt: c.submitted_at.toISOString(),
    decidedBy: c.decided_by_name,
    decidedAt: iso(c.decided_at),
    decisionReason: c.decision_reason,
  };
}
