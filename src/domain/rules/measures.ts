// The measures a rule can compare with a threshold, and what each one allows.
// One table, read by the policy schema (which filters make sense for which
// measure), the evaluator (percentage or count, what the base is) and the
// forecast (which figures can be extrapolated). Every value itself is read
// from the absence figures (src/domain/absence-figures.ts); nothing here
// counts marks.

export const MEASURES = [
  'absencePercent',
  'dayPercent',
  'absentLessons',
  'singleLessons',
  'wholeDays',
  'isolatedDays',
  'longestRun',
  'lateArrivals',
  'leftDuringDay',
  'noNotice',
] as const;

export type Measure = (typeof MEASURES)[number];

export interface MeasureInfo {
  /** A share in per cent (0-100) of `base`, or a plain count. */
  kind: 'percent' | 'count';
  /** What is counted: for the docs, the table output and the forecast's margin. */
  unit: 'lessons' | 'days' | 'lateArrivals';
  /** The base of a percentage: held lessons, or the pupil's school days. */
  base?: 'lessons' | 'days';
  /** Whether `filter.documentation` can narrow it (a day counts under its least documented lesson). */
  documentationFilter: boolean;
  /** Whether `filter.perSubject` can split it: only figures kept per subject. */
  perSubject: boolean;
  /**
   * More absence never lowers it within a window. Not so for single lessons
   * (a day that becomes absent in full is no longer a single-lesson day),
   * isolated days (an absent neighbour makes a day part of a run), leaving
   * during the day, and late arrivals (a late mark turned absent is no
   * longer late).
   */
  monotone: boolean;
  /** Can be extrapolated at the current rate (a run's length cannot). */
  forecast: boolean;
  /** In English, for the docs and the table output. */
  describe: string;
}

export const MEASURE_INFO: Readonly<Record<Measure, MeasureInfo>> = {
  absencePercent: {
    kind: 'percent',
    unit: 'lessons',
    base: 'lessons',
    documentationFilter: true,
    perSubject: true,
    monotone: true,
    forecast: true,
    describe: 'absent lessons as a percentage of held lessons',
  },
  dayPercent: {
    kind: 'percent',
    unit: 'days',
    base: 'days',
    documentationFilter: true,
    perSubject: false,
    monotone: true,
    forecast: true,
    describe: 'whole days absent as a percentage of school days',
  },
  absentLessons: {
    kind: 'count',
    unit: 'lessons',
    documentationFilter: true,
    perSubject: true,
    monotone: true,
    forecast: true,
    describe: 'absent lessons',
  },
  singleLessons: {
    kind: 'count',
    unit: 'lessons',
    documentationFilter: false,
    perSubject: false,
    monotone: false,
    forecast: true,
    describe: 'absent lessons on days the pupil was otherwise present (single lessons)',
  },
  wholeDays: {
    kind: 'count',
    unit: 'days',
    documentationFilter: true,
    perSubject: false,
    monotone: true,
    forecast: true,
    describe: 'whole days absent',
  },
  isolatedDays: {
    kind: 'count',
    unit: 'days',
    documentationFilter: false,
    perSubject: false,
    monotone: false,
    forecast: true,
    describe: 'single whole days absent, with the school days either side attended',
  },
  longestRun: {
    kind: 'count',
    unit: 'days',
    documentationFilter: false,
    perSubject: false,
    monotone: true,
    forecast: false,
    describe: 'the longest run of whole days absent on consecutive school days',
  },
  lateArrivals: {
    kind: 'count',
    unit: 'lateArrivals',
    documentationFilter: false,
    perSubject: false,
    monotone: false,
    forecast: true,
    describe: 'late arrivals',
  },
  leftDuringDay: {
    kind: 'count',
    unit: 'days',
    documentationFilter: false,
    perSubject: false,
    monotone: false,
    forecast: true,
    describe: 'days the pupil was present first and absent from the rest of the lessons',
  },
  noNotice: {
    kind: 'count',
    unit: 'lessons',
    documentationFilter: false,
    perSubject: true,
    monotone: true,
    forecast: true,
    describe: 'absent lessons without notice from home (undocumented)',
  },
};
