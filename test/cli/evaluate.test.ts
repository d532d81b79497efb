// `naervaer evaluate` end to end: the launcher in bin/ run with node from
// another folder, on small files written to a temporary folder.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const BIN = fileURLToPath(new URL('../../bin/naervaer.js', import.meta.url));
const HEADER = 'pupil,date,period,subject,teacher,status,documentation,minutes_late';
const SUBJECTS = ['NOR', 'MAT', 'ENG', 'NAT', 'SAM'];

let dir: string;
const file = (name: string) => join(dir, name);

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the command from the temporary folder, so that nothing depends on the working folder. */
function naervaer(...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { cwd: dir, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code = error === null ? 0 : typeof error.code === 'number' ? error.code : 1;
      resolve({ code, stdout, stderr });
    });
  });
}

/** School days (weekdays outside the autumn break) of 2026 from 18 August up to and including `to`. */
function schoolDays(to: string): string[] {
  const days: string[] = [];
  for (let d = new Date('2026-08-18T12:00:00Z'); d.toISOString().slice(0, 10) <= to; d.setUTCDate(d.getUTCDate() + 1)) {
    const date = d.toISOString().slice(0, 10);
    const weekend = d.getUTCDay() === 0 || d.getUTCDay() === 6;
    if (!weekend && !(date >= '2026-09-28' && date <= '2026-10-02')) days.push(date);
  }
  return days;
}

/** Five lessons a day for each pupil; `status` decides each (day index, period). */
function attendance(pupils: Record<string, (day: number, period: number) => string>, to = '2026-11-20'): string {
  const rows = [HEADER];
  for (const [pupil, status] of Object.entries(pupils)) {
    schoolDays(to).forEach((date, day) => {
      for (let period = 1; period <= 5; period++) {
        const s = status(day, period);
        rows.push(`${pupil},${date},${period},${SUBJECTS[period - 1]},,${s},,${s === 'S' ? 5 : ''}`);
      }
    });
  }
  return `${rows.join('\n')}\n`;
}

/** `n` rows of eight pupils, each (pupil, day, period) once: eight periods a day. */
function lessons(n: number): string[] {
  const days = schoolDays('2027-06-18');
  return Array.from({ length: n }, (_, i) => `E${i % 8},${days[Math.floor(i / 64)]},${1 + (Math.floor(i / 8) % 8)},MAT,,M,,`);
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'naervaer-cli-'));
  writeFileSync(
    file('attendance.csv'),
    attendance({
      // Twelve single lessons (maths) in the autumn term: Lyngen's 10.
      E1: (day, period) => (period === 2 && day < 12 ? 'F' : 'M'),
      // Always there.
      E2: () => 'M',
      // Late for the first lesson eleven times in September (days 10 to 20 of the term).
      E3: (day, period) => (period === 1 && day >= 10 && day < 21 ? 'S' : 'M'),
    }),
  );
  writeFileSync(
    file('roster.csv'),
    'pupil,given_name,family_name,birth_date,class\nE1,Ola,Nordmann,2008-02-01,3STA\nE2,Kari,Nordmann,2012-05-05,8A\nE3,Per,Hansen,2012-06-06,8A\n',
  );
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('naervaer evaluate', () => {
  it('prints one JSON object with each pupil, their figures and their concerns with the dates behind them', async () => {
    const run = await naervaer('evaluate', '--policy', 'lyngen', '--attendance', 'attendance.csv', '--as-of', '2026-11-20');
    expect(run).toMatchObject({ code: 0, stderr: '' });
    const result = JSON.parse(run.stdout) as {
      asOf: string;
      policy: { id: string; version: number };
      pupils: { pupil: string; figures: { term: { lessons: { absent: number; held: number } } }; concerns: Record<string, unknown>[]; patterns: unknown[] }[];
    };
    expect(result.asOf).toBe('2026-11-20');
    expect(result.policy).toMatchObject({ id: 'lyngen', version: 1 });
    expect(result.pupils.map((p) => p.pupil)).toEqual(['E1', 'E2', 'E3']);
    const [e1, e2, e3] = result.pupils;
    expect(e1?.figures.term.lessons).toMatchObject({ absent: 12, held: 320 });
    expect(e1?.concerns).toEqual([
      expect.objectContaining({
        rule: 'ten-single-lessons-term',
        level: 'concern',
        value: 12,
        threshold: 10,
        window: expect.objectContaining({ from: '2026-08-18', to: '2026-12-18' }),
        evidence: schoolDays('2026-11-20').slice(0, 12),
        notify: ['contactTeacher', 'guardiansOrPupil'],
        dueBy: '2026-11-20',
      }),
    ]);
    expect(e2?.concerns).toEqual([]);
    expect(e3?.concerns).toEqual([
      expect.objectContaining({ rule: 'late-arrivals-month', value: 11, window: expect.objectContaining({ from: '2026-09-01', to: '2026-09-30' }) }),
    ]);
    // The maths lessons missed are a pattern too, pointing at the same days; the late mornings cluster.
    expect(e1?.patterns).toEqual([
      {
        kind: 'subject',
        detail: { subjectId: 'MAT', subjectCode: 'MAT', subjectName: null, lessons: { absent: 12, of: 64 }, otherLessons: { absent: 0, of: 256 } },
        evidence: schoolDays('2026-11-20').slice(0, 12),
        strength: 0.188,
      },
    ]);
    expect(e2?.patterns).toEqual([]);
    expect(e3?.patterns).toEqual([
      expect.objectContaining({
        kind: 'late-arrivals',
        detail: { lateArrivals: 11, days: 11, schoolDays: 11, from: '2026-09-01', to: '2026-09-15', minutes: 55 },
        evidence: schoolDays('2026-11-20').slice(10, 21),
      }),
    ]);
  });

  it('tells an adult pupil rather than the guardians when the roster gives the birth date', async () => {
    const run = await naervaer('evaluate', '--policy', 'lyngen', '--attendance', 'attendance.csv', '--roster', 'roster.csv', '--as-of', '2026-11-20');
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout) as { pupils: { pupil: string; concerns: { notify: string[] }[] }[] };
    expect(result.pupils[0]?.concerns[0]?.notify).toEqual(['contactTeacher', 'pupil']);
  });

  it('prints a table to read, with a line per concern and a count', async () => {
    const run = await naervaer('evaluate', '--policy', 'lyngen', '--attendance', file('attendance.csv'), '--as-of', '2026-11-20', '--format', 'table');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Policy lyngen (version 1)');
    expect(run.stdout).toMatch(/E1\s+concern\s+ten-single-lessons-term\s+12\s+≥ 10\s+2026-08-18 – 2026-12-18/);
    expect(run.stdout).toMatch(/E1\s+subject\s+MAT: 12 of 64 lessons \(other subjects 0 %\)\s+0\.19\s+2026-08-18, 2026-08-19, 2026-08-20, … \(12 dates\)/);
    expect(run.stdout).toMatch(/E3\s+late-arrivals\s+late 11 days within 11 school days, 2026-09-01 – 2026-09-15/);
    expect(run.stdout).toContain('3 pupils, 2 with concerns: 2 concerns, 0 approaching a threshold; 2 with patterns: 2 patterns.');
  });

  it('finds absence with one teacher across subjects, the teacher named by the file', async () => {
    // The teacher of maths (period 2) and science (period 4); the pupil misses one of the two every third day.
    const rows = [HEADER];
    schoolDays('2026-11-20').forEach((date, day) => {
      for (let period = 1; period <= 5; period++) {
        const teacher = period === 2 || period === 4 ? 'ola@skole.example' : `t${period}@skole.example`;
        const status = day % 3 === 0 && period === (day % 2 === 0 ? 2 : 4) ? 'F' : 'M';
        rows.push(`E7,${date},${period},${SUBJECTS[period - 1]},${teacher},${status},,`);
      }
    });
    writeFileSync(file('teacher.csv'), `${rows.join('\n')}\n`);
    const run = await naervaer('evaluate', '--policy', 'lyngen', '--attendance', 'teacher.csv', '--as-of', '2026-11-20');
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout) as { pupils: { patterns: { kind: string; detail: Record<string, unknown> }[] }[] };
    expect(result.pupils[0]?.patterns).toEqual([
      expect.objectContaining({ kind: 'teacher', detail: expect.objectContaining({ teacherId: 'ola@skole.example', subjectCodes: ['MAT', 'NAT'] }) }),
    ]);
  });

  it("applies the policy's pattern settings", async () => {
    const lyngen = JSON.parse(await readFile(fileURLToPath(new URL('../../presets/lyngen.json', import.meta.url)), 'utf8')) as Record<string, unknown>;
    writeFileSync(file('quiet.json'), JSON.stringify({ ...lyngen, id: 'quiet', patterns: { subject: { enabled: false }, lateArrivals: { minLateDays: 12 } } }));
    const run = await naervaer('evaluate', '--policy', 'quiet.json', '--attendance', 'attendance.csv', '--as-of', '2026-11-20');
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout) as { pupils: { patterns: unknown[] }[] };
    expect(result.pupils.map((p) => p.patterns)).toEqual([[], [], []]);
    writeFileSync(file('wrong.json'), JSON.stringify({ ...lyngen, id: 'wrong', patterns: { weekdays: {} } }));
    const wrong = await naervaer('evaluate', '--policy', 'wrong.json', '--attendance', 'attendance.csv', '--as-of', '2026-11-20');
    expect(wrong).toMatchObject({ code: 2, stderr: expect.stringContaining('wrong.json: patterns.weekdays: is not a field here') });
  });

  it("takes the owner's own policy file and the school's own calendar", async () => {
    writeFileSync(
      file('policy.json'),
      JSON.stringify({
        id: 'own',
        version: 3,
        name: 'Our own',
        source: { title: 'Our routine', publisher: 'Us' },
        rules: [
          {
            id: 'ten-lessons-in-a-subject',
            name: '10 lessons in a subject',
            measure: 'absentLessons',
            filter: { perSubject: true },
            window: { kind: 'term' },
            comparison: 'atLeast',
            threshold: 10,
            trigger: { level: 'notice', notify: ['subjectTeacher'], actWithin: { schoolDays: 2 } },
          },
        ],
      }),
    );
    writeFileSync(
      file('calendar.json'),
      JSON.stringify({
        startsOn: '2026-08-18',
        endsOn: '2027-06-18',
        terms: [
          { name: 'Autumn', startsOn: '2026-08-18', endsOn: '2026-12-18' },
          { name: 'Spring', startsOn: '2027-01-04', endsOn: '2027-06-18' },
        ],
        holidays: [{ name: 'Break', startsOn: '2026-11-23', endsOn: '2026-11-27' }],
      }),
    );
    const run = await naervaer('evaluate', '--policy', 'policy.json', '--calendar', 'calendar.json', '--attendance', 'attendance.csv', '--as-of', '2026-11-20');
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout) as { policy: { id: string; version: number }; pupils: { concerns: { rule: string; subject: string; dueBy: string }[] }[] };
    expect(result.policy).toMatchObject({ id: 'own', version: 3 });
    // Two school days from Friday 20 November, past the school's own break.
    expect(result.pupils[0]?.concerns).toEqual([expect.objectContaining({ rule: 'ten-lessons-in-a-subject', subject: 'MAT', dueBy: '2026-12-01' })]);
  });

  it('refuses a bad file with the line, the column and the reason, and exit code 2', async () => {
    writeFileSync(file('bad.csv'), `${HEADER}\nE1,2026-09-01,1,NOR,,M,,\nE1,2026-09-01,2,NOR,,X,,\nE1,31.09.2026,3,NOR,,F,,\n`);
    const run = await naervaer('evaluate', '--policy', 'lyngen', '--attendance', 'bad.csv', '--as-of', '2026-11-20');
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('bad.csv: line 3, column status: «X» is not a status.');
    expect(run.stderr).toContain('bad.csv: line 4, column date: «31.09.2026» is not a date.');
  });

  it('points at the line a never-closed quotation mark starts on, and at a header without its columns', async () => {
    writeFileSync(file('quote.csv'), `${HEADER}\nE1,2026-09-01,1,NOR,,M,,\nE1,2026-09-01,2,"NOR,,M,,\nE1,2026-09-01,3,NOR,,M,,\n`);
    const quote = await naervaer('evaluate', '--policy', 'lyngen', '--attendance', 'quote.csv', '--as-of', '2026-11-20');
    expect(quote).toMatchObject({ code: 2, stderr: expect.stringContaining('quote.csv: line 3: A quotation mark that starts on this line is never closed') });
    writeFileSync(file('header.csv'), '\npupil;date;period;subject;status\n');
    const header = await naervaer('evaluate', '--policy', 'lyngen', '--attendance', 'header.csv', '--as-of', '2026-11-20');
    expect(header).toMatchObject({ code: 2, stderr: expect.stringContaining('header.csv: line 2, column teacher: The column «teacher» is missing') });
  });

  it('gives the lines as they are in the file, also far into a long file and after a cell over two lines', async () => {
    const rows = [HEADER, 'E9,2026-09-01,1,"NOR', 'X",,M,,'];
    rows.push(...lessons(12_000));
    rows[9_001] = 'E1,2026-09-01,1,MAT,,Z,,'; // line 9002
    writeFileSync(file('long.csv'), `${rows.join('\n')}\n`);
    const run = await naervaer('evaluate', '--policy', 'lyngen', '--attendance', 'long.csv', '--as-of', '2027-06-18');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('long.csv: line 9002, column status: «Z» is not a status.');
  });

  it('finds a pupil with two rows for the same lesson far apart in the file', async () => {
    const rows = [HEADER, ...lessons(12_000)];
    rows.push(rows[1]?.replace(',M,', ',F,') as string);
    writeFileSync(file('duplicate.csv'), `${rows.join('\n')}\n`);
    const run = await naervaer('evaluate', '--policy', 'lyngen', '--attendance', 'duplicate.csv', '--as-of', '2027-06-18');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('duplicate.csv: line 12002, column pupil: The pupil already has a row for this period on this day, on line 2.');
  });

  it('refuses a policy file that is not a valid policy, with the path to the field', async () => {
    writeFileSync(file('bad-policy.json'), JSON.stringify({ id: 'x', version: 1, name: 'X', source: { title: 'T', publisher: 'P' }, rules: [{ id: 'r' }] }));
    const run = await naervaer('evaluate', '--policy', 'bad-policy.json', '--attendance', 'attendance.csv', '--as-of', '2026-11-20');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('bad-policy.json: rules[0].name: is required');
    writeFileSync(file('broken.json'), '{\n  "id": "x",\n  "version": 1,,\n}');
    const broken = await naervaer('evaluate', '--policy', 'broken.json', '--attendance', 'attendance.csv', '--as-of', '2026-11-20');
    expect(broken.stderr).toContain("broken.json: line 3, column 16: expected a field name in double quotes, found ','");
  });

  it('answers a bad argument with the usage and exit code 2', async () => {
    const missing = await naervaer('evaluate', '--policy', 'lyngen', '--as-of', '2026-11-20');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('Missing --attendance.');
    expect(missing.stderr).toContain('Usage: naervaer evaluate');
    const date = await naervaer('evaluate', '--policy', 'lyngen', '--attendance', 'attendance.csv', '--as-of', '20.11.2026');
    expect(date).toMatchObject({ code: 2, stderr: expect.stringContaining('--as-of must be a date as YYYY-MM-DD') });
    const unknown = await naervaer('evaluate', '--policy', 'no-such-preset', '--attendance', 'attendance.csv', '--as-of', '2026-11-20');
    expect(unknown).toMatchObject({ code: 2, stderr: expect.stringContaining('neither a preset') });
    const command = await naervaer('judge');
    expect(command).toMatchObject({ code: 2, stderr: expect.stringContaining('unknown command "judge"') });
  });
});
