// Pattern detectors, in memory: all nine for one pupil with a school year of
// marks (~1,140: six lessons a day for 190 days), and for 30,000 generated
// pupils. The budget is 10 s for 30,000 pupils including the read
// from PostgreSQL and 10 ms for one pupil; the detectors aim at 0.3 ms a
// pupil-year. Pupils are generated 250 at a time (30,000 at once
// would be 34 million mark objects) and only the detection is timed.
// The read from PostgreSQL is measured once the compact per-pupil store is
// in (the lead's part of the issue).
import { detectPatterns } from '../src/domain/patterns/index.js';
import { generatePupil, seededRandom, YEAR, type AbsenceProfile, type GeneratedPupil, type Plant } from '../src/domain/patterns/test-pupils.js';
import { fmt, table } from './support.js';

const PUPILS = Number(process.env.BENCH_PATTERN_PUPILS ?? 30_000);
const CHUNK = 250;
const ONE_PUPIL_RUNS = Number(process.env.BENCH_PATTERN_RUNS ?? 2000);

const between = (random: () => number, a: number, b: number) => a + (b - a) * random();

/** The demo's spread of absence: most pupils 0-3.5 %, some 3.5-6 %, one in ten 6-12 %; one in ten often late. */
function profileOf(random: () => number): AbsenceProfile {
  const band = random();
  const total = band < 0.7 ? between(random, 0, 0.035) : band < 0.9 ? between(random, 0.035, 0.06) : between(random, 0.06, 0.12);
  const wholeDays = between(random, 0.65, 0.9);
  return { dayRate: total * wholeDays, lessonRate: total * (1 - wholeDays), lateRate: random() < 0.1 ? between(random, 0.05, 0.15) : between(random, 0, 0.04) };
}

/** One pupil in fifty with a planted pattern, so the detectors also do the work of finding one. */
function plantOf(random: () => number): Plant | undefined {
  if (random() >= 0.02) return undefined;
  switch (Math.floor(random() * 4)) {
    case 0:
      return { wholeDay: (_d, weekday) => (weekday === 1 && random() < 0.6 ? true : undefined) };
    case 1:
      return { lesson: (_d, _p, slot) => (slot.subjectCode === 'MAT' && random() < 0.35 ? true : undefined) };
    case 2:
      return { wholeDay: (_d, _w, i) => (i >= 60 && i < 75 ? true : undefined) };
    default:
      return { late: () => random() < 0.6 };
  }
}

function pupilAt(i: number): GeneratedPupil {
  const random = seededRandom(i * 2654435761);
  return generatePupil({ seed: i + 1, profile: profileOf(random), plant: plantOf(random) });
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

export async function patternsBench() {
  // One pupil: the same pupils again and again, each call timed.
  const sample = Array.from({ length: 50 }, (_, i) => pupilAt(i));
  const marksPerPupil = sample.reduce((n, p) => n + p.marks.length, 0) / sample.length;
  for (let i = 0; i < 200; i++) detectPatterns({ marks: sample[i % sample.length]!.marks, calendar: YEAR, asOf: YEAR.endsOn });
  const times: number[] = [];
  for (let i = 0; i < ONE_PUPIL_RUNS; i++) {
    const pupil = sample[i % sample.length]!;
    const started = performance.now();
    detectPatterns({ marks: pupil.marks, calendar: YEAR, asOf: YEAR.endsOn });
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);

  // Many pupils: each generated once, in chunks.
  let detectMs = 0;
  let generateMs = 0;
  let marks = 0;
  let withPattern = 0;
  for (let start = 0; start < PUPILS; start += CHUNK) {
    const began = performance.now();
    const chunk = Array.from({ length: Math.min(CHUNK, PUPILS - start) }, (_, i) => pupilAt(1000 + start + i));
    const generated = performance.now();
    generateMs += generated - began;
    for (const pupil of chunk) {
      marks += pupil.marks.length;
      if (detectPatterns({ marks: pupil.marks, calendar: YEAR, asOf: YEAR.endsOn }).length > 0) withPattern++;
    }
    detectMs += performance.now() - generated;
  }

  console.log(`A school year (${YEAR.name}, ${fmt(marksPerPupil)} marks a pupil), all nine detectors, in memory; PostgreSQL read not included.`);
  table([
    ['measure', 'value'],
    ['one pupil p50 (ms)', fmt(percentile(times, 50), 3)],
    ['one pupil p95 (ms)', fmt(percentile(times, 95), 3)],
    [`${fmt(PUPILS)} pupils, detectors (s)`, fmt(detectMs / 1000, 2)],
    ['per pupil-year (ms)', fmt(detectMs / PUPILS, 3)],
    ['marks judged', fmt(marks)],
    ['pupils with a pattern', `${fmt(withPattern)} (${fmt((100 * withPattern) / PUPILS, 1)} %)`],
    ['generating the pupils (s, not timed above)', fmt(generateMs / 1000, 1)],
  ]);
}
