// The one database schema, applied unchanged to PGlite and PostgreSQL through
// the migrations folder beside this file. Invariants live here as constraints,
// not only in code: one mark per pupil per lesson, foreign keys everywhere,
// closed value sets as CHECKs.
import { sql } from 'drizzle-orm';
import {
  customType,
  bigint,
  boolean,
  check,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  smallint,
  text,
  time,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';

const id = () => uuid('id').primaryKey().defaultRandom();
const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();

/** A tenant: a municipality (grunnskole) or a county (vgs). */
export const schoolOwners = pgTable(
  'school_owners',
  {
    id: id(),
    name: text('name').notNull(),
    kind: text('kind').notNull(),
    orgNumber: text('org_number'),
    createdAt: createdAt(),
  },
  (t) => [check('school_owners_kind', sql`${t.kind} in ('municipality', 'county', 'private')`)],
);

export const schools = pgTable(
  'schools',
  {
    id: id(),
    ownerId: uuid('owner_id').notNull().references(() => schoolOwners.id),
    name: text('name').notNull(),
    /** primary_lower: grades 1-10 (grunnskole); upper_secondary: vgs. */
    level: text('level').notNull(),
    orgNumber: text('org_number'),
    createdAt: createdAt(),
  },
  (t) => [
    check('schools_level', sql`${t.level} in ('primary', 'lower_secondary', 'primary_lower', 'upper_secondary')`),
    index('schools_owner_idx').on(t.ownerId),
  ],
);

export const schoolYears = pgTable(
  'school_years',
  {
    id: id(),
    schoolId: uuid('school_id').notNull().references(() => schools.id),
    name: text('name').notNull(),
    startsOn: date('starts_on').notNull(),
    endsOn: date('ends_on').notNull(),
  },
  (t) => [
    uniqueIndex('school_years_school_start_uq').on(t.schoolId, t.startsOn),
    check('school_years_dates', sql`${t.endsOn} > ${t.startsOn}`),
  ],
);

export const terms = pgTable(
  'terms',
  {
    id: id(),
    schoolYearId: uuid('school_year_id').notNull().references(() => schoolYears.id),
    name: text('name').notNull(),
    kind: text('kind').notNull(),
    startsOn: date('starts_on').notNull(),
    endsOn: date('ends_on').notNull(),
  },
  (t) => [
    check('terms_kind', sql`${t.kind} in ('autumn', 'spring')`),
    check('terms_dates', sql`${t.endsOn} >= ${t.startsOn}`),
    uniqueIndex('terms_year_kind_uq').on(t.schoolYearId, t.kind),
  ],
);

/** Days without teaching inside a school year: breaks, public holidays, planning days. */
export const holidays = pgTable(
  'holidays',
  {
    id: id(),
    schoolYearId: uuid('school_year_id').notNull().references(() => schoolYears.id),
    name: text('name').notNull(),
    kind: text('kind').notNull(),
    startsOn: date('starts_on').notNull(),
    endsOn: date('ends_on').notNull(),
  },
  (t) => [
    check(
      'holidays_kind',
      sql`${t.kind} in ('autumn_break', 'christmas', 'winter_break', 'easter', 'public_holiday', 'planning_day', 'other')`,
    ),
    check('holidays_dates', sql`${t.endsOn} >= ${t.startsOn}`),
    index('holidays_year_idx').on(t.schoolYearId),
  ],
);

export const subjects = pgTable(
  'subjects',
  {
    id: id(),
    schoolId: uuid('school_id').notNull().references(() => schools.id),
    code: text('code').notNull(),
    name: text('name').notNull(),
    /** Planned teaching hours (60 min) a year; vgs limits are taken against this. */
    annualHours: integer('annual_hours'),
  },
  (t) => [
    uniqueIndex('subjects_school_code_uq').on(t.schoolId, t.code),
    check('subjects_annual_hours', sql`${t.annualHours} is null or ${t.annualHours} > 0`),
  ],
);

export const pupils = pgTable(
  'pupils',
  {
    id: id(),
    ownerId: uuid('owner_id').notNull().references(() => schoolOwners.id),
    schoolId: uuid('school_id').notNull().references(() => schools.id),
    /** The identifier the pupil has in the system we import from. */
    externalId: text('external_id').notNull(),
    givenName: text('given_name').notNull(),
    familyName: text('family_name').notNull(),
    birthDate: date('birth_date').notNull(),
    /** Strengthened protection of address (fortrolig/strengt fortrolig adresse): never reveal the school. */
    protectedAddress: boolean('protected_address').notNull().default(false),
    email: text('email'),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('pupils_school_external_uq').on(t.schoolId, t.externalId),
    index('pupils_owner_idx').on(t.ownerId),
  ],
);

export const guardians = pgTable(
  'guardians',
  {
    id: id(),
    ownerId: uuid('owner_id').notNull().references(() => schoolOwners.id),
    givenName: text('given_name').notNull(),
    familyName: text('family_name').notNull(),
    email: text('email'),
    phone: text('phone'),
    createdAt: createdAt(),
  },
  (t) => [index('guardians_owner_idx').on(t.ownerId)],
);

export const pupilGuardians = pgTable(
  'pupil_guardians',
  {
    pupilId: uuid('pupil_id').notNull().references(() => pupils.id, { onDelete: 'cascade' }),
    guardianId: uuid('guardian_id').notNull().references(() => guardians.id, { onDelete: 'cascade' }),
    /** Foreldreansvar. A guardian without it gets no notices and sees nothing (the Bergen/Vigilo case). */
    parentalResponsibility: boolean('parental_responsibility').notNull(),
    livesWith: boolean('lives_with').notNull().default(true),
  },
  (t) => [primaryKey({ columns: [t.pupilId, t.guardianId] }), index('pupil_guardians_guardian_idx').on(t.guardianId)],
);

/** Classes (basisgrupper) and teaching groups (undervisningsgrupper) in one table. */
export const groups = pgTable(
  'groups',
  {
    id: id(),
    schoolId: uuid('school_id').notNull().references(() => schools.id),
    schoolYearId: uuid('school_year_id').notNull().references(() => schoolYears.id),
    kind: text('kind').notNull(),
    name: text('name').notNull(),
    grade: smallint('grade'),
    subjectId: uuid('subject_id').references(() => subjects.id),
  },
  (t) => [
    check('groups_kind', sql`${t.kind} in ('class', 'teaching_group')`),
    check('groups_grade', sql`${t.grade} is null or ${t.grade} between 1 and 13`),
    uniqueIndex('groups_year_name_uq').on(t.schoolYearId, t.name),
    index('groups_school_idx').on(t.schoolId),
  ],
);

export const groupMemberships = pgTable(
  'group_memberships',
  {
    id: id(),
    groupId: uuid('group_id').notNull().references(() => groups.id, { onDelete: 'cascade' }),
    pupilId: uuid('pupil_id').notNull().references(() => pupils.id, { onDelete: 'cascade' }),
    validFrom: date('valid_from').notNull(),
    /** Inclusive; null while the pupil is still in the group. */
    validTo: date('valid_to'),
  },
  (t) => [
    check('group_memberships_dates', sql`${t.validTo} is null or ${t.validTo} >= ${t.validFrom}`),
    uniqueIndex('group_memberships_uq').on(t.groupId, t.pupilId, t.validFrom),
    index('group_memberships_pupil_idx').on(t.pupilId),
  ],
);

/** Staff and, later, guardians and pupils who log in. */
export const users = pgTable(
  'users',
  {
    id: id(),
    ownerId: uuid('owner_id').notNull().references(() => schoolOwners.id),
    email: text('email').notNull(),
    givenName: text('given_name').notNull(),
    familyName: text('family_name').notNull(),
    /** argon2id; null for users who only log in through Feide/OpenID Connect. */
    passwordHash: text('password_hash'),
    oidcSubject: text('oidc_subject'),
    guardianId: uuid('guardian_id').references(() => guardians.id),
    pupilId: uuid('pupil_id').references(() => pupils.id),
    locale: text('locale').notNull().default('nb'),
    active: boolean('active').notNull().default(true),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('users_email_uq').on(sql`lower(${t.email})`),
    uniqueIndex('users_oidc_subject_uq').on(t.oidcSubject),
    check('users_locale', sql`${t.locale} in ('nb', 'nn', 'en')`),
  ],
);

export const roleAssignments = pgTable(
  'role_assignments',
  {
    id: id(),
    userId: uuid('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
    role: text('role').notNull(),
    /** Null for owner-wide roles (school-owner analyst, administrator). */
    schoolId: uuid('school_id').references(() => schools.id),
  },
  (t) => [
    check(
      'role_assignments_role',
      sql`${t.role} in ('teacher', 'leadership', 'counsellor', 'nurse', 'resource_team', 'outside_service', 'owner_analyst', 'admin', 'guardian', 'pupil')`,
    ),
    uniqueIndex('role_assignments_uq').on(t.userId, t.role, t.schoolId),
  ],
);

/** Kontaktlærer: the pupil's closest adult at school. */
export const contactTeachers = pgTable(
  'contact_teachers',
  {
    id: id(),
    userId: uuid('user_id').notNull().references(() => users.id),
    pupilId: uuid('pupil_id').notNull().references(() => pupils.id, { onDelete: 'cascade' }),
    validFrom: date('valid_from').notNull(),
    validTo: date('valid_to'),
  },
  (t) => [
    check('contact_teachers_dates', sql`${t.validTo} is null or ${t.validTo} >= ${t.validFrom}`),
    uniqueIndex('contact_teachers_uq').on(t.userId, t.pupilId, t.validFrom),
    index('contact_teachers_pupil_idx').on(t.pupilId),
  ],
);

/** Who teaches a group (and so may register its lessons and see its attendance). */
export const groupTeachers = pgTable(
  'group_teachers',
  {
    id: id(),
    userId: uuid('user_id').notNull().references(() => users.id),
    groupId: uuid('group_id').notNull().references(() => groups.id, { onDelete: 'cascade' }),
    subjectId: uuid('subject_id').references(() => subjects.id),
    validFrom: date('valid_from').notNull(),
    validTo: date('valid_to'),
  },
  (t) => [
    check('group_teachers_dates', sql`${t.validTo} is null or ${t.validTo} >= ${t.validFrom}`),
    index('group_teachers_user_idx').on(t.userId),
    index('group_teachers_group_idx').on(t.groupId),
  ],
);

/** One timetabled lesson. Ids are bigints: a county has tens of millions of marks pointing here. */
export const lessons = pgTable(
  'lessons',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    schoolId: uuid('school_id').notNull().references(() => schools.id),
    groupId: uuid('group_id').notNull().references(() => groups.id),
    subjectId: uuid('subject_id').notNull().references(() => subjects.id),
    teacherId: uuid('teacher_id').references(() => users.id),
    /** A substitute who took the lesson (vikar); may register it. */
    substituteId: uuid('substitute_id').references(() => users.id),
    date: date('date').notNull(),
    period: smallint('period').notNull(),
    startsAt: time('starts_at').notNull(),
    endsAt: time('ends_at').notNull(),
    /** planned until registered; not_held lessons count for nobody. */
    status: text('status').notNull().default('planned'),
    /** Bumped on every registration: the optimistic lock that keeps two teachers from overwriting each other. */
    version: integer('version').notNull().default(0),
    registeredBy: uuid('registered_by').references(() => users.id),
    registeredAt: timestamp('registered_at', { withTimezone: true }),
  },
  (t) => [
    check('lessons_status', sql`${t.status} in ('planned', 'held', 'not_held')`),
    check('lessons_period', sql`${t.period} between 1 and 16`),
    check('lessons_times', sql`${t.endsAt} > ${t.startsAt}`),
    uniqueIndex('lessons_group_date_period_uq').on(t.groupId, t.date, t.period),
    index('lessons_school_date_idx').on(t.schoolId, t.date),
    index('lessons_teacher_date_idx').on(t.teacherId, t.date),
  ],
);

/**
 * Reasons for absence as data, not free text: free text about health in a
 * teacher-facing field was part of the Oslo Skolemelding fine. The set can
 * change with the next revision of the regulation without a code change.
 */
export const absenceReasons = pgTable(
  'absence_reasons',
  {
    code: text('code').primaryKey(),
    /** health | exempt | leave | not_absence | other */
    category: text('category').notNull(),
    /** Whether it counts toward the vgs 10 % limit (regulation as of 1 August 2025). */
    countsTowardLimit: boolean('counts_toward_limit').notNull(),
    sortOrder: smallint('sort_order').notNull().default(0),
    active: boolean('active').notNull().default(true),
  },
  (t) => [check('absence_reasons_category', sql`${t.category} in ('health', 'exempt', 'leave', 'not_absence', 'other')`)],
);

export const attendanceMarks = pgTable(
  'attendance_marks',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    lessonId: bigint('lesson_id', { mode: 'number' })
      .notNull()
      .references(() => lessons.id, { onDelete: 'cascade' }),
    pupilId: uuid('pupil_id').notNull().references(() => pupils.id, { onDelete: 'cascade' }),
    // Copied from the lesson so that window queries over a pupil's marks need no join.
    schoolId: uuid('school_id').notNull().references(() => schools.id),
    date: date('date').notNull(),
    /** M present (møtt), F absent (fravær), S late (sen), O organised study / other activity (not absence). */
    status: text('status').notNull(),
    minutesLate: smallint('minutes_late'),
    /** undocumented | reported (by home/pupil) | documented */
    documentation: text('documentation').notNull().default('undocumented'),
    reasonCode: text('reason_code').references(() => absenceReasons.code),
    /** The notice from home that pre-filled this mark, if any. */
    noticeId: uuid('notice_id').references(() => absenceNotices.id, { onDelete: 'set null' }),
    recordedBy: uuid('recorded_by').references(() => users.id),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
    updatedBy: uuid('updated_by').references(() => users.id),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('attendance_marks_status', sql`${t.status} in ('M', 'F', 'S', 'O')`),
    check('attendance_marks_documentation', sql`${t.documentation} in ('undocumented', 'reported', 'documented')`),
    check(
      'attendance_marks_minutes_late',
      sql`(${t.status} = 'S' and ${t.minutesLate} between 1 and 240) or (${t.status} <> 'S' and ${t.minutesLate} is null)`,
    ),
    check('attendance_marks_reason_when_absent', sql`${t.reasonCode} is null or ${t.status} in ('F', 'S')`),
    uniqueIndex('attendance_marks_lesson_pupil_uq').on(t.lessonId, t.pupilId),
    index('attendance_marks_pupil_date_idx').on(t.pupilId, t.date),
    index('attendance_marks_school_date_idx').on(t.schoolId, t.date),
  ],
);

/** Filled by a trigger on every change of a mark: who changed what, and when. */
export const attendanceMarkHistory = pgTable(
  'attendance_mark_history',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    markId: bigint('mark_id', { mode: 'number' }).notNull(),
    lessonId: bigint('lesson_id', { mode: 'number' }).notNull(),
    pupilId: uuid('pupil_id').notNull(),
    changedBy: uuid('changed_by'),
    changedAt: timestamp('changed_at', { withTimezone: true }).notNull().defaultNow(),
    oldStatus: text('old_status').notNull(),
    newStatus: text('new_status').notNull(),
    oldMinutesLate: smallint('old_minutes_late'),
    newMinutesLate: smallint('new_minutes_late'),
    oldDocumentation: text('old_documentation').notNull(),
    newDocumentation: text('new_documentation').notNull(),
    oldReasonCode: text('old_reason_code'),
    newReasonCode: text('new_reason_code'),
  },
  (t) => [index('attendance_mark_history_mark_idx').on(t.markId)],
);

/** A guardian's (or an adult pupil's) notice of absence, or a request for leave (permisjon). */
export const absenceNotices = pgTable(
  'absence_notices',
  {
    id: id(),
    pupilId: uuid('pupil_id').notNull().references(() => pupils.id, { onDelete: 'cascade' }),
    schoolId: uuid('school_id').notNull().references(() => schools.id),
    submittedBy: uuid('submitted_by').notNull().references(() => users.id),
    kind: text('kind').notNull(),
    fromDate: date('from_date').notNull(),
    toDate: date('to_date').notNull(),
    /** Null for whole days; otherwise the periods concerned on each day. */
    periods: smallint('periods').array(),
    reasonCode: text('reason_code').notNull().references(() => absenceReasons.code),
    status: text('status').notNull(),
    decidedBy: uuid('decided_by').references(() => users.id),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    /** Why a leave request was refused or approved with conditions; about school matters, never health. */
    decisionNote: text('decision_note'),
    createdAt: createdAt(),
  },
  (t) => [
    check('absence_notices_decision_note', sql`${t.decisionNote} is null or length(${t.decisionNote}) <= 500`),
    check('absence_notices_kind', sql`${t.kind} in ('absence', 'leave_request')`),
    check('absence_notices_status', sql`${t.status} in ('submitted', 'approved', 'refused', 'withdrawn')`),
    check('absence_notices_dates', sql`${t.toDate} >= ${t.fromDate}`),
    index('absence_notices_pupil_idx').on(t.pupilId, t.fromDate),
  ],
);

export const sessions = pgTable(
  'sessions',
  {
    /** SHA-256 of the cookie token: a leaked table row cannot be replayed. */
    idHash: text('id_hash').primaryKey(),
    userId: uuid('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
    csrfToken: text('csrf_token').notNull(),
    createdAt: createdAt(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    secondFactorAt: timestamp('second_factor_at', { withTimezone: true }),
    /** totp | recovery_code | oidc_acr: how the second factor was given. */
    secondFactorMethod: text('second_factor_method'),
    ip: text('ip'),
    userAgent: text('user_agent'),
    /** What the user sees in the list of their sessions; the token hash never leaves the server. */
    publicId: uuid('public_id').notNull().defaultRandom(),
    /** password (local account) | oidc (Feide or another OpenID provider) */
    authMethod: text('auth_method').notNull().default('password'),
    /** The provider's acr for an OpenID login, kept to show how strongly the user logged in. */
    acr: text('acr'),
  },
  (t) => [
    index('sessions_user_idx').on(t.userId),
    uniqueIndex('sessions_public_id_uq').on(t.publicId),
    check('sessions_auth_method', sql`${t.authMethod} in ('password', 'oidc')`),
    check(
      'sessions_second_factor',
      sql`(${t.secondFactorAt} is null and ${t.secondFactorMethod} is null) or (${t.secondFactorAt} is not null and ${t.secondFactorMethod} in ('totp', 'recovery_code', 'oidc_acr'))`,
    ),
  ],
);

/**
 * A user's authenticator app (TOTP, RFC 6238). The secret is encrypted with
 * TOTP_ENCRYPTION_KEY and bound to the user id, so a copied row is useless.
 */
export const totpCredentials = pgTable('totp_credentials', {
  userId: uuid('user_id')
    .primaryKey()
    .references(() => users.id, { onDelete: 'cascade' }),
  secretEncrypted: text('secret_encrypted').notNull(),
  /** Null while the enrolment waits for its first code. */
  confirmedAt: timestamp('confirmed_at', { withTimezone: true }),
  /** The 30-second step of the last accepted code: each code is accepted once (RFC 6238, section 5.2). */
  lastUsedStep: bigint('last_used_step', { mode: 'number' }),
  createdAt: createdAt(),
});

/** One-time codes for when the phone is lost; only their SHA-256 is kept (80 random bits each). */
export const recoveryCodes = pgTable(
  'recovery_codes',
  {
    id: id(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    codeHash: text('code_hash').notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('recovery_codes_user_hash_uq').on(t.userId, t.codeHash)],
);

/** Wrong second-factor codes, counted per account in a sliding window across every server process. */
export const secondFactorFailures = pgTable(
  'second_factor_failures',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    at: timestamp('at', { withTimezone: true }).notNull(),
  },
  (t) => [index('second_factor_failures_user_at_idx').on(t.userId, t.at)],
);

/**
 * A password that was right, waiting for the second factor. Not a session:
 * it opens nothing but the second step, and lives a few minutes.
 */
export const loginChallenges = pgTable(
  'login_challenges',
  {
    idHash: text('id_hash').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('login_challenges_user_idx').on(t.userId)],
);

/**
 * An OpenID Connect login on its way through the provider: state, nonce and
 * PKCE verifier, found again by a hash of the browser's binding cookie.
 */
export const oidcLoginRequests = pgTable(
  'oidc_login_requests',
  {
    idHash: text('id_hash').primaryKey(),
    state: text('state').notNull(),
    nonce: text('nonce').notNull(),
    codeVerifier: text('code_verifier').notNull(),
    /** login | step_up (a second factor for the session in session_id_hash) */
    purpose: text('purpose').notNull(),
    sessionIdHash: text('session_id_hash'),
    nextPath: text('next_path'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    check('oidc_login_requests_purpose', sql`${t.purpose} in ('login', 'step_up')`),
    check('oidc_login_requests_step_up', sql`${t.purpose} = 'login' or ${t.sessionIdHash} is not null`),
  ],
);

/**
 * Append-only: a trigger refuses UPDATE and DELETE, whoever asks.
 * Every read and write of a pupil's follow-up data lands here.
 */
export const auditLog = pgTable(
  'audit_log',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    ownerId: uuid('owner_id'),
    actorId: uuid('actor_id'),
    actorRole: text('actor_role'),
    action: text('action').notNull(),
    entity: text('entity').notNull(),
    entityId: text('entity_id'),
    pupilId: uuid('pupil_id'),
    reason: text('reason'),
    ip: text('ip'),
    details: jsonb('details'),
  },
  (t) => [index('audit_log_pupil_idx').on(t.pupilId, t.at), index('audit_log_owner_at_idx').on(t.ownerId, t.at)],
);

/**
 * A retried request with the same key gets the first answer again instead of
 * being carried out twice (a teacher's phone on a flaky school network).
 */
export const idempotencyKeys = pgTable(
  'idempotency_keys',
  {
    userId: uuid('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
    key: text('key').notNull(),
    /** SHA-256 of method, path and body: the same key with another request is refused. */
    requestHash: text('request_hash').notNull(),
    responseStatus: smallint('response_status').notNull(),
    responseBody: jsonb('response_body').notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.key] }), index('idempotency_keys_created_idx').on(t.createdAt)],
);

/** One committed import file: importing the same file again is recognised and changes nothing. */
export const importBatches = pgTable(
  'import_batches',
  {
    id: id(),
    schoolId: uuid('school_id').notNull().references(() => schools.id),
    kind: text('kind').notNull(),
    fileHash: text('file_hash').notNull(),
    fileName: text('file_name'),
    rowCount: integer('row_count').notNull(),
    committedBy: uuid('committed_by').notNull().references(() => users.id),
    committedAt: timestamp('committed_at', { withTimezone: true }).notNull().defaultNow(),
    summary: jsonb('summary'),
  },
  (t) => [
    check('import_batches_kind', sql`${t.kind} in ('roster', 'timetable', 'attendance')`),
    uniqueIndex('import_batches_school_kind_hash_uq').on(t.schoolId, t.kind, t.fileHash),
  ],
);

/**
 * A pupil's held marks of one school year in one text (the format is
 * src/domain/figures/pupil-year-codec.ts), so that figures, rules and patterns
 * read one row a pupil instead of a thousand. Derived from attendance_marks:
 * a trigger lists every changed (pupil, date) in pupil_year_marks_stale, and
 * src/server/services/pupil-years.ts writes those days anew before anybody
 * reads them (docs/decisions/004-pupil-year-marks.md).
 */
export const pupilYearMarks = pgTable(
  'pupil_year_marks',
  {
    pupilId: uuid('pupil_id').notNull().references(() => pupils.id, { onDelete: 'cascade' }),
    /** The calendar year the school year starts in (2026 for 2026/27). */
    startYear: smallint('start_year').notNull(),
    ownerId: uuid('owner_id').notNull().references(() => schoolOwners.id),
    dictionary: jsonb('dictionary').notNull(),
    days: text('days').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.pupilId, t.startYear] }), index('pupil_year_marks_owner_year_idx').on(t.ownerId, t.startYear)],
);

/** The (pupil, date) pairs whose marks changed since pupil_year_marks was last written; filled by triggers. */
export const pupilYearMarksStale = pgTable(
  'pupil_year_marks_stale',
  {
    pupilId: uuid('pupil_id').notNull(),
    date: date('date').notNull(),
    changedAt: timestamp('changed_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.pupilId, t.date] })],
);

/**
 * Pupils whose marks changed since they were last judged against the rules.
 * Written whenever a pupil's year is written (so every way of changing marks
 * leads here), taken before judging: a change made meanwhile puts the pupil back.
 */
export const pupilsToEvaluate = pgTable('pupils_to_evaluate', {
  pupilId: uuid('pupil_id').primaryKey().references(() => pupils.id, { onDelete: 'cascade' }),
  since: timestamp('since', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * A school owner's rules for worrying absence (src/domain/rules/policy-schema.ts),
 * one row a saved version: the newest is in force, none is ever changed, and
 * every save is audited. An owner without a row is judged by the national default.
 */
export const ownerPolicies = pgTable(
  'owner_policies',
  {
    id: id(),
    ownerId: uuid('owner_id').notNull().references(() => schoolOwners.id),
    version: integer('version').notNull(),
    policy: jsonb('policy').notNull(),
    /** The preset this version started from, when it did. */
    basedOn: text('based_on'),
    /** Why it was changed, in the administrator's words. */
    note: text('note'),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('owner_policies_owner_version_uq').on(t.ownerId, t.version),
    check('owner_policies_version', sql`${t.version} >= 1`),
    check('owner_policies_note', sql`${t.note} is null or length(${t.note}) <= 500`),
  ],
);

/**
 * A concern: one rule met (or approached) by one pupil in one window, raised
 * once (unique key) and kept with the figures and dates that made it. Later
 * evaluations update `holds` and the current value, never raise it again.
 */
export const concerns = pgTable(
  'concerns',
  {
    id: id(),
    ownerId: uuid('owner_id').notNull().references(() => schoolOwners.id),
    schoolId: uuid('school_id').notNull().references(() => schools.id),
    pupilId: uuid('pupil_id').notNull().references(() => pupils.id, { onDelete: 'cascade' }),
    /** concernKey(): rule, window, subject and whether only approaching. */
    key: text('key').notNull(),
    ruleId: text('rule_id').notNull(),
    ruleName: text('rule_name').notNull(),
    policyVersion: integer('policy_version').notNull(),
    measure: text('measure').notNull(),
    level: text('level').notNull(),
    approaching: boolean('approaching').notNull(),
    comparison: text('comparison').notNull(),
    threshold: doublePrecision('threshold').notNull(),
    /** The figure when raised, and its base (null for a count). */
    value: doublePrecision('value').notNull(),
    base: integer('base'),
    /** The figure at the newest evaluation. */
    currentValue: doublePrecision('current_value').notNull(),
    windowKind: text('window_kind').notNull(),
    windowFrom: date('window_from').notNull(),
    windowTo: date('window_to').notNull(),
    windowUntil: date('window_until').notNull(),
    windowLabel: text('window_label'),
    subjectId: uuid('subject_id').references(() => subjects.id),
    evidence: date('evidence').array().notNull(),
    notify: text('notify').array().notNull(),
    dueBy: date('due_by').notNull(),
    step: jsonb('step'),
    raisedOn: date('raised_on').notNull(),
    raisedAt: timestamp('raised_at', { withTimezone: true }).notNull().defaultNow(),
    /** False once the rule no longer holds for the window (e.g. absence documented after all). */
    holds: boolean('holds').notNull().default(true),
    /**
     * Raised when its absence was already old (the first judging of a school's
     * year, a policy changed, marks imported late): on record, but no to-do and
     * nobody told. See isNews in src/domain/rules/concern.ts.
     */
    backfilled: boolean('backfilled').notNull().default(false),
    evaluatedOn: date('evaluated_on').notNull(),
    /** open until somebody acts on it; an approaching concern is superseded when the threshold is met. */
    status: text('status').notNull().default('open'),
    handledBy: uuid('handled_by').references(() => users.id),
    handledAt: timestamp('handled_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('concerns_pupil_key_uq').on(t.pupilId, t.key),
    index('concerns_school_idx').on(t.schoolId, t.status),
    index('concerns_owner_idx').on(t.ownerId, t.raisedOn),
    check('concerns_level', sql`${t.level} in ('notice', 'concern', 'serious')`),
    check('concerns_status', sql`${t.status} in ('open', 'handled', 'superseded')`),
  ],
);

/**
 * Who was told of a concern, and how: in the app (staff) or by e-mail
 * (guardians with parental responsibility while the pupil is under 18, the
 * pupil from 18). One row a recipient a concern, so nobody is told twice.
 */
export const notifications = pgTable(
  'notifications',
  {
    id: id(),
    ownerId: uuid('owner_id').notNull().references(() => schoolOwners.id),
    schoolId: uuid('school_id').notNull().references(() => schools.id),
    pupilId: uuid('pupil_id').notNull().references(() => pupils.id, { onDelete: 'cascade' }),
    /** The concern that raised it (kind concern); null for the upper-secondary letters. */
    concernId: uuid('concern_id').references(() => concerns.id, { onDelete: 'cascade' }),
    /** concern | limit_warning | documentation_reminder | decision */
    kind: text('kind').notNull().default('concern'),
    /** The written warning it delivers (kind limit_warning). */
    warningId: uuid('warning_id').references((): AnyPgColumn => limitWarnings.id, { onDelete: 'cascade' }),
    /** What a reminder or a decision is about, e.g. `reminder:<pupil>:<week>`: the key that keeps it from going twice. */
    reference: text('reference'),
    channel: text('channel').notNull(),
    /** contactTeacher, subjectTeacher, classTeam, counsellor, resourceTeam, leadership, guardian, pupil */
    recipientKind: text('recipient_kind').notNull(),
    recipientUserId: uuid('recipient_user_id').references(() => users.id),
    recipientGuardianId: uuid('recipient_guardian_id').references(() => guardians.id),
    /** What makes the recipient one: a user, a guardian or an address. */
    recipientKey: text('recipient_key').notNull(),
    email: text('email'),
    locale: text('locale').notNull(),
    subject: text('subject').notNull(),
    body: text('body').notNull(),
    /** The letter leaves out the school, the class and the staff: the pupil has a protected address. */
    neutral: boolean('neutral').notNull().default(false),
    status: text('status').notNull(),
    /** Why an e-mail was not (yet) sent: no_address, no_mail_server, ... */
    statusReason: text('status_reason'),
    attempts: smallint('attempts').notNull().default(0),
    lastError: text('last_error'),
    messageId: text('message_id'),
    createdAt: createdAt(),
    /** When the last attempt began: an e-mail `sending` for long was cut off. */
    attemptedAt: timestamp('attempted_at', { withTimezone: true }),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    readAt: timestamp('read_at', { withTimezone: true }),
    /** When the recipient opened the letter (the link in the e-mail, or the portal). */
    openedAt: timestamp('opened_at', { withTimezone: true }),
    /** SHA-256 of the random token in the e-mail's opening link. */
    openTokenHash: text('open_token_hash'),
  },
  (t) => [
    uniqueIndex('notifications_once_uq').on(t.concernId, t.channel, t.recipientKey),
    uniqueIndex('notifications_warning_once_uq').on(t.warningId, t.channel, t.recipientKey),
    uniqueIndex('notifications_reference_once_uq').on(t.reference, t.channel, t.recipientKey),
    uniqueIndex('notifications_open_token_uq').on(t.openTokenHash),
    index('notifications_warning_idx').on(t.warningId),
    check('notifications_kind', sql`${t.kind} in ('concern', 'limit_warning', 'documentation_reminder', 'decision', 'case_reminder')`),
    check(
      'notifications_kind_reference',
      sql`(${t.kind} = 'concern' and ${t.concernId} is not null) or (${t.kind} = 'limit_warning' and ${t.warningId} is not null) or (${t.kind} in ('documentation_reminder', 'decision', 'case_reminder') and ${t.reference} is not null)`,
    ),
    index('notifications_school_idx').on(t.schoolId, t.createdAt),
    index('notifications_user_idx').on(t.recipientUserId, t.readAt),
    check('notifications_channel', sql`${t.channel} in ('app', 'email')`),
    check('notifications_status', sql`${t.status} in ('pending', 'sending', 'sent', 'failed', 'uncertain', 'not_sent', 'delivered')`),
  ],
);

// ---------------------------------------------------------------------------
// Upper secondary: the absence limit (opplæringsforskrifta §§ 9-7 to 9-9, 9-53;
// docs/upper-secondary-absence.md).

/** File contents: bytea, read and written through raw queries (PGlite gives Uint8Array, pg a Buffer). */
const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({ dataType: () => 'bytea' });

/**
 * The assessments of a subject in a school year: the half-year assessment and
 * the final one. `limit_applies`: the absence limit decides it (§ 9-8 first
 * paragraph: the final grade, and the half-year grade at the end of the year in
 * a subject that runs on). A subject without rows gets the calendar's defaults.
 */
export const assessments = pgTable(
  'assessments',
  {
    id: id(),
    schoolId: uuid('school_id').notNull().references(() => schools.id),
    schoolYearId: uuid('school_year_id').notNull().references(() => schoolYears.id),
    subjectId: uuid('subject_id').notNull().references(() => subjects.id),
    kind: text('kind').notNull(),
    date: date('date').notNull(),
    limitApplies: boolean('limit_applies').notNull(),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [
    check('assessments_kind', sql`${t.kind} in ('half_year', 'final')`),
    uniqueIndex('assessments_subject_kind_date_uq').on(t.schoolYearId, t.subjectId, t.kind, t.date),
  ],
);

/**
 * Health personnel have documented a condition with a higher risk of
 * health-related absence (§ 9-8 third paragraph, § 9-53 fifth paragraph).
 * Only the fact and who recorded it: never the condition. Ended, never deleted.
 */
export const pupilHealthRisks = pgTable(
  'pupil_health_risks',
  {
    id: id(),
    pupilId: uuid('pupil_id').notNull().references(() => pupils.id, { onDelete: 'cascade' }),
    fromDate: date('from_date').notNull(),
    recordedBy: uuid('recorded_by').notNull().references(() => users.id),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
    endedBy: uuid('ended_by').references(() => users.id),
    endedAt: timestamp('ended_at', { withTimezone: true }),
  },
  (t) => [
    index('pupil_health_risks_pupil_idx').on(t.pupilId),
    // At most one in force a pupil.
    uniqueIndex('pupil_health_risks_open_uq').on(t.pupilId).where(sql`${t.endedAt} is null`),
    check('pupil_health_risks_end', sql`(${t.endedAt} is null) = (${t.endedBy} is null)`),
  ],
);

/**
 * The written warning that a grade is at risk (§ 9-7): one a pupil, subject and
 * assessment, never two; its letters go out as notifications (kind limit_warning).
 */
export const limitWarnings = pgTable(
  'limit_warnings',
  {
    id: id(),
    ownerId: uuid('owner_id').notNull().references(() => schoolOwners.id),
    schoolId: uuid('school_id').notNull().references(() => schools.id),
    pupilId: uuid('pupil_id').notNull().references(() => pupils.id, { onDelete: 'cascade' }),
    subjectId: uuid('subject_id').notNull().references(() => subjects.id),
    assessmentId: uuid('assessment_id').references(() => assessments.id),
    /** The assessment as the warning names it (stored too, since a default assessment has no row). */
    assessmentKind: text('assessment_kind').notNull(),
    assessmentDate: date('assessment_date').notNull(),
    /** over_limit | forecast_over_limit | at_risk_share */
    because: text('because').notNull(),
    sentOn: date('sent_on').notNull(),
    /** The figures the letter was made from: percent, counted hours, hours left. */
    figures: jsonb('figures').notNull(),
    /** Null when the daily job sent it. */
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('limit_warnings_once_uq').on(t.pupilId, t.subjectId, t.assessmentKind, t.assessmentDate),
    index('limit_warnings_school_idx').on(t.schoolId, t.sentOn),
    check('limit_warnings_kind', sql`${t.assessmentKind} in ('half_year', 'final')`),
    check('limit_warnings_because', sql`${t.because} in ('over_limit', 'forecast_over_limit', 'at_risk_share')`),
  ],
);

/**
 * The principal's decision (§ 9-8 fourth paragraph; psf. § 6-8: the head of
 * the school) whether a pupil with more than 10 % and at most 15 % still gets
 * a grade. The newest for the pupil, subject and assessment is in force.
 */
export const discretionDecisions = pgTable(
  'discretion_decisions',
  {
    id: id(),
    schoolId: uuid('school_id').notNull().references(() => schools.id),
    pupilId: uuid('pupil_id').notNull().references(() => pupils.id, { onDelete: 'cascade' }),
    subjectId: uuid('subject_id').notNull().references(() => subjects.id),
    schoolYearId: uuid('school_year_id').notNull().references(() => schoolYears.id),
    /** grade_allowed | limit_applies */
    decision: text('decision').notNull(),
    grounds: text('grounds').notNull(),
    /** The counted share of the annual hours when decided. */
    percentAtDecision: doublePrecision('percent_at_decision').notNull(),
    decidedBy: uuid('decided_by').notNull().references(() => users.id),
    decidedAt: timestamp('decided_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('discretion_decisions_pupil_idx').on(t.pupilId, t.subjectId),
    check('discretion_decisions_decision', sql`${t.decision} in ('grade_allowed', 'limit_applies')`),
    check('discretion_decisions_grounds', sql`length(${t.grounds}) between 1 and 2000`),
  ],
);

/**
 * Documentation handed in from the portal for absent lessons, with a file;
 * the contact teacher accepts it (the marks are documented through the
 * documentation service) or rejects it with a reason.
 */
export const documentationSubmissions = pgTable(
  'documentation_submissions',
  {
    id: id(),
    schoolId: uuid('school_id').notNull().references(() => schools.id),
    pupilId: uuid('pupil_id').notNull().references(() => pupils.id, { onDelete: 'cascade' }),
    submittedBy: uuid('submitted_by').notNull().references(() => users.id),
    submittedAt: timestamp('submitted_at', { withTimezone: true }).notNull().defaultNow(),
    /** The reason the documentation shows, as a code (health_medical_note, driving_test ...): never free text about health. */
    reasonCode: text('reason_code').notNull().references(() => absenceReasons.code),
    status: text('status').notNull().default('submitted'),
    decidedBy: uuid('decided_by').references(() => users.id),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    /** Why it was rejected; about the documentation, never health. */
    decisionReason: text('decision_reason'),
  },
  (t) => [
    index('documentation_submissions_pupil_idx').on(t.pupilId, t.submittedAt),
    index('documentation_submissions_school_idx').on(t.schoolId, t.status),
    check('documentation_submissions_status', sql`${t.status} in ('submitted', 'accepted', 'rejected', 'withdrawn')`),
    check('documentation_submissions_reason', sql`${t.decisionReason} is null or length(${t.decisionReason}) <= 500`),
    check('documentation_submissions_rejected', sql`${t.status} <> 'rejected' or ${t.decisionReason} is not null`),
  ],
);

/** The absent lessons a submission documents. */
export const documentationSubmissionMarks = pgTable(
  'documentation_submission_marks',
  {
    submissionId: uuid('submission_id').notNull().references(() => documentationSubmissions.id, { onDelete: 'cascade' }),
    markId: bigint('mark_id', { mode: 'number' }).notNull().references(() => attendanceMarks.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.submissionId, t.markId] }), index('documentation_submission_marks_mark_idx').on(t.markId)],
);

/** The file of a submission, kept in the database so that every server process sees it and backups include it. */
export const submissionFiles = pgTable(
  'submission_files',
  {
    id: id(),
    submissionId: uuid('submission_id').notNull().references(() => documentationSubmissions.id, { onDelete: 'cascade' }),
    fileName: text('file_name').notNull(),
    contentType: text('content_type').notNull(),
    size: integer('size').notNull(),
    sha256: text('sha256').notNull(),
    content: bytea('content').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('submission_files_submission_uq').on(t.submissionId),
    check('submission_files_type', sql`${t.contentType} in ('application/pdf', 'image/jpeg', 'image/png')`),
    check('submission_files_size', sql`${t.size} between 1 and 5242880`),
  ],
);

/**
 * A pupil contests a recorded absence (a recording error, § 9-9 third
 * paragraph) within the owner's window; the subject teacher corrects the mark
 * (the history trigger keeps the old one) or rejects with a reason.
 */
export const markComplaints = pgTable(
  'mark_complaints',
  {
    id: id(),
    markId: bigint('mark_id', { mode: 'number' }).notNull().references(() => attendanceMarks.id, { onDelete: 'cascade' }),
    pupilId: uuid('pupil_id').notNull().references(() => pupils.id, { onDelete: 'cascade' }),
    schoolId: uuid('school_id').notNull().references(() => schools.id),
    submittedBy: uuid('submitted_by').notNull().references(() => users.id),
    submittedAt: timestamp('submitted_at', { withTimezone: true }).notNull().defaultNow(),
    /** What the pupil says the mark should be: present, late (with minutes), or organised study. */
    claim: text('claim').notNull(),
    claimMinutesLate: smallint('claim_minutes_late'),
    /** The pupil's own words about the lesson; short. */
    explanation: text('explanation').notNull(),
    /** The mark as it was when contested. */
    markStatus: text('mark_status').notNull(),
    status: text('status').notNull().default('submitted'),
    decidedBy: uuid('decided_by').references(() => users.id),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    decisionReason: text('decision_reason'),
  },
  (t) => [
    index('mark_complaints_mark_idx').on(t.markId),
    index('mark_complaints_school_idx').on(t.schoolId, t.status),
    // One open complaint a mark.
    uniqueIndex('mark_complaints_open_uq').on(t.markId).where(sql`${t.status} = 'submitted'`),
    check('mark_complaints_claim', sql`${t.claim} in ('present', 'late', 'organised_study')`),
    check(
      'mark_complaints_minutes',
      sql`(${t.claim} = 'late' and ${t.claimMinutesLate} between 1 and 240) or (${t.claim} <> 'late' and ${t.claimMinutesLate} is null)`,
    ),
    check('mark_complaints_explanation', sql`length(${t.explanation}) between 1 and 1000`),
    check('mark_complaints_status', sql`${t.status} in ('submitted', 'accepted', 'rejected')`),
    check('mark_complaints_rejected', sql`${t.status} <> 'rejected' or ${t.decisionReason} is not null`),
  ],
);

/**
 * The whole days the pupil asked to leave off the certificate (§ 9-53 fourth
 * paragraph), in the order asked; the domain decides which may be.
 */
export const certificateLeaveOffs = pgTable(
  'certificate_leave_offs',
  {
    pupilId: uuid('pupil_id').notNull().references(() => pupils.id, { onDelete: 'cascade' }),
    schoolYearId: uuid('school_year_id').notNull().references(() => schoolYears.id),
    date: date('date').notNull(),
    position: smallint('position').notNull(),
    recordedBy: uuid('recorded_by').notNull().references(() => users.id),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.pupilId, t.date] }), index('certificate_leave_offs_year_idx').on(t.schoolYearId, t.pupilId)],
);

// ---------------------------------------------------------------------------
// Follow-up cases: the staircase as one case per pupil (issue 6; ADR 007).
// The case is its append-only event log; what the events name (contacts,
// conversations, meetings, mappings, agreements) lives in tables of its own.
// State columns on followup_cases serve listing only and are written in the
// same transaction as the event that changes them; the state shown is always
// replayed from the events.

/** One follow-up case: a pupil on the owner's staircase, by the version it was opened with. */
export const followupCases = pgTable(
  'followup_cases',
  {
    id: id(),
    ownerId: uuid('owner_id').notNull().references(() => schoolOwners.id),
    schoolId: uuid('school_id').notNull().references(() => schools.id),
    pupilId: uuid('pupil_id').notNull().references(() => pupils.id, { onDelete: 'cascade' }),
    staircaseId: text('staircase_id').notNull(),
    staircaseVersion: integer('staircase_version').notNull(),
    /** The staircase as it was when the case was opened, so that a later edit moves no deadline. */
    staircase: jsonb('staircase').notNull(),
    /** The concern that opened it, when one did. */
    concernId: uuid('concern_id').references(() => concerns.id, { onDelete: 'set null' }),
    /** For listing: open or closed, and the current step, as the last event left them. */
    status: text('status').notNull().default('open'),
    currentStepId: text('current_step_id').notNull(),
    openedBy: uuid('opened_by').notNull().references(() => users.id),
    openedAt: timestamp('opened_at', { withTimezone: true }).notNull(),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('followup_cases_school_idx').on(t.schoolId, t.status),
    index('followup_cases_pupil_idx').on(t.pupilId),
    // One open case a pupil: a second concern goes into the case that is open.
    uniqueIndex('followup_cases_open_uq').on(t.pupilId).where(sql`${t.status} = 'open'`),
    check('followup_cases_status', sql`${t.status} in ('open', 'closed')`),
    check('followup_cases_closed', sql`(${t.status} = 'closed') = (${t.closedAt} is not null)`),
  ],
);

/** The case's events in order, one row each; never changed or deleted (a trigger refuses). */
export const caseEvents = pgTable(
  'case_events',
  {
    caseId: uuid('case_id').notNull().references(() => followupCases.id, { onDelete: 'cascade' }),
    seq: integer('seq').notNull(),
    ownerId: uuid('owner_id').notNull().references(() => schoolOwners.id),
    /** The event's id within the case (caseEventSchema's `id`). */
    eventId: text('event_id').notNull(),
    type: text('type').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull(),
    recordedBy: uuid('recorded_by').references(() => users.id),
    /** The whole event as caseEventSchema checks it. */
    payload: jsonb('payload').notNull(),
    recordedAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.caseId, t.seq] }),
    uniqueIndex('case_events_event_uq').on(t.caseId, t.eventId),
    check('case_events_seq', sql`${t.seq} >= 1`),
  ],
);

/** The team around the pupil in this case, beyond the contact teacher and the leadership who see every case of theirs. */
export const caseMembers = pgTable(
  'case_members',
  {
    caseId: uuid('case_id').notNull().references(() => followupCases.id, { onDelete: 'cascade' }),
    userId: uuid('user_id').notNull().references(() => users.id),
    ownerId: uuid('owner_id').notNull().references(() => schoolOwners.id),
    role: text('role').notNull(),
    /** For an outside service on the team: which service (CONSENT_SERVICES) it is, which a consent must name before it sees anything. */
    service: text('service'),
    addedBy: uuid('added_by').references(() => users.id),
    addedAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.caseId, t.userId] }),
    index('case_members_user_idx').on(t.userId),
    check(
      'case_members_role',
      sql`${t.role} in ('contactTeacher', 'counsellor', 'nurse', 'resourceTeam', 'leadership', 'socialTeacher', 'attendanceContact', 'outsideService')`,
    ),
    check('case_members_service', sql`(${t.role} = 'outsideService') = (${t.service} is not null)`),
  ],
);

/**
 * Consents to interdisciplinary collaboration (consentSchema): which services
 * may share what, given or refused by whom and when. Withdrawal is the one
 * change a consent takes, and it takes effect at once.
 */
export const caseConsents = pgTable(
  'case_consents',
  {
    id: id(),
    caseId: uuid('case_id').notNull().references(() => followupCases.id, { onDelete: 'cascade' }),
    ownerId: uuid('owner_id').notNull().references(() => schoolOwners.id),
    decision: text('decision').notNull(),
    givenOn: date('given_on').notNull(),
    /** The consent as recorded, without its id, case and withdrawal. */
    content: jsonb('content').notNull(),
    withdrawnOn: date('withdrawn_on'),
    withdrawnBy: uuid('withdrawn_by').references(() => users.id),
    createdBy: uuid('created_by').notNull().references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [
    index('case_consents_case_idx').on(t.caseId),
    check('case_consents_decision', sql`${t.decision} in ('given', 'refused')`),
    check('case_consents_withdrawn', sql`(${t.withdrawnOn} is null) = (${t.withdrawnBy} is null)`),
    check('case_consents_withdrawn_given', sql`${t.withdrawnOn} is null or (${t.decision} = 'given' and ${t.withdrawnOn} >= ${t.givenOn})`),
  ],
);

/** The contact log: a call, a meeting or a message, with whom, and what came of it (contactLogEntrySchema). */
export const caseContacts = pgTable(
  'case_contacts',
  {
    id: id(),
    caseId: uuid('case_id').notNull().references(() => followupCases.id, { onDelete: 'cascade' }),
    ownerId: uuid('owner_id').notNull().references(() => schoolOwners.id),
    at: timestamp('at', { withTimezone: true }).notNull(),
    channel: text('channel').notNull(),
    entry: jsonb('entry').notNull(),
    createdBy: uuid('created_by').notNull().references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [index('case_contacts_case_idx').on(t.caseId, t.at), check('case_contacts_channel', sql`${t.channel} in ('phone', 'meeting', 'message')`)],
);

/** A conversation with the pupil or the guardians; the pupil's voice is a column of its own. */
export const caseConversations = pgTable(
  'case_conversations',
  {
    id: id(),
    caseId: uuid('case_id').notNull().references(() => followupCases.id, { onDelete: 'cascade' }),
    ownerId: uuid('owner_id').notNull().references(() => schoolOwners.id),
    at: timestamp('at', { withTimezone: true }).notNull(),
    with: text('with').notNull(),
    guideId: text('guide_id'),
    /** The conversation without the pupil's voice: participants, answers, minutes, next steps. */
    conversation: jsonb('conversation').notNull(),
    pupilVoice: jsonb('pupil_voice').notNull(),
    createdBy: uuid('created_by').notNull().references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [index('case_conversations_case_idx').on(t.caseId, t.at), check('case_conversations_with', sql`${t.with} in ('pupil', 'guardians', 'pupilAndGuardians')`)],
);

/** A meeting: invitation with agenda and participants first, minutes (with the pupil's voice) once it is held. */
export const caseMeetings = pgTable(
  'case_meetings',
  {
    id: id(),
    caseId: uuid('case_id').notNull().references(() => followupCases.id, { onDelete: 'cascade' }),
    ownerId: uuid('owner_id').notNull().references(() => schoolOwners.id),
    title: text('title').notNull(),
    meetingOn: date('meeting_on').notNull(),
    invitation: jsonb('invitation').notNull(),
    minutes: jsonb('minutes'),
    pupilVoice: jsonb('pupil_voice'),
    heldAt: timestamp('held_at', { withTimezone: true }),
    createdBy: uuid('created_by').notNull().references(() => users.id),
    createdAt: createdAt(),
    minutesBy: uuid('minutes_by').references(() => users.id),
  },
  (t) => [
    index('case_meetings_case_idx').on(t.caseId, t.meetingOn),
    check('case_meetings_minutes', sql`(${t.minutes} is null) = (${t.heldAt} is null) and (${t.minutes} is null) = (${t.pupilVoice} is null)`),
  ],
);

/** One filled-in mapping tool: cause mapping, scaling, tiltakssirkelen or factors. */
export const caseMappings = pgTable(
  'case_mappings',
  {
    id: id(),
    caseId: uuid('case_id').notNull().references(() => followupCases.id, { onDelete: 'cascade' }),
    ownerId: uuid('owner_id').notNull().references(() => schoolOwners.id),
    tool: text('tool').notNull(),
    /** Whose view: pupil, guardians or school; null for tiltakssirkelen, which is filled together. */
    perspective: text('perspective'),
    at: timestamp('at', { withTimezone: true }).notNull(),
    content: jsonb('content').notNull(),
    createdBy: uuid('created_by').notNull().references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [
    index('case_mappings_case_idx').on(t.caseId, t.at),
    check('case_mappings_tool', sql`${t.tool} in ('causeMapping', 'scaling', 'circle', 'factors')`),
    check('case_mappings_perspective', sql`${t.perspective} is null or ${t.perspective} in ('pupil', 'guardians', 'school')`),
  ],
);

/** A collaboration agreement (samarbeidsavtale); its content is in its versions. */
export const caseAgreements = pgTable(
  'case_agreements',
  {
    id: id(),
    caseId: uuid('case_id').notNull().references(() => followupCases.id, { onDelete: 'cascade' }),
    ownerId: uuid('owner_id').notNull().references(() => schoolOwners.id),
    createdBy: uuid('created_by').notNull().references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [index('case_agreements_case_idx').on(t.caseId)],
);

/** Every version of an agreement, never changed (a trigger refuses): a revision or an evaluation adds one. */
export const caseAgreementVersions = pgTable(
  'case_agreement_versions',
  {
    agreementId: uuid('agreement_id').notNull().references(() => caseAgreements.id, { onDelete: 'cascade' }),
    number: integer('number').notNull(),
    ownerId: uuid('owner_id').notNull().references(() => schoolOwners.id),
    kind: text('kind').notNull(),
    content: jsonb('content').notNull(),
    evaluation: jsonb('evaluation'),
    createdBy: uuid('created_by').notNull().references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.agreementId, t.number] }),
    check('case_agreement_versions_number', sql`${t.number} >= 1`),
    check('case_agreement_versions_kind', sql`${t.kind} in ('made', 'revised', 'evaluated')`),
    check('case_agreement_versions_evaluation', sql`(${t.kind} = 'evaluated') = (${t.evaluation} is not null)`),
  ],
);

// ——— Access and trust (issue 7): retention per record type ———

/** How many months the owner keeps each record type (src/domain/retention.ts); a type not listed keeps its default. */
export const ownerRetention = pgTable(
  'owner_retention',
  {
    ownerId: uuid('owner_id').notNull().references(() => schoolOwners.id),
    recordType: text('record_type').notNull(),
    months: integer('months').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    updatedBy: uuid('updated_by').references(() => users.id),
  },
  (t) => [primaryKey({ columns: [t.ownerId, t.recordType] }), check('owner_retention_months', sql`${t.months} between 1 and 240`)],
);

// ---------------------------------------------------------------------------
// Overview: the leadership's monthly review and the yearly routine calendar
// (årshjul) (docs/overview.md).

/**
 * A school's monthly review: which points of the checklist were gone through,
 * and when the review was marked done and by whom. One row a school a month.
 */
export const monthlyReviews = pgTable(
  'monthly_reviews',
  {
    id: id(),
    ownerId: uuid('owner_id').notNull().references(() => schoolOwners.id),
    schoolId: uuid('school_id').notNull().references(() => schools.id),
    /** YYYY-MM */
    month: text('month').notNull(),
    /** The checklist's points gone through, each with who and when: { [item]: { by, at } }. */
    checked: jsonb('checked').notNull().default({}),
    note: text('note'),
    doneBy: uuid('done_by').references(() => users.id),
    doneAt: timestamp('done_at', { withTimezone: true }),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('monthly_reviews_school_month_uq').on(t.schoolId, t.month),
    check('monthly_reviews_month', sql`${t.month} ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'`),
    check('monthly_reviews_note', sql`${t.note} is null or length(${t.note}) <= 2000`),
  ],
);

/**
 * The owner's yearly calendar as data (src/domain/overview/yearly-calendar.ts),
 * one row a task. An owner without rows has the default calendar.
 */
export const calendarTasks = pgTable(
  'calendar_tasks',
  {
    id: id(),
    ownerId: uuid('owner_id').notNull().references(() => schoolOwners.id),
    taskKey: text('task_key').notNull(),
    definition: jsonb('definition').notNull(),
    position: integer('position').notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('calendar_tasks_owner_key_uq').on(t.ownerId, t.taskKey)],
);

/** One occurrence of a task at one school: who is assigned, when it was done, when the assignee was reminded. */
export const calendarTaskMarks = pgTable(
  'calendar_task_marks',
  {
    id: id(),
    ownerId: uuid('owner_id').notNull().references(() => schoolOwners.id),
    schoolId: uuid('school_id').notNull().references(() => schools.id),
    taskKey: text('task_key').notNull(),
    dueOn: date('due_on').notNull(),
    assigneeId: uuid('assignee_id').references(() => users.id),
    doneBy: uuid('done_by').references(() => users.id),
    doneAt: timestamp('done_at', { withTimezone: true }),
    remindedAt: timestamp('reminded_at', { withTimezone: true }),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('calendar_task_marks_uq').on(t.schoolId, t.taskKey, t.dueOn),
    index('calendar_task_marks_assignee_idx').on(t.assigneeId),
  ],
);
