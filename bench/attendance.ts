// Attendance figures the issue asks for, on PostgreSQL with a full school year
// of marks for 1,000 pupils:
// - registering a class of 30 with 300 concurrent teachers (autocannon on loopback),
// - one pupil's figures, a class of 30, the whole school.
import autocannon from 'autocannon';
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { fixedClock, systemClock } from '../src/server/clock.js';
import { norwegianSchoolYear, schoolYearStartYearFor } from '../src/domain/school-calendar.js';
import { schoolDayOf } from '../src/domain/dates.js';
import { createSession } from '../src/server/services/sessions.js';
import { hashPassword } from '../src/server/services/passwords.js';
import { getClassFigures, getPupilFigures, getSchoolFigures } from '../src/server/services/absence-figures.js';
import { seedScale } from '../src/server/demo/seed-scale.js';
import { evaluateEveryone } from '../src/server/services/rule-evaluation.js';
import { refreshAllStaleDays } from '../src/server/services/pupil-years.js';
import type { Database } from '../src/server/db/client.js';
import type { Actor } from '../src/domain/access.js';
import { fmt, freshDatabase, percentiles, table } from './support.js';
import { openLoop } from './open-loop.js';

const PUPILS = Number(process.env.BENCH_ATTENDANCE_PUPILS ?? 1000);
const WEEKS = Number(process.env.BENCH_ATTENDANCE_WEEKS ?? 38);
const TEACHERS = Number(process.env.BENCH_TEACHERS ?? 300);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);

async function time<T>(runs: number, fn: () => Promise<T>) {
  await fn(); // warm caches and the plan cache, as a running server has them
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await fn();
    samples.push(performance.now() - started);
  }
  return percentiles(samples);
}

interface BenchTeacher {
  lessonId: number;
  cookie: string;
  csrf: string;
  version: number;
  pupils: string[];
}

/** Gives each of TEACHERS new teachers a held lesson of a class (~30 pupils) and a session. */
async function prepareTeachers(database: Database, schoolId: string, ownerId: string): Promise<BenchTeacher[]> {
  const lessons = await database.query<{ id: number; group_id: string; date: string; version: number }>(
    `select l.id, l.group_id, l.date, l.version from lessons l
      where l.school_id = $1 and l.status = 'held' and l.date < current_date
      order by l.date desc, l.id limit $2`,
    [schoolId, TEACHERS],
  );
  if (lessons.length < TEACHERS) throw new Error(`only ${lessons.length} lessons to register`);
  const hash = await hashPassword('bench-password');
  const teachers: BenchTeacher[] = [];
  const policy = { idleMinutes: 600, maxHours: 10 };
  for (const [i, lesson] of lessons.entries()) {
    const [user] = await database.query<{ id: string }>(
      `insert into users (owner_id, email, given_name, family_name, password_hash) values ($1, $2, 'Bench', $3, $4) returning id`,
      [ownerId, `bench-${i}-${Date.now()}@bench.example`, `Teacher ${i}`, hash],
    );
    await database.query(`insert into role_assignments (user_id, role, school_id) values ($1, 'teacher', $2)`, [user!.id, schoolId]);
    await database.query('update lessons set teacher_id = $2 where id = $1', [lesson.id, user!.id]);
    const pupils = await database.query<{ pupil_id: string }>(
      `select pupil_id from group_memberships where group_id = $1 and valid_from <= $2::date and (valid_to is null or valid_to >= $2::date)`,
      [lesson.group_id, lesson.date],
    );
    const session = await createSession(database, systemClock, policy, user!.id, { ip: '127.0.0.1', userAgent: 'bench' });
    teachers.push({
      lessonId: lesson.id,
      cookie: `naervaer_session=${session.token}`,
      csrf: session.csrfToken,
      version: lesson.version,
      pupils: pupils.map((p) => p.pupil_id),
    });
  }
  return teachers;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

async function startServer(databaseUrl: string): Promise<{ url: string; child: ChildProcess }> {
  const port = await freePort();
  // BENCH_SERVER_FLAGS passes Node flags to the server, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof" to see where its time goes.
  const flags = (process.env.BENCH_SERVER_FLAGS ?? '').split(' ').filter(Boolean);
  const child = spawn('node_modules/.bin/tsx', [...flags, 'src/server/main.ts'], {
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      HOST: '127.0.0.1',
      DEMO_SEED: 'false',
      // Without the demo the server wants a real key; the bench has no authenticator apps to protect.
      TOTP_ENCRYPTION_KEY: Buffer.alloc(32, 1).toString('base64'),
      LOG_LEVEL: 'warn',
      LOG_PRETTY: 'false',
      API_RATE_LIMIT: '100000000',
      DB_POOL_SIZE: '20',
      TZ: 'Europe/Oslo',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 240; i++) {
    try {
      if ((await fetch(`${url}/api/health`)).ok) return { url, child };
    } catch {
      // not yet listening
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  child.kill('SIGKILL');
  throw new Error('the bench server did not start');
}

let requestNo = 0;

/** A registration of the teacher's lesson from the version last saved: a few pupils absent or late, different each time. */
function registrationRequest(teacher: BenchTeacher) {
  const round = ++requestNo;
  const marks = teacher.pupils.slice(0, 30).flatMap((pupilId, i) =>
    (i + round) % 11 === 0 ? [{ pupilId, status: 'F' }] : (i + round) % 13 === 0 ? [{ pupilId, status: 'S', minutesLate: 5 }] : [],
  );
  return {
    method: 'PUT' as const,
    path: `/api/lessons/${teacher.lessonId}/registration`,
    headers: {
      'content-type': 'application/json',
      cookie: teacher.cookie,
      'x-csrf-token': teacher.csrf,
      'idempotency-key': `bench-${teacher.lessonId}-${round}-${process.pid}`,
    },
    body: JSON.stringify({ version: teacher.version, held: true, marks }),
  };
}

function registrationAnswered(teacher: BenchTeacher, status: number, body: string) {
  if (status === 200) teacher.version = (JSON.parse(body) as { version: number }).version;
}

interface LoadContext {
  teacher?: BenchTeacher;
  started?: number;
}

/**
 * Closed loop with autocannon: every connection sends a teacher's next
 * registration as soon as the last is answered. This finds the most the
 * server takes; with N connections in flight, latency is N / throughput.
 */
async function closedLoop(url: string, teachers: BenchTeacher[], connections: number) {
  // autocannon clears a connection's context between requests, so teachers wait
  // in a free list: nobody has a second registration in flight.
  const free = [...teachers];
  const latencies: number[] = [];
  const errorKinds: Record<string, number> = {};
  const result = await autocannon({
    url,
    connections,
    duration: SECONDS,
    requests: [
      {
        method: 'PUT',
        setupRequest: (request, context) => {
          const ctx = context as LoadContext;
          ctx.teacher = free.shift()!;
          ctx.started = performance.now();
          return { ...request, ...registrationRequest(ctx.teacher) };
        },
        onResponse: (status, body, context) => {
          const { teacher, started } = context as LoadContext;
          if (!teacher || started === undefined) return;
          latencies.push(performance.now() - started);
          if (status < 200 || status >= 300) errorKinds[String(status)] = (errorKinds[String(status)] ?? 0) + 1;
          registrationAnswered(teacher, status, body);
          free.push(teacher);
        },
      },
    ],
  });
  return {
    requests: result.requests.total,
    rate: result.requests.average,
    latency: percentiles(latencies),
    errors: result.errors + result.timeouts + result.non2xx,
    errorKinds: { ...errorKinds, ...(result.errors + result.timeouts > 0 ? { network: result.errors + result.timeouts } : {}) },
  };
}

/** Open loop: registrations start on a schedule, each teacher on their own connection (see open-loop.ts). */
async function pacedLoad(url: string, teachers: BenchTeacher[], rate: number, seconds: number) {
  const result = await openLoop(
    url,
    teachers.map((teacher) => ({ context: teacher, next: registrationRequest, answered: registrationAnswered })),
    { rate, seconds },
  );
  return { requests: result.sent, rate: result.sent / result.seconds, latency: percentiles(result.latencies), errors: result.errors, errorKinds: result.errorKinds };
}

export async function attendanceBench() {
  console.log(`PostgreSQL, ${fmt(PUPILS)} pupils, ${WEEKS} weeks of marks (a full school year).`);
  const fresh = await freshDatabase('postgresql');
  try {
    // Last school year, whole: every lesson is in the past, so it can be registered, and the
    // figures are read as on its last day, over the full year.
    const startYear = schoolYearStartYearFor(schoolDayOf(new Date())) - 1;
    const lastDay = norwegianSchoolYear(startYear).endsOn;
    const asOfLastDay = fixedClock(`${lastDay}T14:00:00+02:00`);
    const seeded = await seedScale(fresh.database, { pupils: PUPILS, weeks: WEEKS, seed: 7, schoolYearStartYear: startYear });
    console.log(`Seeded ${fmt(seeded.marks)} marks in ${fmt(seeded.seconds, 1)} s.`);
    await fresh.database.query('analyze');
    const [school] = await fresh.database.query<{ id: string; owner_id: string }>(
      `select s.id, s.owner_id from schools s join pupils p on p.school_id = s.id group by s.id order by count(*) desc limit 1`,
    );
    const [lead] = await fresh.database.query<{ id: string }>(
      `insert into users (owner_id, email, given_name, family_name) values ($1, 'bench-lead@bench.example', 'Bench', 'Lead') returning id`,
      [school!.owner_id],
    );
    await fresh.database.query(`insert into role_assignments (user_id, role, school_id) values ($1, 'leadership', $2)`, [lead!.id, school!.id]);
    const actor: Actor = { userId: lead!.id, ownerId: school!.owner_id, roles: [{ role: 'leadership', schoolId: school!.id }] };
    const [pupil] = await fresh.database.query<{ id: string }>('select id from pupils where school_id = $1 limit 1', [school!.id]);
    const [klass] = await fresh.database.query<{ id: string; n: number }>(
      `select g.id, count(*)::int as n from groups g join group_memberships m on m.group_id = g.id
        where g.school_id = $1 and g.kind = 'class' group by g.id order by count(*) desc limit 1`,
      [school!.id],
    );
    const pupilsInSchool = (await fresh.database.query<{ n: number }>('select count(*)::int as n from pupils where school_id = $1', [school!.id]))[0]!.n;
    const marksInSchool = (await fresh.database.query<{ n: number }>('select count(*)::int as n from attendance_marks where school_id = $1', [school!.id]))[0]!.n;

    const onePupil = await time(50, () => getPupilFigures(fresh.database, asOfLastDay, actor, pupil!.id));
    const oneClass = await time(30, () => getClassFigures(fresh.database, asOfLastDay, actor, klass!.id));
    const wholeSchool = await time(10, () => getSchoolFigures(fresh.database, asOfLastDay, actor, school!.id));
    console.log(`\nFigures (ms), school of ${fmt(pupilsInSchool)} pupils with ${fmt(marksInSchool)} marks; class of ${klass!.n}:`);
    table([
      ['figures', 'p50', 'p95', 'p99', 'runs', 'goal'],
      ['one pupil', fmt(onePupil.p50, 1), fmt(onePupil.p95, 1), fmt(onePupil.p99, 1), onePupil.n, '< 20'],
      [`a class of ${klass!.n}`, fmt(oneClass.p50, 1), fmt(oneClass.p95, 1), fmt(oneClass.p99, 1), oneClass.n, '< 50'],
      ['the whole school', fmt(wholeSchool.p50, 1), fmt(wholeSchool.p95, 1), fmt(wholeSchool.p99, 1), wholeSchool.n, '< 300'],
    ]);

    // As in production, the nightly evaluation has run: a registration's evaluation then weighs
    // only what changed, instead of raising a whole year's concerns for its class the first time.
    const nightly = performance.now();
    await refreshAllStaleDays(fresh.database);
    const evaluated = await evaluateEveryone(fresh.database, systemClock);
    console.log(`\nNightly evaluation before the registrations: ${fmt(evaluated.pupils)} pupils, ${fmt(evaluated.raised)} concerns, ${fmt((performance.now() - nightly) / 1000, 1)} s.`);

    // The server runs in a process of its own, as in production: autocannon must not share its event loop.
    const server = await startServer(fresh.url!);
    const url = server.url;
    try {
      const teachers = await prepareTeachers(fresh.database, school!.id, school!.owner_id);
      const rows: (string | number)[][] = [['registering a class of 30', 'requests', 'req/s', 'p50', 'p95', 'p99', 'errors']];
      const failures: string[] = [];
      const scenarios: { label: string; run: () => ReturnType<typeof pacedLoad> }[] = [
        { label: 'one teacher at a time (autocannon, 1 connection)', run: () => closedLoop(url, teachers, 1) },
        { label: `${TEACHERS} teachers each register once within 10 s`, run: () => pacedLoad(url, teachers, TEACHERS / 10, 10) },
        { label: `${TEACHERS} teachers, 100 registrations/s (each every 3 s)`, run: () => pacedLoad(url, teachers, 100, SECONDS) },
        { label: `${TEACHERS} teachers, 150 registrations/s (each every 2 s)`, run: () => pacedLoad(url, teachers, 150, SECONDS) },
        { label: `${TEACHERS} teachers as fast as they can (autocannon, ${TEACHERS} connections)`, run: () => closedLoop(url, teachers, TEACHERS) },
      ];
      for (const scenario of scenarios) {
        // A request cut off when the previous run ended may still have been saved: let it land, then start from the stored versions.
        await new Promise((resolve) => setTimeout(resolve, 1000));
        const versions = new Map(
          (await fresh.database.query<{ id: number; version: number }>('select id, version from lessons where id = any($1::bigint[])', [teachers.map((t) => t.lessonId)])).map((r) => [r.id, r.version]),
        );
        for (const t of teachers) t.version = versions.get(t.lessonId) ?? t.version;
        const r = await scenario.run();
        rows.push([scenario.label, r.requests, fmt(r.rate), fmt(r.latency.p50, 1), fmt(r.latency.p95, 1), fmt(r.latency.p99, 1), r.errors]);
        if (r.errors > 0) failures.push(`${scenario.label}: ${Object.entries(r.errorKinds).map(([kind, n]) => `${n} × ${kind}`).join(', ')}`);
      }
      console.log(`\nRegistration over HTTP on loopback (ms; goal p95 < 50 and 0 errors), ${SECONDS} s each.\n` +
          'Paced rows start requests on a schedule (open loop); the last row keeps every connection busy, so its latency is queueing: connections / throughput.');
      table(rows);
      if (failures.length > 0) console.log(`\nErrors by kind (HTTP status, or network for no answer):\n${failures.map((f) => `  ${f}`).join('\n')}`);
    } finally {
      // The database is dropped next: let the server close its connections first.
      const exited = new Promise((resolve) => server.child.once('exit', resolve));
      server.child.kill('SIGTERM');
      await exited;
    }
  } finally {
    await fresh.drop();
  }
}
