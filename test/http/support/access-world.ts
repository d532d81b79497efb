// One world for the authorization matrix and the malformed-input test: two
// school owners; the first with two schools; a pupil of every relation to
// every kind of actor; each actor logged in (the roles that need a second
// factor with one on their session).
import type { FastifyInstance } from 'fastify';
import type { Database } from '../../../src/server/db/client.js';
import {
  buildCalendar,
  buildClass,
  buildGuardian,
  buildLesson,
  buildOwner,
  buildPupil,
  buildSchool,
  buildSchoolYear,
  buildSubject,
  buildUser,
} from '../../support/factories.js';
import { logIn, type LoggedIn } from '../../support/app.js';
import type { Role } from '../../../src/contracts/roles.js';

export const ACTORS = [
  'anonymous',
  'subjectTeacher',
  'contactTeacher',
  'leadership',
  'leadershipOtherSchool',
  'counsellor',
  'nurse',
  'outsideService',
  'analyst',
  'admin',
  'guardian',
  'pupil',
  'otherOwnerAdmin',
] as const;
export type ActorName = (typeof ACTORS)[number];

/** Which pupil, school or owner a request is about, seen from the first owner's first school. */
export const TARGETS = ['own', 'otherPupil', 'otherSchool', 'otherOwner'] as const;
export type Target = (typeof TARGETS)[number];

export interface Place {
  ownerId: string;
  schoolId: string;
  classId: string;
  subjectId: string;
  pupilId: string;
  lessonId: number;
  markId: number;
  noticeId: string;
  /** An open follow-up case of the pupil, opened through the API by someone who may. */
  caseId: string;
}

export interface AccessWorld {
  /** The place of each target: 'own' is the pupil the teacher teaches and the contact teacher has. */
  places: Record<Target, Place>;
  sessions: Record<Exclude<ActorName, 'anonymous'>, LoggedIn>;
  userIds: Record<Exclude<ActorName, 'anonymous'>, string>;
}

async function buildPlace(
  database: Database,
  school: { id: string; ownerId: string },
  teacherId: string,
  contactTeacherId: string | undefined,
  name: string,
): Promise<Place> {
  years[school.id] ??= buildSchoolYear(database, school.id).then(async (y) => {
    await buildCalendar(database, y.id);
    return y;
  });
  const year = await years[school.id]!;
  const classId = (await buildClass(database, school, year.id, { name, grade: 11 })).id;
  const subjectId = (await buildSubject(database, school.id, { code: `NOR-${name}`, name: 'Norsk', annualHours: 100 })).id;
  const pupil = await buildPupil(database, school, {
    classId,
    ...(contactTeacherId ? { contactTeacherId } : {}),
    givenName: `Elev ${name}`,
    birthDate: '2010-03-01',
  });
  await database.query(`insert into group_teachers (user_id, group_id, subject_id, valid_from) values ($1, $2, $3, '2026-08-17')`, [
    teacherId,
    classId,
    subjectId,
  ]);
  const lesson = await buildLesson(database, { schoolId: school.id, groupId: classId, subjectId, teacherId, date: '2026-11-20', status: 'held' });
  const [mark] = await database.query<{ id: number }>(
    `insert into attendance_marks (lesson_id, pupil_id, school_id, date, status) values ($1, $2, $3, '2026-11-20', 'F') returning id`,
    [lesson.id, pupil.id, school.id],
  );
  const [notice] = await database.query<{ id: string }>(
    `insert into absence_notices (pupil_id, school_id, kind, from_date, to_date, reason_code, status, submitted_by)
     values ($1, $2, 'leave_request', '2026-12-01', '2026-12-01', 'family_reasons', 'submitted', $3) returning id`,
    [pupil.id, school.id, teacherId],
  );
  return { ownerId: school.ownerId, schoolId: school.id, classId, subjectId, pupilId: pupil.id, lessonId: lesson.id, markId: mark!.id, noticeId: notice!.id, caseId: '' };
}

const years: Record<string, Promise<{ id: string }>> = {};

export async function buildAccessWorld(database: Database, app: FastifyInstance): Promise<AccessWorld> {
  const owner = await buildOwner(database, { name: 'Aust fylkeskommune', kind: 'county' });
  const otherOwner = await buildOwner(database, { name: 'Vest fylkeskommune', kind: 'county' });
  const school = await buildSchool(database, owner.id, { name: 'Aust vgs', level: 'upper_secondary' });
  const otherSchool = await buildSchool(database, owner.id, { name: 'Nord vgs', level: 'upper_secondary' });
  const farSchool = await buildSchool(database, otherOwner.id, { name: 'Vest vgs', level: 'upper_secondary' });

  const staff = async (ownerId: string, role: Role, schoolId: string | null) =>
    buildUser(database, ownerId, { roles: [{ role, schoolId }] });
  const subjectTeacher = await staff(owner.id, 'teacher', school.id);
  const contactTeacher = await staff(owner.id, 'teacher', school.id);
  const leadership = await staff(owner.id, 'leadership', school.id);
  const leadershipOtherSchool = await staff(owner.id, 'leadership', otherSchool.id);
  const counsellor = await staff(owner.id, 'counsellor', school.id);
  const nurse = await staff(owner.id, 'nurse', school.id);
  const outsideService = await staff(owner.id, 'outside_service', null);
  const analyst = await staff(owner.id, 'owner_analyst', null);
  const admin = await staff(owner.id, 'admin', null);
  const otherOwnerAdmin = await staff(otherOwner.id, 'admin', null);
  const otherSchoolTeacher = await staff(owner.id, 'teacher', otherSchool.id);
  const farTeacher = await staff(otherOwner.id, 'teacher', farSchool.id);
  // Only to open the other owner's case in the setup; not an actor of the matrix.
  const farLeadership = await staff(otherOwner.id, 'leadership', farSchool.id);

  const own = await buildPlace(database, school, subjectTeacher.id, contactTeacher.id, 'A');
  // Same school, same class kind, but taught by nobody above and with another contact teacher.
  const colleague = await staff(owner.id, 'teacher', school.id);
  const otherPupil = await buildPlace(database, school, colleague.id, colleague.id, 'B');
  const otherSchoolPlace = await buildPlace(database, otherSchool, otherSchoolTeacher.id, otherSchoolTeacher.id, 'C');
  const otherOwnerPlace = await buildPlace(database, farSchool, farTeacher.id, farTeacher.id, 'D');

  const pupilUser = await buildUser(database, owner.id, { pupilId: own.pupilId, roles: [{ role: 'pupil', schoolId: school.id }] });
  const guardian = await buildGuardian(database, { id: own.pupilId, ownerId: owner.id });

  const users = {
    subjectTeacher,
    contactTeacher,
    leadership,
    leadershipOtherSchool,
    counsellor,
    nurse,
    outsideService,
    analyst,
    admin,
    guardian: guardian.user,
    pupil: pupilUser,
    otherOwnerAdmin,
  };
  const sessions = {} as AccessWorld['sessions'];
  const userIds = {} as AccessWorld['userIds'];
  for (const [name, user] of Object.entries(users) as [keyof typeof users, { id: string; email: string }][]) {
    sessions[name] = await logIn(app, user.email);
    userIds[name] = user.id;
  }
  // A second factor on every staff session, as if the code had been given: the
  // matrix is about roles and relations; the guard has its own tests.
  await database.query(
    `update sessions set second_factor_at = now(), second_factor_method = 'totp'
      where user_id in (select user_id from role_assignments where role not in ('guardian', 'pupil'))`,
  );
  const farSession = await logIn(app, farLeadership.email);
  await database.query(`update sessions set second_factor_at = now(), second_factor_method = 'totp' where user_id = $1`, [farLeadership.id]);

  // A case for every place, opened by hand by its contact teacher or leadership.
  const opener: [Place, LoggedIn][] = [
    [own, sessions.contactTeacher],
    [otherPupil, sessions.leadership],
    [otherSchoolPlace, sessions.leadershipOtherSchool],
    [otherOwnerPlace, farSession],
  ];
  for (const [place, as] of opener) {
    const opened = await app.inject({
      method: 'POST',
      url: `/api/pupils/${place.pupilId}/followup-cases`,
      headers: as.headers,
      payload: { from: { kind: 'manual', reason: 'Bekymret for fraværet' } },
    });
    if (opened.statusCode !== 201) throw new Error(`The access world could not open a case: ${opened.statusCode} ${opened.body}`);
    place.caseId = (opened.json() as { id: string }).id;
  }
  return { places: { own, otherPupil, otherSchool: otherSchoolPlace, otherOwner: otherOwnerPlace }, sessions, userIds };
}
