// Who is told of a new concern, and the notification each gets: staff in the
// app, the home by e-mail. The home is the guardians with parental
// responsibility while the pupil is under 18, and the pupil from 18; a
// guardian without parental responsibility is never told anything (the
// Bergen/Vigilo case). For a pupil with a protected address the letter names
// no school, class or staff member.
import type { Queryable } from '../db/client.js';
import { isAdultOn } from '../../domain/age.js';
import type { NotifyTarget } from '../../domain/rules/index.js';
import { localeSchema, type Locale } from '../../contracts/locale.js';
import * as repo from '../db/repositories/notifications.js';
import type { NewConcern } from '../db/repositories/concerns.js';
import { subjectsByIds } from '../db/repositories/pupil-years.js';
import { composeLetter, type Audience } from './letters.js';

const STAFF_ROLES: Partial<Record<NotifyTarget, string>> = { counsellor: 'counsellor', resourceTeam: 'resource_team', leadership: 'leadership' };

const asLocale = (value: string | null | undefined): Locale => localeSchema.catch('nb').parse(value ?? 'nb');

interface Recipient {
  channel: 'app' | 'email';
  kind: string;
  userId: string | null;
  guardianId: string | null;
  key: string;
  email: string | null;
  locale: Locale;
  audience: Audience;
}

function recipientsOf(
  targets: readonly NotifyTarget[],
  pupil: repo.PupilContactRow,
  subjectId: string | null,
  staff: readonly { role: string; user_id: string; locale: string }[],
  asOf: string,
): Recipient[] {
  const found = new Map<string, Recipient>();
  const staffMember = (kind: string, userId: string, locale: string | null) => {
    const key = `user:${userId}`;
    if (!found.has(`app|${key}`)) found.set(`app|${key}`, { channel: 'app', kind, userId, guardianId: null, key, email: null, locale: asLocale(locale), audience: 'staff' });
  };
  const adult = isAdultOn(pupil.birth_date, asOf);
  for (const target of targets) {
    if (target === 'contactTeacher') for (const ct of pupil.contact_teachers) staffMember(target, ct.id, ct.locale);
    else if (target === 'subjectTeacher') {
      for (const t of pupil.teachers) if (subjectId === null || t.subjectId === subjectId) staffMember(target, t.userId, null);
    } else if (target === 'classTeam') {
      for (const t of pupil.teachers) if (t.inClass) staffMember(target, t.userId, null);
      for (const ct of pupil.contact_teachers) staffMember(target, ct.id, ct.locale);
    } else if (STAFF_ROLES[target]) {
      for (const s of staff) if (s.role === STAFF_ROLES[target]) staffMember(target, s.user_id, s.locale);
    } else if (target === 'guardians' || (target === 'guardiansOrPupil' && !adult)) {
      // From 18 the pupil gets the notices, never the guardians, whatever the policy says.
      if (adult) continue;
      for (const g of pupil.guardians) {
        const key = `guardian:${g.id}`;
        found.set(`email|${key}`, { channel: 'email', kind: 'guardian', userId: g.userId, guardianId: g.id, key, email: g.email, locale: asLocale(g.locale), audience: 'home' });
      }
    } else if (target === 'pupil' || target === 'guardiansOrPupil') {
      const key = `pupil:${pupil.id}`;
      found.set(`email|${key}`, {
        channel: 'email', kind: 'pupil', userId: pupil.pupil_user?.id ?? null, guardianId: null, key, email: pupil.email,
        locale: asLocale(pupil.pupil_user?.locale), audience: 'adultPupil',
      });
    }
  }
  return [...found.values()];
}

/**
 * Stores the notifications of newly raised concerns (in the caller's
 * transaction) and returns the ids of the e-mails to send.
 */
export async function notifyOfConcerns(
  tx: Queryable,
  raised: readonly (NewConcern & { id: string })[],
  asOf: string,
): Promise<string[]> {
  if (raised.length === 0) return [];
  const pupils = new Map((await repo.pupilContacts(tx, [...new Set(raised.map((r) => r.pupilId))], asOf)).map((p) => [p.id, p]));
  const staff = await repo.staffByRole(tx, [...new Set(raised.map((r) => r.schoolId))], Object.values(STAFF_ROLES) as string[]);
  const subjectIds = [...new Set(raised.map((r) => r.concern.subjectId).filter((s): s is string => !!s))];
  const subjects = new Map((await subjectsByIds(tx, subjectIds)).map((s) => [s.id, s.name]));
  const rows: repo.NotificationToStore[] = [];
  for (const { id, concern, pupilId, schoolId, ownerId, backfilled } of raised) {
    const pupil = pupils.get(pupilId);
    // A concern raised after the fact asks nobody to act, so nobody is told (see isNews).
    if (!pupil || backfilled) continue;
    const neutral = pupil.protected_address;
    const ofSchool = staff.filter((s) => s.school_id === schoolId);
    for (const r of recipientsOf(concern.notify, pupil, concern.subjectId ?? null, ofSchool, asOf)) {
      const letter = composeLetter({
        locale: r.locale,
        audience: r.audience,
        pupilName: `${pupil.given_name} ${pupil.family_name}`,
        pupilFirstName: pupil.given_name,
        className: pupil.class_name,
        concern: {
          measure: concern.measure,
          value: concern.value,
          base: concern.base,
          approaching: concern.approaching,
          ruleName: concern.ruleName,
          window: { kind: concern.window.kind, from: concern.window.from, until: concern.window.until },
          subjectName: concern.subjectId ? (subjects.get(concern.subjectId) ?? concern.subject ?? null) : null,
          dueBy: concern.dueBy,
          step: concern.step ?? null,
        },
        asOf,
        // Staff work inside the school and see its name; only letters leaving it are made neutral.
        school: neutral && r.channel === 'email' ? null : pupil.school_name,
        owner: pupil.owner_name,
        contactTeacher: pupil.contact_teachers[0]?.name ?? null,
      });
      let status: repo.NotificationToStore['status'] = r.channel === 'app' ? 'delivered' : 'pending';
      let statusReason: string | null = null;
      if (r.channel === 'email' && !r.email) [status, statusReason] = ['not_sent', 'no_address'];
      rows.push({
        ownerId, schoolId, pupilId, concernId: id, channel: r.channel, recipientKind: r.kind, recipientUserId: r.userId,
        recipientGuardianId: r.guardianId, recipientKey: r.key, email: r.email, locale: r.locale, subject: letter.subject,
        body: letter.body, neutral: neutral && r.channel === 'email', status, statusReason,
      });
    }
  }
  const stored = await repo.insertNotifications(tx, rows);
  return stored.filter((n) => n.channel === 'email' && n.status === 'pending').map((n) => n.id);
}
