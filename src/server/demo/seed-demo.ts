// The demo: Fjordvik kommune with a 1-10 school and Nordfylket fylkeskommune
// with an upper secondary school, a school year of registered attendance up
// to the demo date, and absence patterns planted on named pupils. All in one
// transaction: a failure leaves no half-written demo behind.
import { isPlainDate, schoolYearStartYearFor } from '../../domain/school-calendar.js';
import type { Database } from '../db/client.js';
import { StartupError } from '../startup-error.js';
import { hashPassword } from '../services/passwords.js';
import { planNotices, writeNotices } from './absence-notices.js';
import { inTransaction } from './bulk-insert.js';
import { planSchool } from './demo-plan.js';
import { demoSchools } from './demo-schools.js';
import { DEMO_PASSWORD, fixedStaff } from './demo-users.js';
import { scheduleLessons } from './lesson-schedule.js';
import { createEmailRegistry } from './names.js';
import type { PlantedPattern } from './planted-patterns.js';
import { createRandom, mixSeed } from './random.js';
import { writeMarks, writeLessons } from './write-attendance.js';
import { writeSchool } from './write-school.js';
import { rebuildPupilYearsInChunks } from '../services/pupil-years.js';
import { adoptPresetIfNone } from '../services/owner-policies.js';
import { checkForeignKeys, restoreRowChecks, skipRowChecks } from './trusted-load.js';

export const DEFAULT_DEMO_SEED = 1;

/** Every table the demo writes: loaded without per-row foreign-key checks where allowed, then checked as a whole. */
const DEMO_TABLES = [
  'school_owners', 'schools', 'school_years', 'terms', 'holidays', 'subjects', 'groups', 'pupils', 'guardians',
  'pupil_guardians', 'group_memberships', 'users', 'role_assignments', 'contact_teachers', 'group_teachers',
  'lessons', 'attendance_marks', 'absence_notices',
];

export interface SeedDemoOptions {
  /** The demo's "today" ('YYYY-MM-DD'): registered up to here, planned for two weeks after. */
  asOf: string;
  /**
   * The time of day on `asOf` up to which lessons were held and registered
   * ('HH:MM'); just before lunch when left out. Seeded in the early morning, the
   * demo must not have registered lessons that have not begun.
   */
  asOfTime?: string;
  seed?: number;
}

export interface PlantedPupil {
  pattern: PlantedPattern;
  /** For the subject patterns. */
  subjectCode: string | null;
  schoolId: string;
  schoolName: string;
  className: string;
  pupilId: string;
  externalId: string;
  givenName: string;
  familyName: string;
}

export interface DemoSchoolSummary {
  ownerId: string;
  ownerName: string;
  schoolId: string;
  schoolName: string;
  classes: number;
  teachingGroups: number;
  pupils: number;
  staff: number;
  lessons: { held: number; notHeld: number; planned: number };
  marks: number;
}

export interface DemoSummary {
  asOf: string;
  seed: number;
  schoolYear: string;
  schools: DemoSchoolSummary[];
  /** The fixed logins; all use the demo password. */
  logins: { email: string; name: string; role: string }[];
  planted: PlantedPupil[];
  notices: { externalId: string; kind: 'absence' | 'leave_request'; fromDate: string; toDate: string }[];
  marks: number;
  seconds: number;
  /** Where the time went, in seconds. */
  phases: { plan: number; people: number; lessons: number; marks: number; checks: number };
}

export async function seedDemo(database: Database, options: SeedDemoOptions): Promise<DemoSummary> {
  const started = performance.now();
  const { asOf } = options;
  if (!isPlainDate(asOf)) throw new StartupError(`The demo date must be a date written YYYY-MM-DD (got ${asOf}).`);
  const seed = options.seed ?? DEFAULT_DEMO_SEED;

  const existing = await database.query<{ n: number }>('select count(*)::int as n from users where lower(email) = any($1::text[])', [
    fixedStaff.map((s) => s.email),
  ]);
  if ((existing[0]?.n ?? 0) > 0) {
    throw new StartupError('The database already holds the demo users; the demo is only seeded into a database without them.');
  }

  // argon2 is slow on purpose: one hash serves every demo login.
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const startYear = schoolYearStartYearFor(asOf);
  const emailFor = createEmailRegistry(fixedStaff.map((s) => s.email));
  const plans = demoSchools.map((definition) => planSchool(definition, startYear, seed, emailFor));
  const notices = planNotices(plans, asOf);
  const phases = { plan: 0, people: 0, lessons: 0, marks: 0, checks: 0 };
  let lap = started;
  const clock = (phase: keyof typeof phases) => {
    const now = performance.now();
    phases[phase] += (now - lap) / 1000;
    lap = now;
  };
  clock('plan');

  const written = await inTransaction(database, async (runner) => {
    const skipped = await skipRowChecks(runner, database.kind, DEMO_TABLES);
    // Notices before marks: a mark reported by the home points at its notice.
    for (const plan of plans) await writeSchool(runner, plan, passwordHash);
    await writeNotices(runner, notices, passwordHash);
    clock('people');
    const results = [];
    for (const plan of plans) {
      const scheduled = scheduleLessons(plan, asOf, createRandom(mixSeed(seed, plan.definition.key, 'lessons')), options.asOfTime);
      const lessons = await writeLessons(runner, plan, scheduled);
      clock('lessons');
      const { marks, planted } = await writeMarks(runner, plan, lessons, { seed, asOf, notices });
      clock('marks');
      results.push({ plan, lessons, marks, planted });
    }
    if (skipped) {
      await restoreRowChecks(runner);
      await checkForeignKeys(runner, DEMO_TABLES);
    }
    clock('checks');
    return results;
  });
  // The marks went in without the triggers that keep pupil_year_marks: write the years whole.
  for (const { plan } of written) {
    await rebuildPupilYearsInChunks(database, plan.pupils.map((p) => p.id), startYear);
    // Each demo owner has adopted the preset that follows its own kind of routine.
    await adoptPresetIfNone(database, plan.ownerId, plan.definition.school.level === 'upper_secondary' ? 'troms-vgs' : 'lyngen');
  }
  clock('checks');

  const schools = written.map(({ plan, lessons, marks }) => ({
    ownerId: plan.ownerId,
    ownerName: plan.definition.owner.name,
    schoolId: plan.schoolId,
    schoolName: plan.definition.school.name,
    classes: plan.groups.filter((g) => g.kind === 'class').length,
    teachingGroups: plan.groups.filter((g) => g.kind === 'teaching_group').length,
    pupils: plan.pupils.length,
    staff: plan.staff.length,
    lessons: {
      held: lessons.filter((l) => l.status === 'held').length,
      notHeld: lessons.filter((l) => l.status === 'not_held').length,
      planned: lessons.filter((l) => l.status === 'planned').length,
    },
    marks,
  }));
  const planted = written.flatMap(({ plan, planted: list }) =>
    list.map(({ pupilId, slot }) => {
      const pupil = plan.pupils.find((p) => p.id === pupilId);
      return {
        pattern: slot.pattern,
        subjectCode: slot.subject ?? null,
        schoolId: plan.schoolId,
        schoolName: plan.definition.school.name,
        className: slot.className,
        pupilId,
        externalId: pupil?.externalId ?? '',
        givenName: pupil?.givenName ?? '',
        familyName: pupil?.familyName ?? '',
      };
    }),
  );
  return {
    asOf,
    seed,
    schoolYear: plans[0]?.calendar.name ?? '',
    schools,
    logins: fixedStaff.map((s) => ({ email: s.email, name: `${s.givenName} ${s.familyName}`, role: s.role })),
    planted,
    notices: notices.map((n) => ({ externalId: n.pupil.externalId, kind: n.kind, fromDate: n.fromDate, toDate: n.toDate })),
    marks: schools.reduce((sum, s) => sum + s.marks, 0),
    seconds: (performance.now() - started) / 1000,
    phases,
  };
}
