// SQL for follow-up cases: the case rows, the append-only event log, the team
// around the pupil and the records the events name. Every query is scoped by
// the ids the service has already authorised; the owner id is written on each
// row so that a tenant's data can be found (and exported) by owner alone.
import type { Queryable } from '../../db/client.js';
import type { CaseEvent } from '../../../contracts/followup-case.js';

export interface CaseRow extends Record<string, unknown> {
  id: string;
  owner_id: string;
  school_id: string;
  pupil_id: string;
  staircase_id: string;
  staircase_version: number;
  staircase: unknown;
  concern_id: string | null;
  status: 'open' | 'closed';
  current_step_id: string;
  opened_by: string;
  opened_at: Date;
  closed_at: Date | null;
  given_name: string;
  family_name: string;
  class_name: string | null;
  school_name: string;
}

const caseSelect = `
  select c.id, c.owner_id, c.school_id, c.pupil_id, c.staircase_id, c.staircase_version, c.staircase, c.concern_id, c.status,
         c.current_step_id, c.opened_by, c.opened_at, c.closed_at, p.given_name, p.family_name, s.name as school_name,
         (select g.name from group_memberships m join groups g on g.id = m.group_id
           where m.pupil_id = p.id and g.kind = 'class' and m.valid_from <= current_date and (m.valid_to is null or m.valid_to >= current_date)
           order by m.valid_from desc limit 1) as class_name
    from followup_cases c join pupils p on p.id = c.pupil_id join schools s on s.id = c.school_id`;

export async function findCase(db: Queryable, caseId: string, forUpdate = false): Promise<CaseRow | null> {
  if (forUpdate) await db.query('select id from followup_cases where id = $1 for update', [caseId]);
  const rows = await db.query<CaseRow>(`${caseSelect} where c.id = $1`, [caseId]);
  return rows[0] ?? null;
}

export function casesOfPupils(db: Queryable, pupilIds: readonly string[]) {
  return db.query<CaseRow>(`${caseSelect} where c.pupil_id = any($1::uuid[]) order by c.status desc, c.opened_at desc`, [pupilIds]);
}

export function casesOfSchool(db: Queryable, schoolId: string, status: 'open' | 'closed' | null) {
  return db.query<CaseRow>(`${caseSelect} where c.school_id = $1 and ($2::text is null or c.status = $2) order by c.opened_at desc`, [schoolId, status]);
}

export function casesWithMember(db: Queryable, userId: string) {
  return db.query<CaseRow>(`${caseSelect} where c.id in (select case_id from case_members where user_id = $1) order by c.opened_at desc`, [userId]);
}

export function openCaseOfPupil(db: Queryable, pupilId: string) {
  return db.query<{ id: string }>(`select id from followup_cases where pupil_id = $1 and status = 'open'`, [pupilId]);
}

export interface NewCase {
  ownerId: string;
  schoolId: string;
  pupilId: string;
  staircaseId: string;
  staircaseVersion: number;
  staircase: unknown;
  concernId: string | null;
  currentStepId: string;
  openedBy: string;
  openedAt: string;
}

/** Null when the pupil has an open case already (the partial unique index). */
export async function insertCase(tx: Queryable, c: NewCase): Promise<string | null> {
  const rows = await tx.query<{ id: string }>(
    `insert into followup_cases (owner_id, school_id, pupil_id, staircase_id, staircase_version, staircase, concern_id, current_step_id, opened_by, opened_at)
     values ($1, $2, $3, $4, $5, $6::jsonb, $7, $8, $9, $10)
     on conflict (pupil_id) where status = 'open' do nothing
     returning id`,
    [c.ownerId, c.schoolId, c.pupilId, c.staircaseId, c.staircaseVersion, JSON.stringify(c.staircase), c.concernId, c.currentStepId, c.openedBy, c.openedAt],
  );
  return rows[0]?.id ?? null;
}

export async function setCaseListing(tx: Queryable, caseId: string, listing: { status: 'open' | 'closed'; currentStepId: string; closedAt: string | null }) {
  await tx.query(`update followup_cases set status = $2, current_step_id = $3, closed_at = $4, updated_at = now() where id = $1`, [
    caseId,
    listing.status,
    listing.currentStepId,
    listing.closedAt,
  ]);
}

export async function eventsOf(db: Queryable, caseId: string): Promise<CaseEvent[]> {
  const rows = await db.query<{ payload: CaseEvent }>('select payload from case_events where case_id = $1 order by seq', [caseId]);
  return rows.map((r) => r.payload);
}

export async function eventsOfCases(db: Queryable, caseIds: readonly string[]): Promise<Map<string, CaseEvent[]>> {
  const rows = await db.query<{ case_id: string; payload: CaseEvent }>('select case_id, payload from case_events where case_id = any($1::uuid[]) order by case_id, seq', [caseIds]);
  const map = new Map<string, CaseEvent[]>();
  for (const r of rows) map.set(r.case_id, [...(map.get(r.case_id) ?? []), r.payload]);
  return map;
}

export async function appendEvent(tx: Queryable, caseId: string, ownerId: string, seq: number, event: CaseEvent, recordedBy: string | null) {
  await tx.query(
    `insert into case_events (case_id, seq, owner_id, event_id, type, at, recorded_by, payload) values ($1, $2, $3, $4, $5, $6, $7, $8::jsonb)`,
    [caseId, seq, ownerId, event.id, event.type, event.at, recordedBy, JSON.stringify(event)],
  );
}

export interface MemberRow extends Record<string, unknown> {
  user_id: string;
  role: string;
  service: string | null;
  name: string;
  email: string | null;
}

export function membersOf(db: Queryable, caseId: string) {
  return db.query<MemberRow>(
    `select m.user_id, m.role, m.service, (u.given_name || ' ' || u.family_name) as name, u.email from case_members m join users u on u.id = m.user_id where m.case_id = $1 order by m.created_at, u.given_name`,
    [caseId],
  );
}

export async function addMember(tx: Queryable, caseId: string, ownerId: string, userId: string, role: string, addedBy: string, service: string | null = null) {
  await tx.query(
    `insert into case_members (case_id, user_id, owner_id, role, service, added_by) values ($1, $2, $3, $4, $5, $6)
     on conflict (case_id, user_id) do update set role = excluded.role, service = excluded.service`,
    [caseId, userId, ownerId, role, service, addedBy],
  );
}

/** The owner's outside services (PPT, BUP, barnevern…) who may be put on a case's team. */
export function outsideServiceUsers(db: Queryable, ownerId: string) {
  return db.query<{ id: string; name: string }>(
    `select distinct u.id, (u.given_name || ' ' || u.family_name) as name, u.given_name, u.family_name
       from users u join role_assignments r on r.user_id = u.id
      where u.owner_id = $1 and r.role = 'outside_service' order by u.given_name, u.family_name`,
    [ownerId],
  );
}

/** The pupil's guardians by name, for taking them out of an anonymous summary. */
export function guardianNames(db: Queryable, pupilId: string) {
  return db.query<{ name: string }>(
    `select g.given_name || ' ' || g.family_name as name from pupil_guardians pg join guardians g on g.id = pg.guardian_id where pg.pupil_id = $1`,
    [pupilId],
  );
}

// Consents ---------------------------------------------------------------------

export interface ConsentRow extends Record<string, unknown> {
  id: string;
  decision: 'given' | 'refused';
  given_on: string;
  content: Record<string, unknown>;
  withdrawn_on: string | null;
  created_by_name: string;
  withdrawn_by_name: string | null;
}

export function consentsOf(db: Queryable, caseId: string) {
  return db.query<ConsentRow>(
    `select c.id, c.decision, c.given_on::text as given_on, c.content, c.withdrawn_on::text as withdrawn_on,
            (a.given_name || ' ' || a.family_name) as created_by_name, (w.given_name || ' ' || w.family_name) as withdrawn_by_name
       from case_consents c join users a on a.id = c.created_by left join users w on w.id = c.withdrawn_by
      where c.case_id = $1 order by c.given_on, c.created_at`,
    [caseId],
  );
}

export async function insertConsent(tx: Queryable, r: { caseId: string; ownerId: string; decision: string; givenOn: string; content: unknown; by: string }) {
  const rows = await tx.query<{ id: string }>(
    `insert into case_consents (case_id, owner_id, decision, given_on, content, created_by) values ($1, $2, $3, $4, $5::jsonb, $6) returning id`,
    [r.caseId, r.ownerId, r.decision, r.givenOn, JSON.stringify(r.content), r.by],
  );
  return rows[0]!.id;
}

/** Withdraws a consent in force; false when it is not the case's, was refused, or is withdrawn already. */
export async function withdrawConsent(tx: Queryable, caseId: string, consentId: string, on: string, by: string): Promise<boolean> {
  const rows = await tx.query(
    `update case_consents set withdrawn_on = greatest($3::date, given_on), withdrawn_by = $4
      where id = $2 and case_id = $1 and decision = 'given' and withdrawn_on is null returning id`,
    [caseId, consentId, on, by],
  );
  return rows.length === 1;
}

export async function removeMember(tx: Queryable, caseId: string, userId: string) {
  await tx.query('delete from case_members where case_id = $1 and user_id = $2', [caseId, userId]);
}

/** Staff of the school, for the team and for tasks. */
export function schoolStaff(db: Queryable, schoolId: string) {
  return db.query<{ id: string; name: string; roles: string[] }>(
    `select u.id, (u.given_name || ' ' || u.family_name) as name, array_agg(distinct r.role) as roles
       from users u join role_assignments r on r.user_id = u.id
      where r.school_id = $1 and r.role in ('teacher', 'leadership', 'counsellor', 'nurse', 'resource_team')
      group by u.id, u.given_name, u.family_name order by u.given_name, u.family_name`,
    [schoolId],
  );
}

// Records ---------------------------------------------------------------------

export interface RecordRow extends Record<string, unknown> {
  id: string;
  at: Date;
  created_by: string;
  created_by_name: string;
}

export async function insertContact(tx: Queryable, r: { caseId: string; ownerId: string; at: string; channel: string; entry: unknown; by: string }) {
  const rows = await tx.query<{ id: string }>(
    `insert into case_contacts (case_id, owner_id, at, channel, entry, created_by) values ($1, $2, $3, $4, $5::jsonb, $6) returning id`,
    [r.caseId, r.ownerId, r.at, r.channel, JSON.stringify(r.entry), r.by],
  );
  return rows[0]!.id;
}

export function contactsOf(db: Queryable, caseId: string) {
  return db.query<RecordRow & { entry: Record<string, unknown> }>(
    `select c.id, c.at, c.entry, c.created_by, (u.given_name || ' ' || u.family_name) as created_by_name from case_contacts c join users u on u.id = c.created_by where c.case_id = $1 order by c.at, c.created_at`,
    [caseId],
  );
}

export async function insertConversation(
  tx: Queryable,
  r: { caseId: string; ownerId: string; at: string; with: string; guideId: string | null; conversation: unknown; pupilVoice: unknown; by: string },
) {
  const rows = await tx.query<{ id: string }>(
    `insert into case_conversations (case_id, owner_id, at, "with", guide_id, conversation, pupil_voice, created_by)
     values ($1, $2, $3, $4, $5, $6::jsonb, $7::jsonb, $8) returning id`,
    [r.caseId, r.ownerId, r.at, r.with, r.guideId, JSON.stringify(r.conversation), JSON.stringify(r.pupilVoice), r.by],
  );
  return rows[0]!.id;
}

export function conversationsOf(db: Queryable, caseId: string) {
  return db.query<RecordRow & { conversation: Record<string, unknown>; pupil_voice: Record<string, unknown> }>(
    `select c.id, c.at, c.conversation, c.pupil_voice, c.created_by, (u.given_name || ' ' || u.family_name) as created_by_name
       from case_conversations c join users u on u.id = c.created_by where c.case_id = $1 order by c.at, c.created_at`,
    [caseId],
  );
}

export async function insertMeeting(tx: Queryable, r: { caseId: string; ownerId: string; title: string; meetingOn: string; invitation: unknown; by: string }) {
  const rows = await tx.query<{ id: string }>(
    `insert into case_meetings (case_id, owner_id, title, meeting_on, invitation, created_by) values ($1, $2, $3, $4, $5::jsonb, $6) returning id`,
    [r.caseId, r.ownerId, r.title, r.meetingOn, JSON.stringify(r.invitation), r.by],
  );
  return rows[0]!.id;
}

/** Writes the minutes once; false when the meeting has them already. */
export async function setMeetingMinutes(tx: Queryable, meetingId: string, minutes: unknown, pupilVoice: unknown, heldAt: string, by: string): Promise<boolean> {
  const rows = await tx.query<{ id: string }>(
    `update case_meetings set minutes = $2::jsonb, pupil_voice = $3::jsonb, held_at = $4, minutes_by = $5 where id = $1 and minutes is null returning id`,
    [meetingId, JSON.stringify(minutes), JSON.stringify(pupilVoice), heldAt, by],
  );
  return rows.length === 1;
}

export interface MeetingRow extends RecordRow {
  case_id: string;
  title: string;
  invitation: Record<string, unknown>;
  minutes: Record<string, unknown> | null;
  pupil_voice: Record<string, unknown> | null;
  held_at: Date | null;
}

export function meetingsOf(db: Queryable, caseId: string) {
  return db.query<MeetingRow>(
    `select m.id, m.case_id, m.created_at as at, m.title, m.invitation, m.minutes, m.pupil_voice, m.held_at, m.created_by, (u.given_name || ' ' || u.family_name) as created_by_name
       from case_meetings m join users u on u.id = m.created_by where m.case_id = $1 order by m.meeting_on, m.created_at`,
    [caseId],
  );
}

export async function insertMapping(tx: Queryable, r: { caseId: string; ownerId: string; tool: string; perspective: string | null; at: string; content: unknown; by: string }) {
  const rows = await tx.query<{ id: string }>(
    `insert into case_mappings (case_id, owner_id, tool, perspective, at, content, created_by) values ($1, $2, $3, $4, $5, $6::jsonb, $7) returning id`,
    [r.caseId, r.ownerId, r.tool, r.perspective, r.at, JSON.stringify(r.content), r.by],
  );
  return rows[0]!.id;
}

export function mappingsOf(db: Queryable, caseId: string) {
  return db.query<RecordRow & { tool: string; perspective: string | null; content: Record<string, unknown> }>(
    `select m.id, m.at, m.tool, m.perspective, m.content, m.created_by, (u.given_name || ' ' || u.family_name) as created_by_name
       from case_mappings m join users u on u.id = m.created_by where m.case_id = $1 order by m.at, m.created_at`,
    [caseId],
  );
}

export async function insertAgreement(tx: Queryable, caseId: string, ownerId: string, by: string) {
  const rows = await tx.query<{ id: string }>('insert into case_agreements (case_id, owner_id, created_by) values ($1, $2, $3) returning id', [caseId, ownerId, by]);
  return rows[0]!.id;
}

export async function insertAgreementVersion(
  tx: Queryable,
  r: { agreementId: string; ownerId: string; number: number; kind: string; content: unknown; evaluation: unknown; by: string; at: string },
) {
  await tx.query(
    `insert into case_agreement_versions (agreement_id, number, owner_id, kind, content, evaluation, created_by, created_at)
     values ($1, $2, $3, $4, $5::jsonb, $6::jsonb, $7, $8)`,
    [r.agreementId, r.number, r.ownerId, r.kind, JSON.stringify(r.content), r.evaluation === null ? null : JSON.stringify(r.evaluation), r.by, r.at],
  );
}

export interface AgreementVersionRow extends Record<string, unknown> {
  agreement_id: string;
  case_id: string;
  number: number;
  kind: 'made' | 'revised' | 'evaluated';
  content: Record<string, unknown>;
  evaluation: Record<string, unknown> | null;
  created_by: string;
  created_at: Date;
}

export function agreementVersionsOf(db: Queryable, caseId: string) {
  return db.query<AgreementVersionRow>(
    `select v.agreement_id, a.case_id, v.number, v.kind, v.content, v.evaluation, v.created_by, v.created_at
       from case_agreement_versions v join case_agreements a on a.id = v.agreement_id
      where a.case_id = $1 order by a.created_at, v.agreement_id, v.number`,
    [caseId],
  );
}

/**
 * The evaluations the cases' agreements wait for: the date in each agreement's
 * latest version, unless that version is the evaluation of that very date
 * (evaluated, and not to go on).
 */
export async function pendingEvaluations(db: Queryable, caseIds: readonly string[]): Promise<Map<string, string[]>> {
  if (caseIds.length === 0) return new Map();
  const rows = await db.query<{ case_id: string; evaluation_on: string }>(
    `select latest.case_id, latest.content->>'evaluationOn' as evaluation_on
       from (select distinct on (v.agreement_id) a.case_id, v.content, v.evaluation
               from case_agreement_versions v join case_agreements a on a.id = v.agreement_id
              where a.case_id = any($1::uuid[])
              order by v.agreement_id, v.number desc) latest
      where latest.evaluation is null or (latest.content->>'evaluationOn') > (latest.evaluation->>'on')`,
    [caseIds],
  );
  const byCase = new Map<string, string[]>();
  for (const r of rows) byCase.set(r.case_id, [...(byCase.get(r.case_id) ?? []), r.evaluation_on]);
  return byCase;
}

export interface ConcernForCaseRow extends Record<string, unknown> {
  id: string;
  pupil_id: string;
  owner_id: string;
  key: string;
  rule_id: string;
  rule_name: string;
  policy_version: number;
  measure: string;
  level: 'notice' | 'concern' | 'serious';
  comparison: 'atLeast' | 'moreThan';
  value: number;
  threshold: number;
  base: number | null;
  window_kind: string;
  window_from: string;
  window_to: string;
  window_until: string;
  window_label: string | null;
  subject_code: string | null;
  evidence: string[];
  raised_on: string;
  due_by: string;
  step: { id: string; number: number } | null;
}

/** A concern with what a case's snapshot keeps of it. */
export async function concernForCase(db: Queryable, concernId: string) {
  const rows = await db.query<ConcernForCaseRow>(
    `select c.id, c.pupil_id, c.owner_id, c.key, c.rule_id, c.rule_name, c.policy_version, c.measure, c.level, c.comparison, c.value, c.threshold, c.base,
            c.window_kind, c.window_from, c.window_to, c.window_until, c.window_label, s.code as subject_code, c.evidence, c.raised_on, c.due_by, c.step
       from concerns c left join subjects s on s.id = c.subject_id where c.id = $1`,
    [concernId],
  );
  return rows[0] ?? null;
}

export function userNames(db: Queryable, userIds: readonly string[]) {
  return db.query<{ id: string; name: string; email: string; locale: string }>(
    `select id, given_name || ' ' || family_name as name, email, locale from users where id = any($1::uuid[])`,
    [userIds],
  );
}
