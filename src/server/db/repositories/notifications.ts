import type { Queryable } from '../client.js';

export interface PupilContactRow extends Record<string, unknown> {
  id: string;
  given_name: string;
  family_name: string;
  birth_date: string;
  email: string | null;
  protected_address: boolean;
  school_id: string;
  school_name: string;
  owner_id: string;
  owner_name: string;
  class_name: string | null;
  contact_teachers: { id: string; name: string; email: string; locale: string }[];
  /** Only guardians with parental responsibility: the others are never told anything. */
  guardians: { id: string; userId: string | null; name: string; email: string | null; locale: string | null }[];
  /** Who teaches the pupil, and what: subject teachers and the class team. */
  teachers: { userId: string; subjectId: string | null; inClass: boolean }[];
  pupil_user: { id: string; locale: string } | null;
}

/** Everything needed to decide who is told of a pupil's concern, and how. */
export function pupilContacts(db: Queryable, pupilIds: readonly string[], day: string) {
  return db.query<PupilContactRow>(
    `select p.id, p.given_name, p.family_name, p.birth_date, p.email, p.protected_address, p.school_id, s.name as school_name,
            s.owner_id, o.name as owner_name,
            (select g.name from group_memberships m join groups g on g.id = m.group_id
              where m.pupil_id = p.id and g.kind = 'class' and m.valid_from <= $2::date and (m.valid_to is null or m.valid_to >= $2::date)
              order by m.valid_from desc limit 1) as class_name,
            coalesce((select json_agg(json_build_object('id', u.id, 'name', u.given_name || ' ' || u.family_name, 'email', u.email, 'locale', u.locale))
               from contact_teachers ct join users u on u.id = ct.user_id and u.active
              where ct.pupil_id = p.id and ct.valid_from <= $2::date and (ct.valid_to is null or ct.valid_to >= $2::date)), '[]') as contact_teachers,
            coalesce((select json_agg(json_build_object('id', gd.id, 'userId', gu.id, 'name', gd.given_name || ' ' || gd.family_name,
                                                        'email', coalesce(gd.email, gu.email), 'locale', gu.locale))
               from pupil_guardians pg join guardians gd on gd.id = pg.guardian_id
               left join users gu on gu.guardian_id = gd.id and gu.active
              where pg.pupil_id = p.id and pg.parental_responsibility), '[]') as guardians,
            coalesce((select json_agg(json_build_object('userId', gt.user_id, 'subjectId', coalesce(gt.subject_id, g.subject_id), 'inClass', g.kind = 'class'))
               from group_memberships m join groups g on g.id = m.group_id join group_teachers gt on gt.group_id = g.id
              where m.pupil_id = p.id and m.valid_from <= $2::date and (m.valid_to is null or m.valid_to >= $2::date)
                and gt.valid_from <= $2::date and (gt.valid_to is null or gt.valid_to >= $2::date)), '[]') as teachers,
            (select json_build_object('id', pu.id, 'locale', pu.locale) from users pu where pu.pupil_id = p.id and pu.active limit 1) as pupil_user
       from pupils p join schools s on s.id = p.school_id join school_owners o on o.id = s.owner_id
      where p.id = any($1::uuid[])`,
    [pupilIds, day],
  );
}

/** Staff of the schools by role: leadership, counsellors, the resource team. */
export function staffByRole(db: Queryable, schoolIds: readonly string[], roles: readonly string[]) {
  return db.query<{ school_id: string; role: string; user_id: string; locale: string }>(
    `select r.school_id, r.role, r.user_id, u.locale from role_assignments r join users u on u.id = r.user_id and u.active
      where r.school_id = any($1::uuid[]) and r.role = any($2::text[])`,
    [schoolIds, roles],
  );
}

export interface NotificationToStore {
  ownerId: string;
  schoolId: string;
  pupilId: string;
  concernId: string;
  channel: 'app' | 'email';
  recipientKind: string;
  recipientUserId: string | null;
  recipientGuardianId: string | null;
  recipientKey: string;
  email: string | null;
  locale: string;
  subject: string;
  body: string;
  neutral: boolean;
  status: 'pending' | 'delivered' | 'not_sent';
  statusReason: string | null;
}

/** Stores the notifications; one a recipient a concern, so a second attempt adds nothing. Returns the e-mails to send. */
export async function insertNotifications(tx: Queryable, rows: readonly NotificationToStore[]) {
  if (rows.length === 0) return [];
  return tx.query<{ id: string; channel: string; status: string }>(
    `insert into notifications (owner_id, school_id, pupil_id, concern_id, channel, recipient_kind, recipient_user_id,
                                recipient_guardian_id, recipient_key, email, locale, subject, body, neutral, status, status_reason)
     select n.owner_id, n.school_id, n.pupil_id, n.concern_id, n.channel, n.recipient_kind, n.recipient_user_id,
            n.recipient_guardian_id, n.recipient_key, n.email, n.locale, n.subject, n.body, n.neutral, n.status, n.status_reason
       from jsonb_to_recordset($1::jsonb) as n(owner_id uuid, school_id uuid, pupil_id uuid, concern_id uuid, channel text,
            recipient_kind text, recipient_user_id uuid, recipient_guardian_id uuid, recipient_key text, email text, locale text,
            subject text, body text, neutral boolean, status text, status_reason text)
     on conflict (concern_id, channel, recipient_key) do nothing
     returning id, channel, status`,
    [
      JSON.stringify(
        rows.map((n) => ({
          owner_id: n.ownerId,
          school_id: n.schoolId,
          pupil_id: n.pupilId,
          concern_id: n.concernId,
          channel: n.channel,
          recipient_kind: n.recipientKind,
          recipient_user_id: n.recipientUserId,
          recipient_guardian_id: n.recipientGuardianId,
          recipient_key: n.recipientKey,
          email: n.email,
          locale: n.locale,
          subject: n.subject,
          body: n.body,
          neutral: n.neutral,
          status: n.status,
          status_reason: n.statusReason,
        })),
      ),
    ],
  );
}

export interface EmailToSendRow extends Record<string, unknown> {
  id: string;
  email: string | null;
  subject: string;
  body: string;
  status: string;
  attempts: number;
  owner_name: string;
  school_name: string;
  neutral: boolean;
}

/** The e-mail, locked for this attempt so that two workers never send it both. */
export async function lockEmail(tx: Queryable, id: string) {
  const rows = await tx.query<EmailToSendRow>(
    `select n.id, n.email, n.subject, n.body, n.status, n.attempts, o.name as owner_name, s.name as school_name, n.neutral
       from notifications n join school_owners o on o.id = n.owner_id join schools s on s.id = n.school_id
      where n.id = $1 and n.channel = 'email' for update of n`,
    [id],
  );
  return rows[0] ?? null;
}

export async function setEmailStatus(
  db: Queryable,
  id: string,
  fields: { status: string; statusReason?: string | null; lastError?: string | null; messageId?: string | null; sentAt?: Date | null; attempt?: boolean },
) {
  await db.query(
    `update notifications set status = $2, status_reason = $3, last_error = coalesce($4, last_error),
            message_id = coalesce($5, message_id), sent_at = coalesce($6, sent_at), attempts = attempts + case when $7 then 1 else 0 end,
            attempted_at = case when $7 then now() else attempted_at end
      where id = $1`,
    [id, fields.status, fields.statusReason ?? null, fields.lastError ?? null, fields.messageId ?? null, fields.sentAt ?? null, fields.attempt ?? false],
  );
}

export interface OutboxRow extends Record<string, unknown> {
  id: string;
  created_at: Date;
  sent_at: Date | null;
  channel: 'app' | 'email';
  recipient_kind: string;
  recipient_name: string | null;
  email: string | null;
  subject: string;
  status: string;
  status_reason: string | null;
  attempts: number;
  last_error: string | null;
  neutral: boolean;
  pupil_id: string;
  given_name: string;
  family_name: string;
  kind: string;
  /** The rule of a concern's notification; the subject of a warning's; null for reminders and decisions. */
  rule_name: string | null;
  school_id: string;
  school_name: string;
}

/** What was sent and what waits, newest first, for a school (or all of an owner's schools). */
export function outbox(db: Queryable, scope: { ownerId: string; schoolId?: string }, limit: number, status?: string) {
  return db.query<OutboxRow>(
    `select n.id, n.created_at, n.sent_at, n.channel, n.recipient_kind,
            coalesce(u.given_name || ' ' || u.family_name, g.given_name || ' ' || g.family_name) as recipient_name,
            n.email, n.subject, n.status, n.status_reason, n.attempts, n.last_error, n.neutral,
            n.pupil_id, p.given_name, p.family_name, n.kind, coalesce(c.rule_name, ws.name) as rule_name, n.school_id, sc.name as school_name
       from notifications n join pupils p on p.id = n.pupil_id left join concerns c on c.id = n.concern_id
       left join limit_warnings w on w.id = n.warning_id left join subjects ws on ws.id = w.subject_id
       join schools sc on sc.id = n.school_id
       left join users u on u.id = n.recipient_user_id left join guardians g on g.id = n.recipient_guardian_id
      where n.owner_id = $1 and ($2::uuid is null or n.school_id = $2::uuid) and ($4::text is null or n.status = $4::text)
      order by n.created_at desc, n.id limit $3`,
    [scope.ownerId, scope.schoolId ?? null, limit, status ?? null],
  );
}

/** A staff member's notifications in the app, newest first. */
export function myNotifications(db: Queryable, userId: string, limit: number) {
  return db.query<{ id: string; created_at: Date; read_at: Date | null; subject: string; body: string; pupil_id: string; concern_id: string | null }>(
    `select id, created_at, read_at, subject, body, pupil_id, concern_id from notifications
      where recipient_user_id = $1 and channel = 'app' order by created_at desc limit $2`,
    [userId, limit],
  );
}

export async function markNotificationsRead(db: Queryable, userId: string, ids: readonly string[], at: Date) {
  await db.query(
    `update notifications set read_at = $3 where recipient_user_id = $1 and channel = 'app' and id = any($2::uuid[]) and read_at is null`,
    [userId, ids, at],
  );
}
