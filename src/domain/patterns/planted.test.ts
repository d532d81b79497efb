// Generated pupils with planted patterns, on a background of a little random
// absence: each pattern is found, with exactly the dates that make it.
import { describe, expect, it } from 'vitest';
import { detectPatterns, type PatternKind, type PatternOf } from './index.js';
import { awayOn, lessonsOn, together } from './test-plants.js';
import { generatePupil, seededRandom, YEAR, type GeneratedPupil, type Plant } from './test-pupils.js';
import { isoWeekday } from '../school-calendar.js';

const QUIET = { dayRate: 0.005, lessonRate: 0.003, lateRate: 0.02 };
const AUTUMN_BREAK = YEAR.holidays.find((h) => h.kind === 'autumn_break')!;
const SEEDS = Array.from({ length: 12 }, (_, i) => i + 1);

function found<K extends PatternKind>(pupil: GeneratedPupil, kind: K, asOf = pupil.days[pupil.days.length - 1]!): PatternOf<K>[] {
  return detectPatterns({ marks: pupil.marks, calendar: YEAR, asOf }).filter((p): p is PatternOf<K> => p.kind === kind);
}

/** Plants with a record of what they planted. */
function recorded(decide: (date: string, index: number) => boolean) {
  const dates: string[] = [];
  const plant = (date: string, index: number) => {
    if (!decide(date, index)) return undefined;
    dates.push(date);
    return true;
  };
  return { dates, plant };
}

describe('a pupil away on most Mondays', () => {
  it.each(SEEDS)('has a Monday pattern pointing at exactly those Mondays (pupil %i)', (seed) => {
    const random = seededRandom(seed * 101);
    const mondays = recorded((date) => isoWeekday(date) === 1 && random() < 0.6);
    const pupil = generatePupil({ seed, profile: QUIET, to: '2026-12-04', plant: { wholeDay: (date) => mondays.plant(date, 0) } });
    const [pattern, ...more] = found(pupil, 'weekday');
    expect(more).toEqual([]);
    expect(pattern?.detail.weekday).toBe(1);
    // Every Monday away, planted or not, unless it continues a run from the Friday before.
    const starts = pupil.wholeDays.filter((d) => isoWeekday(d) === 1 && !pupil.wholeDays.includes(pupil.days[pupil.days.indexOf(d) - 1] ?? ''));
    expect(pattern?.evidence).toEqual(starts);
    expect(starts.length).toBeGreaterThanOrEqual(mondays.dates.length - 1);
    expect(pattern?.strength).toBeGreaterThan(0.3);
  });

  it('and no single-days pattern for the same Mondays', () => {
    const pupil = generatePupil({ seed: 3, to: '2026-12-04', plant: { wholeDay: (date) => (isoWeekday(date) === 1 ? true : undefined) } });
    expect(found(pupil, 'weekday')).toHaveLength(1);
    expect(found(pupil, 'single-days')).toEqual([]);
  });
});

describe('a pupil away three weeks in a row', () => {
  it.each(SEEDS)('has one long absence of 15 school days with exactly those dates (pupil %i)', (seed) => {
    const pupil = generatePupil({ seed, profile: QUIET, to: '2026-12-04' });
    const spell = pupil.days.slice(40, 55);
    const planted = generatePupil({ seed, profile: QUIET, to: '2026-12-04', plant: awayOn(spell) });
    const patterns = found(planted, 'long-absence');
    expect(patterns).toHaveLength(1);
    const [pattern] = patterns;
    // The background may add a day to either end; the planted spell is inside.
    expect(pattern?.evidence).toEqual(expect.arrayContaining(spell));
    expect(pattern?.detail).toMatchObject({ schoolDays: pattern?.evidence.length, ongoing: false });
    expect(pattern?.evidence.length).toBeLessThanOrEqual(17);
  });

  it('is no weekday, rise or after-holiday pattern as well', () => {
    const days = generatePupil({ seed: 1, to: '2026-12-04' }).days;
    const pupil = generatePupil({ seed: 1, profile: QUIET, to: '2026-12-04', plant: awayOn(days.slice(40, 55)) });
    expect(detectPatterns({ marks: pupil.marks, calendar: YEAR, asOf: '2026-12-04' }).map((p) => p.kind)).toEqual(['long-absence']);
  });

  it('says so when the absence goes on to the as-of day', () => {
    const days = generatePupil({ seed: 1, to: '2026-12-04' }).days;
    const pupil = generatePupil({ seed: 1, to: '2026-12-04', plant: awayOn(days.slice(-12)) });
    expect(found(pupil, 'long-absence')[0]?.detail).toMatchObject({ schoolDays: 12, ongoing: true, to: '2026-12-04' });
  });
});

describe('a pupil skipping one subject', () => {
  it.each(SEEDS)('has a maths pattern with the dates of the missed maths lessons (pupil %i)', (seed) => {
    const random = seededRandom(seed * 7);
    const plant: Plant = { lesson: (_date, _period, slot) => (slot.subjectCode === 'MAT' && random() < 0.35 ? true : undefined) };
    const pupil = generatePupil({ seed, profile: QUIET, to: '2026-12-04', plant });
    const patterns = found(pupil, 'subject');
    expect(patterns.map((p) => p.detail.subjectCode)).toEqual(['MAT']);
    // Every maths lesson missed on a day the pupil was at school; on days away it was the day, not maths.
    const missed = pupil.marks.filter((m) => m.subjectCode === 'MAT' && m.status === 'F' && !pupil.wholeDays.includes(m.date));
    expect(patterns[0]?.evidence).toEqual([...new Set(missed.map((m) => m.date))]);
    expect(patterns[0]?.detail.lessons.absent).toBe(missed.length);
    // The maths teacher also teaches science, where the pupil is present: the subject explains it better.
    expect(found(pupil, 'teacher')).toEqual([]);
    // Maths is the first lesson on Tuesdays and Fridays: missing it is not "missing the start of the day".
    expect(found(pupil, 'lesson-level')).toEqual([]);
  });
});

describe('a pupil avoiding one teacher', () => {
  it('has a teacher pattern across the teacher’s subjects, not one pattern per subject', () => {
    const random = seededRandom(5);
    const pupil = generatePupil({
      seed: 5,
      profile: QUIET,
      to: '2026-12-04',
      plant: { lesson: (_d, _p, slot) => (slot.teacherId === 'matnat' && random() < 0.35 ? true : undefined) },
    });
    const teachers = found(pupil, 'teacher');
    expect(teachers.map((p) => p.detail)).toEqual([expect.objectContaining({ teacherId: 'matnat', subjectCodes: ['MAT', 'NAT'] })]);
    expect(found(pupil, 'subject')).toEqual([]);
  });
});

describe('a pupil away more after the autumn break', () => {
  it.each(SEEDS)('has an after-holidays pattern for the autumn break with the days away after it (pupil %i)', (seed) => {
    const random = seededRandom(seed * 13);
    const planted = recorded((date) => date > AUTUMN_BREAK.endsOn && random() < 0.4);
    const pupil = generatePupil({ seed, profile: QUIET, to: '2026-12-04', plant: { wholeDay: (date) => planted.plant(date, 0) } });
    const patterns = found(pupil, 'after-holidays');
    expect(patterns.map((p) => p.detail.holiday.name)).toEqual(['Høstferie']);
    const [pattern] = patterns;
    expect(pattern?.evidence.every((d) => d > AUTUMN_BREAK.endsOn)).toBe(true);
    // Every planted day that starts a run of days away is evidence.
    const starts = planted.dates.filter((d) => !planted.dates.includes(pupil.days[pupil.days.indexOf(d) - 1] ?? ''));
    expect(pattern?.evidence).toEqual(expect.arrayContaining(starts));
    expect(pattern?.detail.after.absent).toBe(pattern?.evidence.length);
  });
});

describe('a pupil whose absence rises week by week', () => {
  it.each(SEEDS)('has a rising pattern with the days away in the last four weeks (pupil %i)', (seed) => {
    const random = seededRandom(seed * 17);
    // From nothing in January to every second day in May.
    const pupil = generatePupil({
      seed,
      profile: QUIET,
      to: '2027-05-28',
      plant: {
        wholeDay: (date) => (date >= '2027-01-04' && random() < ((date < '2027-03-01' ? 0.05 : date < '2027-04-15' ? 0.2 : 0.4)) ? true : undefined),
      },
    });
    const [pattern, ...more] = found(pupil, 'rising');
    expect(more).toEqual([]);
    expect(pattern?.detail.recentWeeks).toBe(4);
    // The last four weeks with a day the pupil could be away (a week away in a row has none).
    const from = pattern?.detail.from ?? '';
    expect(from >= '2027-04-19' && from <= '2027-05-04').toBe(true);
    expect(pattern?.evidence.every((d) => d >= from)).toBe(true);
    expect(pattern?.evidence.length).toBe(pattern?.detail.recent.absent);
    expect(pattern!.detail.recent.absent / pattern!.detail.recent.of).toBeGreaterThanOrEqual(0.2);
  });
});

describe('base rates', () => {
  it('a pupil away on 3 of 38 Mondays and 3 of 38 Tuesdays has no weekday pattern', () => {
    const days = generatePupil({ seed: 1 }).days;
    const mondays = days.filter((d) => isoWeekday(d) === 1);
    const tuesdays = days.filter((d) => isoWeekday(d) === 2);
    const pupil = generatePupil({ seed: 1, plant: awayOn([mondays[3]!, mondays[15]!, mondays[30]!, tuesdays[8]!, tuesdays[20]!, tuesdays[33]!]) });
    expect(detectPatterns({ marks: pupil.marks, calendar: YEAR, asOf: YEAR.endsOn })).toEqual([]);
  });

  it('a pupil away every second Monday and every second Tuesday has no weekday pattern either', () => {
    const days = generatePupil({ seed: 1, to: '2026-12-04' }).days;
    const pick = (weekday: number) => days.filter((d) => isoWeekday(d) === weekday).filter((_, i) => i % 2 === 0);
    const pupil = generatePupil({ seed: 1, to: '2026-12-04', plant: awayOn([...pick(1), ...pick(3)]) });
    expect(found(pupil, 'weekday')).toEqual([]);
  });

  it('one or two days away never make a pattern, whatever else', () => {
    const days = generatePupil({ seed: 1, to: '2026-11-06' }).days;
    const mondays = days.filter((d) => isoWeekday(d) === 1);
    const pupil = generatePupil({ seed: 1, to: '2026-11-06', plant: together(awayOn(mondays.slice(0, 2)), lessonsOn([days[3]!, days[9]!], [1])) });
    expect(detectPatterns({ marks: pupil.marks, calendar: YEAR, asOf: '2026-11-06' })).toEqual([]);
  });

  it('a pupil never absent has no pattern, nor one with no marks at all', () => {
    const pupil = generatePupil({ seed: 1 });
    expect(detectPatterns({ marks: pupil.marks, calendar: YEAR, asOf: YEAR.endsOn })).toEqual([]);
    expect(detectPatterns({ marks: [], calendar: YEAR, asOf: YEAR.endsOn })).toEqual([]);
  });
});
