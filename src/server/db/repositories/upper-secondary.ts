// SQL for the upper-secondary absence limit: the pupil and the relations that
// decide access, assessments, higher health risk, warnings, the principal's
// decisions, documentation handed in, complaints and the certificate.
import type { Queryable } from '../client.js';

export interface LimitPupilRow extends Record<string, unknown> {
  id: string;
  given_name: string;
  family_name: string;
  birth_date: string;
  email: string | null;
  protected_address: boolean;
  school_id: string;
  school_name: string;
  school_level: string;
  owner_id: string;
  owner_name: string;
  owner_kind: string;
  class_name: string | null;
  school_year_id: string | null;
  contact_teacher_ids: string[];
  teacher_ids: string[];
  /** (subject, teacher) pairs of the groups the pupil is in: who teaches the pupil what. */
  teaching: { subjectId: string | null; userId: string }[];
  higher_health_risk: boolean;
}

const limitPupilSelect = `
  select p.id, p.given_name, p.family_name, p.birth_date, p.email, p.protected_address, p.school_id, s.name as school_name,
         s.level as school_level, p.owner_id, o.name as owner_name, o.kind as owner_kind,
         (select g.name from group_memberships m join groups g on g.id = m.group_id
           where m.pupil_id = p.id and g.kind = 'class' and m.valid_from <= $2::date and (m.valid_to is null or m.valid_to >= $2::date)
           order by m.valid_from desc limit 1) as class_name,
         (select y.id from school_years y where y.school_id = p.school_id and y.starts_on <= $2::date
           order by (y.ends_on >= $2::date) desc, y.starts_on desc limit 1) as school_year_id,
         coalesce((select array_agg(ct.user_id::text) from contact_teachers ct
            where ct.pupil_id = p.id and ct.valid_from <= $2::date and (ct.valid_to is null or ct.valid_to >= $2::date)), '{}') as contact_teacher_ids,
         coalesce((select array_agg(distinct gt.user_id::text) from group_memberships m join group_teachers gt on gt.group_id = m.group_id
            where m.pupil_id = p.id and (m.valid_to is null or m.valid_to >= $2::date - 366)), '{}') as teacher_ids,
         coalesce((select json_agg(distinct jsonb_build_object('subjectId', coalesce(gt.subject_id, g.subject_id), 'userId', gt.user_id))
            from group_memberships m join groups g on g.id = m.group_id join group_teachers gt on gt.group_id = g.id
            where m.pupil_id = p.id and (m.valid_to is null or m.valid_to >= $2::date - 366)), '[]') as teaching,
         exists (select 1 from pupil_health_risks r where r.pupil_id = p.id and r.ended_at is null and r.from_date <= $2::date) as higher_health_risk
    from pupils p join schools s on s.id = p.school_id join school_owners o on o.id = s.owner_id`;

export async function limitPupil(db: Queryable, pupilId: string, day: string) {
  const rows = await db.query<LimitPupilRow>(`${limitPupilSelect} where p.id = $1`, [pupilId, day]);
  return rows[0] ?? null;
}

export function limitPupilsOfSchool(db: Queryable, schoolId: string, day: string) {
  return db.query<LimitPupilRow>(
    `${limitPupilSelect} where p.school_id = $1
        and exists (select 1 from group_memberships m where m.pupil_id = p.id and m.valid_from <= $2::date and (m.valid_to is null or m.valid_to >= $2::date))
      order by p.family_name, p.given_name, p.id`,
    [schoolId, day],
  );
}

/** The portal user's pupils: themselves (a pupil's login), or the children they have parental responsibility for. */
export function portalPupils(db: Queryable, userId: string) {
  return db.query<{ id: string; given_name: string; family_name: string; birth_date: string; owner_id: string; self: boolean; guardian_id: string | null }>(
    `select p.id, p.given_name, p.family_name, p.birth_date, p.owner_id, false as self, u.guardian_id
       from users u join pupil_guardians pg on pg.guardian_id = u.guardian_id and pg.parental_responsibility
       join pupils p on p.id = pg.pupil_id
      where u.id = $1 and u.active
     union all
     select p.id, p.given_name, p.family_name, p.birth_date, p.owner_id, true as self, null as guardian_id
       from users u join pupils p on p.id = u.pupil_id where u.id = $1 and u.active
     order by family_name, given_name`,
    [userId],
  );
}

export function subjectsWithHours(db: Queryable, subjectIds: readonly string[]) {
  return db.query<{ id: string; code: string; name: string; annual_hours: number | null }>(
    'select id, code, name, annual_hours from subjects where id = any($1::uuid[])',
    [subjectIds],
  );
}

export interface AbsentMarkRow extends Record<string, unknown> {
  id: number;
  pupil_id: string;
  lesson_id: number;
  date: string;
  period: number;
  subject_id: string;
  subject_name: string;
  status: 'F';
  documentation: 'undocumented' | 'reported' | 'documented';
  reason_code: string | null;
  teacher_id: string | null;
  substitute_id: string | null;
  group_id: string;
  pending: 'submission' | 'complaint' | null;
}

/** The pupil's absent marks of held lessons between two days, with what waits on each. */
export function absentMarks(db: Queryable, pupilIds: readonly string[], from: string, to: string) {
  return db.query<AbsentMarkRow>(
    `select a.id, a.pupil_id, a.lesson_id, a.date, l.period, l.subject_id, s.name as subject_name, a.status, a.documentation, a.reason_code,
            l.teacher_id, l.substitute_id, l.group_id,
            case when exists (select 1 from documentation_submission_marks sm join documentation_submissions ds on ds.id = sm.submission_id
                               where sm.mark_id = a.id and ds.status = 'submitted') then 'submission'
                 when exists (select 1 from mark_complaints c where c.mark_id = a.id and c.status = 'submitted') then 'complaint' end as pending
       from attendance_marks a join lessons l on l.id = a.lesson_id and l.status = 'held' join subjects s on s.id = l.subject_id
      where a.pupil_id = any($1::uuid[]) and a.date between $2::date and $3::date and a.status = 'F'
      order by a.date, l.period`,
    [pupilIds, from, to],
  );
}

export function assessmentsOf(db: Queryable, schoolYearIds: readonly string[]) {
  return db.query<{ id: string; school_year_id: string; subject_id: string; kind: 'half_year' | 'final'; date: string; limit_applies: boolean }>(
    'select id, school_year_id, subject_id, kind, date, limit_applies from assessments where school_year_id = any($1::uuid[]) order by date',
    [schoolYearIds],
  );
}

// --- Higher health risk -------------------------------------------------------

export async function setHealthRisk(tx: Queryable, pupilId: string, on: boolean, userId: string, day: string, at: Date): Promise<boolean> {
  if (on) {
    const rows = await tx.query<{ id: string }>(
      `insert into pupil_health_risks (pupil_id, from_date, recorded_by, recorded_at) values ($1, $2, $3, $4)
       on conflict (pupil_id) where ended_at is null do nothing returning id`,
      [pupilId, day, userId, at],
    );
    return rows.length > 0;
  }
  const rows = await tx.query<{ id: string }>(
    'update pupil_health_risks set ended_by = $2, ended_at = $3 where pupil_id = $1 and ended_at is null returning id',
    [pupilId, userId, at],
  );
  return rows.length > 0;
}

// --- Warnings -------------------------------------------------------------------

export interface WarningRow extends Record<string, unknown> {
  id: string;
  pupil_id: string;
  subject_id: string;
  subject_name: string;
  assessment_kind: 'half_year' | 'final';
  assessment_date: string;
  because: 'over_limit' | 'forecast_over_limit' | 'at_risk_share';
  sent_on: string;
  figures: { percent: number };
  deliveries: {
    id: string;
    recipientKind: 'pupil' | 'guardian';
    recipientKey: string;
    recipientName: string | null;
    status: string;
    statusReason: string | null;
    sentAt: string | null;
    openedAt: string | null;
    locale: string;
  }[];
}

export function warningsOfPupils(db: Queryable, pupilIds: readonly string[]) {
  return db.query<WarningRow>(
    `select w.id, w.pupil_id, w.subject_id, s.name as subject_name, w.assessment_kind, w.assessment_date, w.because, w.sent_on, w.figures,
            coalesce((select json_agg(json_build_object('id', n.id, 'recipientKind', n.recipient_kind, 'recipientKey', n.recipient_key,
                        'recipientName', coalesce(g.given_name || ' ' || g.family_name, p.given_name || ' ' || p.family_name),
                        'status', n.status, 'statusReason', n.status_reason, 'sentAt', n.sent_at, 'openedAt', n.opened_at, 'locale', n.locale)
                        order by n.recipient_kind desc, n.recipient_key)
                 from notifications n left join guardians g on g.id = n.recipient_guardian_id left join pupils p on p.id = n.pupil_id and n.recipient_kind = 'pupil'
                where n.warning_id = w.id), '[]') as deliveries
       from limit_warnings w join subjects s on s.id = w.subject_id
      where w.pupil_id = any($1::uuid[])
      order by w.sent_on, w.created_at`,
    [pupilIds],
  );
}

export interface NewWarning {
  ownerId: string;
  schoolId: string;
  pupilId: string;
  subjectId: string;
  assessmentId: string | null;
  assessmentKind: 'half_year' | 'final';
  assessmentDate: string;
  because: string;
  sentOn: string;
  figures: Record<string, unknown>;
  createdBy: string | null;
}

/** Stores the warning unless one for the same pupil, subject and assessment exists: then null, and nothing is sent. */
export async function insertWarning(tx: Queryable, w: NewWarning): Promise<string | null> {
  const rows = await tx.query<{ id: string }>(
    `insert into limit_warnings (owner_id, school_id, pupil_id, subject_id, assessment_id, assessment_kind, assessment_date, because, sent_on, figures, created_by)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
     on conflict (pupil_id, subject_id, assessment_kind, assessment_date) do nothing returning id`,
    [w.ownerId, w.schoolId, w.pupilId, w.subjectId, w.assessmentId, w.assessmentKind, w.assessmentDate, w.because, w.sentOn, JSON.stringify(w.figures), w.createdBy],
  );
  return rows[0]?.id ?? null;
}

export interface LetterToStore {
  ownerId: string;
  schoolId: string;
  pupilId: string;
  kind: 'limit_warning' | 'documentation_reminder' | 'decision';
  warningId: string | null;
  reference: string | null;
  recipientKind: 'pupil' | 'guardian';
  recipientUserId: string | null;
  recipientGuardianId: string | null;
  recipientKey: string;
  email: string | null;
  locale: string;
  subject: string;
  body: string;
  neutral: boolean;
  status: 'pending' | 'not_sent';
  statusReason: string | null;
  openTokenHash: string | null;
}

/** Stores e-mails to the home; one a recipient a warning (or reference), so a second attempt adds nothing. */
export async function insertLetters(tx: Queryable, rows: readonly LetterToStore[]) {
  if (rows.length === 0) return [];
  return tx.query<{ id: string; status: string }>(
    `insert into notifications (owner_id, school_id, pupil_id, kind, warning_id, reference, channel, recipient_kind, recipient_user_id,
                                recipient_guardian_id, recipient_key, email, locale, subject, body, neutral, status, status_reason, open_token_hash)
     select n.owner_id, n.school_id, n.pupil_id, n.kind, n.warning_id, n.reference, 'email', n.recipient_kind, n.recipient_user_id,
            n.recipient_guardian_id, n.recipient_key, n.email, n.locale, n.subject, n.body, n.neutral, n.status, n.status_reason, n.open_token_hash
       from jsonb_to_recordset($1::jsonb) as n(owner_id uuid, school_id uuid, pupil_id uuid, kind text, warning_id uuid, reference text,
            recipient_kind text, recipient_user_id uuid, recipient_guardian_id uuid, recipient_key text, email text, locale text,
            subject text, body text, neutral boolean, status text, status_reason text, open_token_hash text)
     on conflict do nothing
     returning id, status`,
    [
      JSON.stringify(
        rows.map((n) => ({
          owner_id: n.ownerId, school_id: n.schoolId, pupil_id: n.pupilId, kind: n.kind, warning_id: n.warningId, reference: n.reference,
          recipient_kind: n.recipientKind, recipient_user_id: n.recipientUserId, recipient_guardian_id: n.recipientGuardianId,
          recipient_key: n.recipientKey, email: n.email, locale: n.locale, subject: n.subject, body: n.body, neutral: n.neutral,
          status: n.status, status_reason: n.statusReason, open_token_hash: n.openTokenHash,
        })),
      ),
    ],
  );
}

/** Marks the letter with this opening token opened (the first time only); returns the warning it belongs to. */
export async function openByToken(db: Queryable, tokenHash: string, at: Date) {
  const rows = await db.query<{ warning_id: string | null; pupil_id: string }>(
    `update notifications set opened_at = coalesce(opened_at, $2) where open_token_hash = $1 returning warning_id, pupil_id`,
    [tokenHash, at],
  );
  return rows[0] ?? null;
}

/** The portal user opened the warning: their own letters of it are opened. */
export async function openByRecipient(db: Queryable, warningId: string, recipientKeys: readonly string[], at: Date) {
  await db.query(
    'update notifications set opened_at = $3 where warning_id = $1 and recipient_key = any($2::text[]) and opened_at is null',
    [warningId, recipientKeys, at],
  );
}

export async function findWarning(db: Queryable, warningId: string) {
  const rows = await db.query<WarningRow & { school_id: string; owner_id: string; figures: Record<string, unknown> }>(
    `select w.id, w.pupil_id, w.school_id, w.owner_id, w.subject_id, s.name as subject_name, w.assessment_kind, w.assessment_date, w.because,
            w.sent_on, w.figures, '[]'::json as deliveries
       from limit_warnings w join subjects s on s.id = w.subject_id where w.id = $1`,
    [warningId],
  );
  return rows[0] ?? null;
}

/** The staff member who signs warnings at a school: its first leader by name. */
export async function schoolSignatory(db: Queryable, schoolId: string) {
  const rows = await db.query<{ name: string }>(
    `select u.given_name || ' ' || u.family_name as name from role_assignments r join users u on u.id = r.user_id and u.active
      where r.school_id = $1 and r.role = 'leadership' order by u.family_name, u.given_name limit 1`,
    [schoolId],
  );
  return rows[0]?.name ?? null;
}

/** Upper-secondary schools with a school year on the day: where the daily job looks. */
export function upperSecondarySchools(db: Queryable, day: string) {
  return db.query<{ id: string; owner_id: string }>(
    `select s.id, s.owner_id from schools s
      where s.level = 'upper_secondary' and exists (select 1 from school_years y where y.school_id = s.id and y.starts_on <= $1::date and y.ends_on >= $1::date)
      order by s.id`,
    [day],
  );
}

// --- Discretion ---------------------------------------------------------------

export function discretionOf(db: Queryable, pupilId: string, schoolYearId: string) {
  return db.query<{ id: string; subject_id: string; decision: 'grade_allowed' | 'limit_applies'; grounds: string; percent_at_decision: number; decided_by_name: string; decided_at: Date }>(
    `select d.id, d.subject_id, d.decision, d.grounds, d.percent_at_decision, u.given_name || ' ' || u.family_name as decided_by_name, d.decided_at
       from discretion_decisions d join users u on u.id = d.decided_by
      where d.pupil_id = $1 and d.school_year_id = $2 order by d.decided_at, d.id`,
    [pupilId, schoolYearId],
  );
}

export async function insertDiscretion(
  tx: Queryable,
  d: { schoolId: string; pupilId: string; subjectId: string; schoolYearId: string; decision: string; grounds: string; percent: number; userId: string; at: Date },
) {
  const rows = await tx.query<{ id: string }>(
    `insert into discretion_decisions (school_id, pupil_id, subject_id, school_year_id, decision, grounds, percent_at_decision, decided_by, decided_at)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9) returning id`,
    [d.schoolId, d.pupilId, d.subjectId, d.schoolYearId, d.decision, d.grounds, d.percent, d.userId, d.at],
  );
  return rows[0]!.id;
}

// --- Documentation handed in --------------------------------------------------

export interface SubmissionRow extends Record<string, unknown> {
  id: string;
  pupil_id: string;
  school_id: string;
  owner_id: string;
  given_name: string;
  family_name: string;
  class_name: string | null;
  reason_code: string;
  status: 'submitted' | 'accepted' | 'rejected' | 'withdrawn';
  submitted_at: Date;
  submitted_by_name: string;
  decided_by_name: string | null;
  decided_at: Date | null;
  decision_reason: string | null;
  lessons: { markId: number; date: string; period: number; subjectName: string }[];
  file: { name: string; contentType: string; size: number } | null;
  contact_teacher_ids: string[];
}

const submissionSelect = `
  select d.id, d.pupil_id, d.school_id, p.owner_id, p.given_name, p.family_name,
         (select g.name from group_memberships m join groups g on g.id = m.group_id
           where m.pupil_id = p.id and g.kind = 'class' and m.valid_from <= d.submitted_at::date and (m.valid_to is null or m.valid_to >= d.submitted_at::date)
           order by m.valid_from desc limit 1) as class_name,
         d.reason_code, d.status, d.submitted_at, su.given_name || ' ' || su.family_name as submitted_by_name,
         du.given_name || ' ' || du.family_name as decided_by_name, d.decided_at, d.decision_reason,
         coalesce((select json_agg(json_build_object('markId', a.id, 'date', a.date, 'period', l.period, 'subjectName', s.name) order by a.date, l.period)
            from documentation_submission_marks sm join attendance_marks a on a.id = sm.mark_id join lessons l on l.id = a.lesson_id
            join subjects s on s.id = l.subject_id where sm.submission_id = d.id), '[]') as lessons,
         (select json_build_object('name', f.file_name, 'contentType', f.content_type, 'size', f.size) from submission_files f where f.submission_id = d.id) as file,
         coalesce((select array_agg(ct.user_id::text) from contact_teachers ct
            where ct.pupil_id = d.pupil_id and ct.valid_from <= d.submitted_at::date and (ct.valid_to is null or ct.valid_to >= d.submitted_at::date)), '{}') as contact_teacher_ids
    from documentation_submissions d join pupils p on p.id = d.pupil_id join users su on su.id = d.submitted_by
    left join users du on du.id = d.decided_by`;

export function submissionsOfPupil(db: Queryable, pupilId: string) {
  return db.query<SubmissionRow>(`${submissionSelect} where d.pupil_id = $1 order by d.submitted_at desc`, [pupilId]);
}

/** Waiting submissions of the pupils the user is contact teacher for (or every pupil of the schools the user leads). */
export function submissionsForStaff(db: Queryable, userId: string, status: string | null) {
  return db.query<SubmissionRow>(
    `${submissionSelect}
      where ($2::text is null or d.status = $2::text)
        and (exists (select 1 from contact_teachers ct where ct.pupil_id = d.pupil_id and ct.user_id = $1
                      and ct.valid_from <= d.submitted_at::date and (ct.valid_to is null or ct.valid_to >= d.submitted_at::date))
             or exists (select 1 from role_assignments r where r.user_id = $1 and r.role = 'leadership' and r.school_id = d.school_id))
      order by d.submitted_at
      limit 500`,
    [userId, status],
  );
}

export async function findSubmission(db: Queryable, id: string, lock = false) {
  if (lock) await db.query('select 1 from documentation_submissions where id = $1 for update', [id]);
  const rows = await db.query<SubmissionRow>(`${submissionSelect} where d.id = $1`, [id]);
  return rows[0] ?? null;
}

export async function insertSubmission(
  tx: Queryable,
  s: { schoolId: string; pupilId: string; userId: string; reasonCode: string; at: Date; markIds: readonly number[]; file: { name: string; contentType: string; content: Buffer; sha256: string } },
) {
  const [row] = await tx.query<{ id: string }>(
    `insert into documentation_submissions (school_id, pupil_id, submitted_by, submitted_at, reason_code) values ($1, $2, $3, $4, $5) returning id`,
    [s.schoolId, s.pupilId, s.userId, s.at, s.reasonCode],
  );
  const id = row!.id;
  await tx.query('insert into documentation_submission_marks (submission_id, mark_id) select $1, unnest($2::bigint[])', [id, s.markIds]);
  await tx.query(
    'insert into submission_files (submission_id, file_name, content_type, size, sha256, content) values ($1, $2, $3, $4, $5, $6)',
    [id, s.file.name, s.file.contentType, s.file.content.length, s.file.sha256, s.file.content],
  );
  return id;
}

export async function setSubmissionDecision(tx: Queryable, id: string, d: { status: string; userId: string; at: Date; reason: string | null }) {
  await tx.query('update documentation_submissions set status = $2, decided_by = $3, decided_at = $4, decision_reason = $5 where id = $1', [
    id,
    d.status,
    d.userId,
    d.at,
    d.reason,
  ]);
}

export async function submissionFile(db: Queryable, submissionId: string) {
  const rows = await db.query<{ file_name: string; content_type: string; content: Uint8Array }>(
    'select file_name, content_type, content from submission_files where submission_id = $1',
    [submissionId],
  );
  return rows[0] ?? null;
}

// --- Complaints on a mark ------------------------------------------------------

export interface ComplaintRow extends Record<string, unknown> {
  id: string;
  mark_id: number;
  lesson_id: number;
  pupil_id: string;
  school_id: string;
  owner_id: string;
  given_name: string;
  family_name: string;
  class_name: string | null;
  date: string;
  period: number;
  subject_name: string;
  mark_status: string;
  claim: 'present' | 'late' | 'organised_study';
  claim_minutes_late: number | null;
  explanation: string;
  status: 'submitted' | 'accepted' | 'rejected';
  submitted_at: Date;
  decided_by_name: string | null;
  decided_at: Date | null;
  decision_reason: string | null;
  teacher_ids: string[];
}

const complaintSelect = `
  select c.id, c.mark_id, a.lesson_id, c.pupil_id, c.school_id, p.owner_id, p.given_name, p.family_name,
         (select g.name from group_memberships m join groups g on g.id = m.group_id
           where m.pupil_id = p.id and g.kind = 'class' and m.valid_from <= a.date and (m.valid_to is null or m.valid_to >= a.date)
           order by m.valid_from desc limit 1) as class_name,
         a.date, l.period, s.name as subject_name, c.mark_status, c.claim, c.claim_minutes_late, c.explanation, c.status, c.submitted_at,
         du.given_name || ' ' || du.family_name as decided_by_name, c.decided_at, c.decision_reason,
         array_remove(array[l.teacher_id::text, l.substitute_id::text], null)
           || coalesce((select array_agg(gt.user_id::text) from group_teachers gt where gt.group_id = l.group_id
                         and gt.valid_from <= a.date and (gt.valid_to is null or gt.valid_to >= a.date)), '{}') as teacher_ids
    from mark_complaints c join attendance_marks a on a.id = c.mark_id join lessons l on l.id = a.lesson_id
    join subjects s on s.id = l.subject_id join pupils p on p.id = c.pupil_id left join users du on du.id = c.decided_by`;

export function complaintsOfLesson(db: Queryable, lessonId: number) {
  return db.query<ComplaintRow>(`${complaintSelect} where a.lesson_id = $1 order by c.submitted_at`, [lessonId]);
}

export function complaintsOfPupil(db: Queryable, pupilId: string) {
  return db.query<ComplaintRow>(`${complaintSelect} where c.pupil_id = $1 order by c.submitted_at desc`, [pupilId]);
}

/** Complaints on the lessons the user taught (or took as substitute), or on the groups the user teaches; all of a school for its leadership. */
export function complaintsForTeacher(db: Queryable, userId: string, status: string | null) {
  return db.query<ComplaintRow>(
    `${complaintSelect}
      where ($2::text is null or c.status = $2::text)
        and (l.teacher_id = $1 or l.substitute_id = $1
             or exists (select 1 from group_teachers gt where gt.group_id = l.group_id and gt.user_id = $1
                         and gt.valid_from <= a.date and (gt.valid_to is null or gt.valid_to >= a.date))
             or exists (select 1 from role_assignments r where r.user_id = $1 and r.role = 'leadership' and r.school_id = c.school_id))
      order by c.submitted_at limit 500`,
    [userId, status],
  );
}

export async function findComplaint(db: Queryable, id: string, lock = false) {
  if (lock) await db.query('select 1 from mark_complaints where id = $1 for update', [id]);
  const rows = await db.query<ComplaintRow>(`${complaintSelect} where c.id = $1`, [id]);
  return rows[0] ?? null;
}

export async function insertComplaint(
  tx: Queryable,
  c: { markId: number; pupilId: string; schoolId: string; userId: string; at: Date; claim: string; minutesLate: number | null; explanation: string; markStatus: string },
) {
  const rows = await tx.query<{ id: string }>(
    `insert into mark_complaints (mark_id, pupil_id, school_id, submitted_by, submitted_at, claim, claim_minutes_late, explanation, mark_status)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9) on conflict (mark_id) where status = 'submitted' do nothing returning id`,
    [c.markId, c.pupilId, c.schoolId, c.userId, c.at, c.claim, c.minutesLate, c.explanation, c.markStatus],
  );
  return rows[0]?.id ?? null;
}

export async function setComplaintDecision(tx: Queryable, id: string, d: { status: string; userId: string; at: Date; reason: string | null }) {
  await tx.query('update mark_complaints set status = $2, decided_by = $3, decided_at = $4, decision_reason = $5 where id = $1', [
    id,
    d.status,
    d.userId,
    d.at,
    d.reason,
  ]);
}

/** Corrects a contested mark; the history trigger keeps the old one and who changed it. */
export async function correctMark(tx: Queryable, markId: number, fields: { status: 'M' | 'S' | 'O'; minutesLate: number | null; userId: string; at: Date }) {
  await tx.query(
    `update attendance_marks set status = $2, minutes_late = $3, documentation = 'undocumented', reason_code = null, updated_by = $4, updated_at = $5
      where id = $1`,
    [markId, fields.status, fields.minutesLate, fields.userId, fields.at],
  );
}

export async function markForComplaint(db: Queryable, markId: number) {
  const rows = await db.query<{ id: number; pupil_id: string; school_id: string; date: string; status: string; lesson_status: string; recorded_at: Date; updated_at: Date }>(
    `select a.id, a.pupil_id, a.school_id, a.date, a.status, l.status as lesson_status, a.recorded_at, a.updated_at
       from attendance_marks a join lessons l on l.id = a.lesson_id where a.id = $1`,
    [markId],
  );
  return rows[0] ?? null;
}

// --- Certificate ---------------------------------------------------------------

export function leaveOffsOf(db: Queryable, pupilId: string, schoolYearId: string) {
  return db.query<{ date: string }>('select date from certificate_leave_offs where pupil_id = $1 and school_year_id = $2 order by position', [
    pupilId,
    schoolYearId,
  ]);
}

export async function replaceLeaveOffs(tx: Queryable, pupilId: string, schoolYearId: string, dates: readonly string[], userId: string, at: Date) {
  await tx.query('delete from certificate_leave_offs where pupil_id = $1 and school_year_id = $2', [pupilId, schoolYearId]);
  if (dates.length === 0) return;
  await tx.query(
    `insert into certificate_leave_offs (pupil_id, school_year_id, date, position, recorded_by, recorded_at)
     select $1, $2, d, ord::smallint, $4, $5 from unnest($3::date[]) with ordinality as t(d, ord)`,
    [pupilId, schoolYearId, dates, userId, at],
  );
}
