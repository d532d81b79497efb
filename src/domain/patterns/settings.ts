// How sensitive the pattern detectors are: the `patterns` section of an
// owner's policy (docs/policies.md), every field optional, and the defaults
// that fill in what the owner left out (docs/patterns.md explains each).
//
// The defaults were chosen so that a pupil with little absence spread at
// random shows no pattern in at least 99 % of cases (the property test in
// false-alarms.property.test.ts), while the patterns the demo plants are
// found. Objects are strict, like the rest of the policy format: a misspelt
// field would otherwise leave a detector at its default without a word.
import { z } from 'zod';

const wholeNumber = (min: number, max: number) =>
  z
    .number({ error: 'must be a number' })
    .int({ error: 'must be a whole number' })
    .min(min, { error: `must be at least ${min}` })
    .max(max, { error: `must be at most ${max}` });

const percent = (min: number) =>
  z
    .number({ error: 'must be a number' })
    .min(min, { error: `must be at least ${min}` })
    .max(100, { error: 'is a percentage: must be at most 100' });

const times = z
  .number({ error: 'must be a number' })
  .min(1, { error: 'must be at least 1 (1 means "as often as usual")' })
  .max(100, { error: 'must be at most 100' });

const enabled = z.boolean({ error: 'must be true or false' }).optional();

/** "One or two events never make a pattern": every count starts at 3, and so do the days a pattern points at. */
export const MIN_EVENTS = 3;

const weekdaySchema = z.strictObject({
  enabled,
  minDays: wholeNumber(MIN_EVENTS, 190).optional(),
  minPercent: percent(1).optional(),
  timesUsual: times.optional(),
});

const singleDaysSchema = z.strictObject({
  enabled,
  minDays: wholeNumber(MIN_EVENTS, 190).optional(),
  withinSchoolDays: wholeNumber(5, 190).optional(),
});

const lessonLevelSchema = z.strictObject({
  enabled,
  minDays: wholeNumber(MIN_EVENTS, 190).optional(),
  minPercent: percent(1).optional(),
  timesUsual: times.optional(),
});

const longAbsenceSchema = z.strictObject({
  enabled,
  minSchoolDays: wholeNumber(MIN_EVENTS, 190).optional(),
});

const lessonsSchema = z.strictObject({
  enabled,
  minLessons: wholeNumber(MIN_EVENTS, 1000).optional(),
  minPercent: percent(1).optional(),
  timesUsual: times.optional(),
});

const afterHolidaysSchema = z.strictObject({
  enabled,
  minDays: wholeNumber(MIN_EVENTS, 190).optional(),
  minPercent: percent(1).optional(),
  timesUsual: times.optional(),
  minSchoolDaysAfter: wholeNumber(5, 190).optional(),
});

const risingSchema = z.strictObject({
  enabled,
  recentWeeks: wholeNumber(2, 20).optional(),
  minWeeks: wholeNumber(4, 52).optional(),
  minRecentPercent: percent(1).optional(),
  timesEarlier: times.optional(),
});

const lateArrivalsSchema = z.strictObject({
  enabled,
  minLateDays: wholeNumber(MIN_EVENTS, 190).optional(),
  withinSchoolDays: wholeNumber(5, 190).optional(),
});

const baseSchema = z.strictObject({
  /**
   * The comparisons report a difference only when absence spread evenly would
   * give one as large less often than this (shared between the weekdays, the
   * subjects, ... a detector compares).
   */
  significance: z
    .number({ error: 'must be a number' })
    .gt(0, { error: 'must be above 0' })
    .max(0.05, { error: 'must be at most 0.05 (one in twenty)' })
    .optional(),
  weekday: weekdaySchema.optional(),
  singleDays: singleDaysSchema.optional(),
  lessonLevel: lessonLevelSchema.optional(),
  longAbsence: longAbsenceSchema.optional(),
  subject: lessonsSchema.optional(),
  teacher: lessonsSchema.optional(),
  afterHolidays: afterHolidaysSchema.optional(),
  rising: risingSchema.optional(),
  lateArrivals: lateArrivalsSchema.optional(),
});

export const patternSettingsSchema = baseSchema.superRefine((s, ctx) => {
  const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message });
  const single = { ...DEFAULT_PATTERN_SETTINGS.singleDays, ...s.singleDays };
  if (single.minDays > single.withinSchoolDays) {
    issue(['singleDays', 'minDays'], `must not be above withinSchoolDays (${single.withinSchoolDays})`);
  }
  const late = { ...DEFAULT_PATTERN_SETTINGS.lateArrivals, ...s.lateArrivals };
  if (late.minLateDays > late.withinSchoolDays) {
    issue(['lateArrivals', 'minLateDays'], `must not be above withinSchoolDays (${late.withinSchoolDays})`);
  }
  const rising = { ...DEFAULT_PATTERN_SETTINGS.rising, ...s.rising };
  if (rising.recentWeeks >= rising.minWeeks) {
    issue(['rising', 'recentWeeks'], `must be below minWeeks (${rising.minWeeks}): there must be earlier weeks to compare with`);
  }
});

export type PatternSettingsInput = z.output<typeof patternSettingsSchema>;

export interface PatternSettings {
  significance: number;
  weekday: { enabled: boolean; minDays: number; minPercent: number; timesUsual: number };
  singleDays: { enabled: boolean; minDays: number; withinSchoolDays: number };
  lessonLevel: { enabled: boolean; minDays: number; minPercent: number; timesUsual: number };
  longAbsence: { enabled: boolean; minSchoolDays: number };
  subject: { enabled: boolean; minLessons: number; minPercent: number; timesUsual: number };
  teacher: { enabled: boolean; minLessons: number; minPercent: number; timesUsual: number };
  afterHolidays: { enabled: boolean; minDays: number; minPercent: number; timesUsual: number; minSchoolDaysAfter: number };
  rising: { enabled: boolean; recentWeeks: number; minWeeks: number; minRecentPercent: number; timesEarlier: number };
  lateArrivals: { enabled: boolean; minLateDays: number; withinSchoolDays: number };
}

/** Every default, with its reason in docs/patterns.md. */
export const DEFAULT_PATTERN_SETTINGS: Readonly<PatternSettings> = Object.freeze({
  significance: 0.001,
  weekday: { enabled: true, minDays: 4, minPercent: 20, timesUsual: 2 },
  singleDays: { enabled: true, minDays: 5, withinSchoolDays: 30 },
  lessonLevel: { enabled: true, minDays: 4, minPercent: 10, timesUsual: 3 },
  longAbsence: { enabled: true, minSchoolDays: 10 },
  subject: { enabled: true, minLessons: 4, minPercent: 10, timesUsual: 3 },
  teacher: { enabled: true, minLessons: 4, minPercent: 10, timesUsual: 3 },
  afterHolidays: { enabled: true, minDays: 4, minPercent: 10, timesUsual: 3, minSchoolDaysAfter: 10 },
  rising: { enabled: true, recentWeeks: 4, minWeeks: 8, minRecentPercent: 20, timesEarlier: 2 },
  lateArrivals: { enabled: true, minLateDays: 6, withinSchoolDays: 20 },
});

/** The owner's settings with the defaults filled in; no settings at all gives the defaults. */
export function resolvePatternSettings(input?: PatternSettingsInput | null): PatternSettings {
  const d = DEFAULT_PATTERN_SETTINGS;
  const s = input ?? {};
  return {
    significance: s.significance ?? d.significance,
    weekday: { ...d.weekday, ...s.weekday },
    singleDays: { ...d.singleDays, ...s.singleDays },
    lessonLevel: { ...d.lessonLevel, ...s.lessonLevel },
    longAbsence: { ...d.longAbsence, ...s.longAbsence },
    subject: { ...d.subject, ...s.subject },
    teacher: { ...d.teacher, ...s.teacher },
    afterHolidays: { ...d.afterHolidays, ...s.afterHolidays },
    rising: { ...d.rising, ...s.rising },
    lateArrivals: { ...d.lateArrivals, ...s.lateArrivals },
  };
}
