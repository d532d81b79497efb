// Everything stored about one pupil, section by section, for an access
// request (innsyn, GDPR art. 15). A table that holds pupils' data adds its
// section here.
import type { Queryable } from '../client.js';

export const EXPORT_SECTIONS = {
  pupil: `select id, external_id, given_name, family_name, birth_date, school_id, email from pupils where id = $1`,
  guardians: `select g.given_name, g.family_name, g.email, pg.parental_responsibility
                from pupil_guardians pg join guardians g on g.id = pg.guardian_id where pg.pupil_id = $1`,
  classes: `select g.name, g.kind, m.valid_from, m.valid_to from group_memberships m join groups g on g.id = m.group_id where m.pupil_id = $1`,
  contactTeachers: `select u.given_name, u.family_name, c.valid_from, c.valid_to from contact_teachers c join users u on u.id = c.user_id where c.pupil_id = $1`,
  attendanceMarks: `select m.date, l.period, s.name as subject, m.status, m.minutes_late, m.documentation, m.reason_code
                      from attendance_marks m join lessons l on l.id = m.lesson_id left join subjects s on s.id = l.subject_id
                     where m.pupil_id = $1 order by m.date, l.period`,
  markChanges: `select changed_at, mark_id from attendance_mark_history where pupil_id = $1 order by changed_at`,
  absenceNotices: `select kind, from_date, to_date, reason_code, status, decision_note from absence_notices where pupil_id = $1 order by from_date`,
  concerns: `select rule_id, status, raised_on from concerns where pupil_id = $1 order by raised_on`,
  documentationSubmissions: `select submitted_at, status, decided_at from documentation_submissions where pupil_id = $1 order by submitted_at`,
  markComplaints: `select claim, explanation, status from mark_complaints where pupil_id = $1`,
  limitWarnings: `select sent_on from limit_warnings where pupil_id = $1 order by sent_on`,
  notifications: `select kind, channel, created_at, sent_at from notifications where pupil_id = $1 order by created_at`,
  // The follow-up cases with all their records (issue 6): the pupil's right of access covers the case as much as the marks.
  followupCases: `select id, school_id, status, staircase_id, current_step_id, opened_at, closed_at from followup_cases where pupil_id = $1 order by opened_at`,
  caseLog: `select e.case_id, e.seq, e.type, e.at, e.payload from case_events e join followup_cases c on c.id = e.case_id where c.pupil_id = $1 order by e.case_id, e.seq`,
  caseTeam: `select m.case_id, m.role, m.service, concat_ws(' ', u.given_name, u.family_name) as name
               from case_members m join followup_cases c on c.id = m.case_id join users u on u.id = m.user_id where c.pupil_id = $1`,
  caseContacts: `select r.case_id, r.at, r.channel, r.entry from case_contacts r join followup_cases c on c.id = r.case_id where c.pupil_id = $1 order by r.at`,
  caseConversations: `select r.case_id, r.at, r.with, r.conversation, r.pupil_voice from case_conversations r join followup_cases c on c.id = r.case_id where c.pupil_id = $1 order by r.at`,
  caseMeetings: `select r.case_id, r.title, r.meeting_on, r.invitation, r.minutes, r.pupil_voice from case_meetings r join followup_cases c on c.id = r.case_id where c.pupil_id = $1 order by r.meeting_on`,
  caseMappings: `select r.case_id, r.tool, r.perspective, r.at, r.content from case_mappings r join followup_cases c on c.id = r.case_id where c.pupil_id = $1 order by r.at`,
  caseAgreements: `select a.case_id, v.agreement_id, v.number, v.kind, v.content, v.evaluation, v.created_at
                     from case_agreement_versions v join case_agreements a on a.id = v.agreement_id join followup_cases c on c.id = a.case_id
                    where c.pupil_id = $1 order by v.created_at`,
  caseConsents: `select r.case_id, r.decision, r.given_on, r.content, r.withdrawn_on from case_consents r join followup_cases c on c.id = r.case_id where c.pupil_id = $1 order by r.given_on`,
  whoHasOpened: `select a.at, concat_ws(' ', u.given_name, u.family_name) as who, a.actor_role as role, a.action, a.entity, a.reason
                   from audit_log a left join users u on u.id = a.actor_id where a.pupil_id = $1 order by a.at`,
} as const;

export type ExportSection = keyof typeof EXPORT_SECTIONS;

export async function exportSections(db: Queryable, pupilId: string): Promise<Record<ExportSection, Record<string, unknown>[]>> {
  const out = {} as Record<ExportSection, Record<string, unknown>[]>;
  for (const [name, sql] of Object.entries(EXPORT_SECTIONS) as [ExportSection, string][]) {
    out[name] = await db.query(sql, [pupilId]);
  }
  return out;
}
