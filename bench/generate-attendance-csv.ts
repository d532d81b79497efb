// Writes a large attendance CSV in the import format, for timing
// `naervaer evaluate` on a county's worth of rows:
//
//   npx tsx bench/generate-attendance-csv.ts --rows 5000000 --out /tmp/attendance-5m.csv [--order date|pupil] [--seed 1]
//   /usr/bin/time -v node bin/naervaer.js evaluate --policy national-default \
//     --attendance /tmp/attendance-5m.csv --as-of 2027-06-18 > /tmp/concerns.json
//
// Every pupil has seven lessons on every school day of 2026/27 (the typical
// year from src/domain/school-calendar.ts), as many pupils as the rows need.
// Most pupils are seldom away; one in ten has a lot of absence, with sick
// spells of several days, skipped lessons, leaving early and late arrivals, so
// that the rules have something to find. Rows are ordered by date and period,
// all pupils interleaved, as a school system's day-by-day export would be: the
// command cannot judge a pupil until the whole file is read. `--order pupil`
// writes each pupil's rows together instead.
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { parseArgs } from 'node:util';
import { norwegianSchoolYear, schoolDays } from '../src/domain/school-calendar.js';

const { values } = parseArgs({
  options: {
    rows: { type: 'string', default: '5000000' },
    out: { type: 'string' },
    order: { type: 'string', default: 'date' },
    seed: { type: 'string', default: '1' },
  },
});
if (values.out === undefined) {
  console.error('Usage: tsx bench/generate-attendance-csv.ts --rows <n> --out <file> [--order date|pupil] [--seed <n>]');
  process.exit(2);
}

const LESSONS_PER_DAY = 7;
const SUBJECTS = ['NOR', 'MAT', 'ENG', 'NAT', 'SAM', 'KRO', 'KRLE'];
const days = schoolDays(norwegianSchoolYear(2026));
const wanted = Number(values.rows);
const pupils = Math.max(1, Math.ceil(wanted / (days.length * LESSONS_PER_DAY)));

// A small seeded generator (mulberry32): the same file for the same seed, so timings compare.
let state = Number(values.seed) >>> 0;
function random(): number {
  state = (state + 0x6d2b79f5) >>> 0;
  let t = state;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}

interface Profile {
  id: string;
  /** Chance of a sick spell starting on a day. */
  sick: number;
  /** Chance of skipping one lesson. */
  skip: number;
  late: number;
  /** Chance of leaving after the fourth lesson. */
  leave: number;
  /** Days left of the current sick spell. */
  spell: number;
  spellDocumentation: string;
}

const profiles: Profile[] = Array.from({ length: pupils }, (_, i) => {
  const heavy = random() < 0.1;
  return {
    id: `E${String(100000 + i)}`,
    sick: heavy ? 0.04 : 0.008,
    skip: heavy ? 0.03 : 0.004,
    late: heavy ? 0.05 : 0.01,
    leave: heavy ? 0.02 : 0.002,
    spell: 0,
    spellDocumentation: '',
  };
});

/** One pupil's seven rows for one day. */
function dayRows(pupil: Profile, date: string): string[] {
  if (pupil.spell === 0 && random() < pupil.sick) {
    pupil.spell = 1 + Math.floor(random() * 5);
    pupil.spellDocumentation = random() < 0.6 ? 'meldt' : random() < 0.5 ? 'dokumentert' : '';
  }
  const away = pupil.spell > 0;
  if (away) pupil.spell--;
  const leaves = !away && random() < pupil.leave;
  const rows: string[] = [];
  for (let period = 1; period <= LESSONS_PER_DAY; period++) {
    const subject = SUBJECTS[(period - 1) % SUBJECTS.length] as string;
    let status = 'M';
    let documentation = '';
    let minutesLate = '';
    if (away) {
      status = 'F';
      documentation = pupil.spellDocumentation;
    } else if (leaves && period > 4) {
      status = 'F';
    } else if (random() < pupil.skip) {
      status = 'F';
      documentation = random() < 0.3 ? 'meldt' : '';
    } else if (period === 1 && random() < pupil.late) {
      status = 'S';
      minutesLate = String(1 + Math.floor(random() * 30));
    }
    rows.push(`${pupil.id},${date},${period},${subject},,${status},${documentation},${minutesLate}`);
  }
  return rows;
}

const out = createWriteStream(values.out);
let buffer: string[] = ['pupil,date,period,subject,teacher,status,documentation,minutes_late'];
let written = 0;
async function push(rows: string[]): Promise<void> {
  buffer.push(...rows);
  written += rows.length;
  if (buffer.length >= 20_000) {
    if (!out.write(`${buffer.join('\n')}\n`)) await once(out, 'drain');
    buffer = [];
  }
}

const started = performance.now();
if (values.order === 'pupil') {
  for (const pupil of profiles) for (const date of days) await push(dayRows(pupil, date));
} else {
  for (const date of days) for (const pupil of profiles) await push(dayRows(pupil, date));
}
out.end(buffer.length > 0 ? `${buffer.join('\n')}\n` : '');
await once(out, 'finish');
console.log(
  `${written} rows (${pupils} pupils × ${days.length} school days × ${LESSONS_PER_DAY} lessons) written to ${values.out} ` +
    `in ${((performance.now() - started) / 1000).toFixed(1)} s`,
);
