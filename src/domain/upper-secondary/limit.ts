// The upper-secondary absence limit for one pupil in one subject, against the
// subject's planned annual hours (opplæringsforskrifta § 9-8 first paragraph,
// privatskoleforskrifta § 6-8): how much of it is used, how many hours are
// left before 10 % and before the principal's 15 %, which lesson crossed each
// line, and where the pupil is heading at the rate so far.
//
// The rules, and why:
// - The denominator is the annual hours in clock hours (60 minutes) times 60,
//   the same all year, whatever has been held so far, and also for a pupil who
//   started late (Udir's guidance). The numerator is the minutes of the lessons
//   that count.
// - "More than ten per cent" (§ 9-8): exactly 10 % is within. Percentages are
//   exact; round for display only.
// - Marks are taken in lesson order (date, period), because two rules depend
//   on what came before: health absence counts until health and undocumented
//   absence together reach 10 %; after that it does not count when documented
//   by health personnel, or when self-reported by a pupil with a documented
//   higher risk (§ 9-8 third paragraph). We read that minute by minute: such a
//   lesson that runs past 10 % counts up to 10 % and no further, so documented
//   health absence alone never takes a pupil over the limit, and one more
//   counted absence anywhere never lowers the total. Religious holidays are
//   exempt on at most two dates (second paragraph c).
import type { MarkForFigures } from '../figures/types.js';
import { percentOf } from '../figures/share.js';
import { addDaysTo } from '../school-calendar.js';
import { versionOn, type AbsenceRules } from './categories.js';
import { classifyMark } from './classify.js';

export interface LessonRef {
  /** Null when the marks were read without their lessons' ids (the stored pupil year): date and period name the lesson. */
  lessonId: number | null;
  date: string;
  period: number;
}

/**
 * One key a lesson of a pupil, whether its id is known or not: a pupil has one
 * lesson a period. Date and period only, so that marks read from the stored
 * pupil year (no lesson ids) and marks read with their ids find each other.
 */
export const lessonKey = (lesson: { date: string; period: number }) => `${lesson.date}|${lesson.period}`;

export interface UpcomingLesson {
  date: string;
  period: number;
  durationMinutes: number;
}

export interface LimitInput {
  subjectId: string;
  /** Planned teaching hours (60 minutes) in the subject this school year (subjects.annual_hours). */
  annualHours: number;
  /** The pupil's marks this school year, any subject: the religious-holiday cap counts dates across subjects. */
  marks: readonly MarkForFigures[];
  rules: AbsenceRules;
  /** Health personnel have documented a condition with a higher risk of health-related absence. */
  higherHealthRisk?: boolean;
  /** Today; marks after it are not counted. */
  asOf: string;
  schoolYear: { from: string; to: string };
  /** The subject's lessons still to come, if known (the timetable's planned lessons); the forecast walks them. */
  upcoming?: readonly UpcomingLesson[];
}

/**
 * - counted: toward the limit;
 * - exempt: a documented reason of § 9-8 second paragraph b–i;
 * - exempt_health_after_limit: health absence after 10 % was reached, documented as the third paragraph requires;
 * - partly_exempt_health: health absence so documented that went past 10 %: the part up to 10 % counted;
 * - counted_over_cap: an exempt reason past its cap (a third religious holiday);
 * - not_absence: an F mark whose reason is not absence at all.
 */
export type LimitOutcome =
  | 'counted'
  | 'exempt'
  | 'exempt_health_after_limit'
  | 'partly_exempt_health'
  | 'counted_over_cap'
  | 'not_absence';

export interface AbsenceOutcome extends LessonRef {
  minutes: number;
  outcome: LimitOutcome;
  /** The minutes of the lesson that count toward the limit. */
  countedMinutes: number;
  reasonCode: string | null;
  documentation: MarkForFigures['documentation'];
  /** Health absence: a self-report was no longer enough when this lesson came (10 % had been reached). */
  selfReportNoLongerEnough: boolean;
  /** Counted minutes after this lesson. */
  countedAfter: number;
}

/** within: at most 10 %; discretion: above 10 %, at most 15 %; over: above 15 %. */
export type LimitZone = 'within' | 'discretion' | 'over';

export interface HoursLeft {
  minutes: number;
  hours: number;
  /** Whole lessons of the subject's usual length; null when the subject has had no lessons. */
  lessons: number | null;
}

export interface Forecast {
  /** Counted minutes per held minute so far. */
  rate: number;
  projectedPercent: number;
  projectedZone: LimitZone;
  /** The date on which the pupil would go above 10 % (15 %) at this rate; null when not within the school year. */
  crossesLimitOn: string | null;
  crossesDiscretionOn: string | null;
  /** upcoming_lessons: walked the planned lessons; even_pace: spread the hours left evenly to the year's end. */
  basis: 'upcoming_lessons' | 'even_pace';
}

export interface LimitStatus {
  subjectId: string;
  annualHours: number;
  annualMinutes: number;
  limitPercent: number;
  discretionPercent: number;
  /** Held lessons of the subject the pupil was expected at, so far. */
  held: { lessons: number; minutes: number };
  counted: { lessons: number; minutes: number; hours: number };
  exempt: { lessons: number; minutes: number };
  notAbsence: { lessons: number; minutes: number };
  /** Counted minutes as a share of the annual minutes, exact. */
  percent: number;
  zone: LimitZone;
  left: { beforeLimit: HoursLeft; beforeDiscretion: HoursLeft };
  /** The lesson with which counted absence reached 10 %: from then on a self-report is not enough for health absence. */
  reachedLimitAt: LessonRef | null;
  /** The lesson with which counted absence went above 10 % (15 %). */
  crossed: { limit: LessonRef | null; discretion: LessonRef | null };
  forecast: Forecast;
  /** Every absent lesson of the subject (F marks), in lesson order, with what it did. */
  absences: AbsenceOutcome[];
  /** Some marks are older than the first version of the rules we describe. */
  beforeKnownRules: boolean;
  /** Reason codes on marks that the rules in force on their date do not know (counted). */
  unknownReasons: string[];
}

const byLesson = (a: MarkForFigures, b: MarkForFigures) =>
  a.date < b.date ? -1 : a.date > b.date ? 1 : a.period - b.period || (a.lessonId ?? 0) - (b.lessonId ?? 0);

/** The dates on which capped exempt reasons are exempt: the first N dates in the school year, per code. */
function datesWithinCaps(marks: readonly MarkForFigures[], rules: AbsenceRules): Map<string, Set<string>> {
  const found = new Map<string, { cap: number; dates: Set<string> }>();
  for (const mark of marks) {
    const c = classifyMark(mark, rules);
    const cap = c.category?.maxDaysPerSchoolYear;
    if (c.class !== 'exempt' || cap === undefined || mark.reasonCode === null) continue;
    const entry = found.get(mark.reasonCode) ?? { cap, dates: new Set<string>() };
    entry.dates.add(mark.date);
    found.set(mark.reasonCode, entry);
  }
  const within = new Map<string, Set<string>>();
  for (const [code, { cap, dates }] of found) within.set(code, new Set([...dates].sort().slice(0, cap)));
  return within;
}

/** The commonest lesson length, the shorter one on a tie; null without lessons. */
function usualLength(lengths: readonly number[]): number | null {
  const counts = new Map<number, number>();
  for (const l of lengths) counts.set(l, (counts.get(l) ?? 0) + 1);
  let best: number | null = null;
  let bestCount = 0;
  for (const [length, count] of counts) {
    if (count > bestCount || (count === bestCount && best !== null && length < best)) {
      best = length;
      bestCount = count;
    }
  }
  return best;
}

const zoneOf = (counted: number, annualMinutes: number, limit: number, discretion: number): LimitZone =>
  counted * 100 <= limit * annualMinutes ? 'within' : counted * 100 <= discretion * annualMinutes ? 'discretion' : 'over';

function hoursLeft(counted: number, annualMinutes: number, percent: number, usual: number | null): HoursLeft {
  // Integer arithmetic first: annual hours and the percentages are whole numbers in practice, so this is exact.
  const minutes = Math.max(0, (percent * annualMinutes - counted * 100) / 100);
  return { minutes, hours: minutes / 60, lessons: usual === null ? null : Math.floor(minutes / usual + 1e-9) };
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.UTC(+to.slice(0, 4), +to.slice(5, 7) - 1, +to.slice(8, 10)) - Date.UTC(+from.slice(0, 4), +from.slice(5, 7) - 1, +from.slice(8, 10))) / 86_400_000);
}

/** The upper-secondary absence limit for one pupil in one subject. See the rules at the top of the file. */
export function subjectLimitStatus(input: LimitInput): LimitStatus {
  const { annualHours, rules, asOf, schoolYear } = input;
  if (!Number.isFinite(annualHours) || annualHours <= 0) {
    throw new RangeError(`A subject's annual hours must be more than 0, got ${annualHours}.`);
  }
  const annualMinutes = annualHours * 60;
  const inYear = input.marks.filter(
    (m) => m.lessonStatus === 'held' && m.date >= schoolYear.from && m.date <= schoolYear.to && m.date <= asOf,
  );
  const caps = datesWithinCaps(inYear, rules);
  const marks = inYear.filter((m) => m.subjectId === input.subjectId).sort(byLesson);

  // The limits of the version in force today; the annual hours are this year's.
  const { percent: limitPercent, discretionPercent } = versionOn(rules, asOf).version.limit;
  const limitMinutes = (limitPercent * annualMinutes) / 100;
  const reached = (counted: number) => counted * 100 >= limitPercent * annualMinutes;
  const above = (counted: number, p: number) => counted * 100 > p * annualMinutes;

  let heldMinutes = 0;
  let counted = 0;
  let countedLessons = 0;
  const exempt = { lessons: 0, minutes: 0 };
  const notAbsence = { lessons: 0, minutes: 0 };
  let reachedLimitAt: LessonRef | null = null;
  let crossedLimit: LessonRef | null = null;
  let crossedDiscretion: LessonRef | null = null;
  let beforeKnownRules = false;
  const unknown = new Set<string>();
  const absences: AbsenceOutcome[] = [];

  for (const mark of marks) {
    heldMinutes += mark.durationMinutes;
    if (mark.status !== 'F') continue;
    const c = classifyMark(mark, rules);
    if (c.beforeKnownRules) beforeKnownRules = true;
    if (c.unknownReason) unknown.add(mark.reasonCode as string);
    const limitReached = reached(counted);
    let outcome: LimitOutcome;
    let minutesCounted = 0;
    let selfReportNoLongerEnough = false;
    switch (c.class) {
      case 'not_absence':
        outcome = 'not_absence';
        break;
      case 'exempt': {
        const within = caps.get(mark.reasonCode as string);
        outcome = within === undefined || within.has(mark.date) ? 'exempt' : 'counted_over_cap';
        if (outcome === 'counted_over_cap') minutesCounted = mark.durationMinutes;
        break;
      }
      case 'health': {
        const evidence = c.category?.evidence;
        const byHealthPersonnel = evidence === 'health_personnel' && mark.documentation === 'documented';
        const selfReportWithRisk = evidence === 'self_report' && input.higherHealthRisk === true && mark.documentation !== 'undocumented';
        if (byHealthPersonnel || selfReportWithRisk) {
          // Read minute by minute: the part of the lesson up to 10 % counts, the part after it is
          // "more health-related absence" after the limit was reached, documented as required.
          minutesCounted = Math.min(mark.durationMinutes, Math.max(0, limitMinutes - counted));
          outcome = minutesCounted === mark.durationMinutes ? 'counted' : minutesCounted === 0 ? 'exempt_health_after_limit' : 'partly_exempt_health';
        } else {
          selfReportNoLongerEnough = limitReached && evidence === 'self_report';
          minutesCounted = mark.durationMinutes;
          outcome = 'counted';
        }
        break;
      }
      case 'counts':
        minutesCounted = mark.durationMinutes;
        outcome = 'counted';
        break;
    }
    const ref: LessonRef = { lessonId: mark.lessonId ?? null, date: mark.date, period: mark.period };
    if (minutesCounted > 0) {
      counted += minutesCounted;
      countedLessons += 1;
      if (reachedLimitAt === null && reached(counted)) reachedLimitAt = ref;
      if (crossedLimit === null && above(counted, limitPercent)) crossedLimit = ref;
      if (crossedDiscretion === null && above(counted, discretionPercent)) crossedDiscretion = ref;
    }
    if (outcome === 'not_absence') {
      notAbsence.lessons += 1;
      notAbsence.minutes += mark.durationMinutes;
    } else if (minutesCounted < mark.durationMinutes) {
      exempt.lessons += 1;
      exempt.minutes += mark.durationMinutes - minutesCounted;
    }
    absences.push({
      ...ref,
      minutes: mark.durationMinutes,
      outcome,
      reasonCode: mark.reasonCode,
      documentation: mark.documentation,
      countedMinutes: minutesCounted,
      selfReportNoLongerEnough,
      countedAfter: counted,
    });
  }

  const usual = usualLength(marks.length > 0 ? marks.map((m) => m.durationMinutes) : (input.upcoming ?? []).map((l) => l.durationMinutes));
  return {
    subjectId: input.subjectId,
    annualHours,
    annualMinutes,
    limitPercent,
    discretionPercent,
    held: { lessons: marks.length, minutes: heldMinutes },
    counted: { lessons: countedLessons, minutes: counted, hours: counted / 60 },
    exempt,
    notAbsence,
    percent: percentOf(counted, annualMinutes),
    zone: zoneOf(counted, annualMinutes, limitPercent, discretionPercent),
    left: {
      beforeLimit: hoursLeft(counted, annualMinutes, limitPercent, usual),
      beforeDiscretion: hoursLeft(counted, annualMinutes, discretionPercent, usual),
    },
    reachedLimitAt,
    crossed: { limit: crossedLimit, discretion: crossedDiscretion },
    forecast: forecastOf({ counted, heldMinutes, annualMinutes, limitPercent, discretionPercent, asOf, yearEnd: schoolYear.to, upcoming: input.upcoming }),
    absences,
    beforeKnownRules,
    unknownReasons: [...unknown].sort(),
  };
}

interface ForecastInput {
  counted: number;
  heldMinutes: number;
  annualMinutes: number;
  limitPercent: number;
  discretionPercent: number;
  asOf: string;
  yearEnd: string;
  upcoming: readonly UpcomingLesson[] | undefined;
}

/**
 * Where the pupil ends the year if the share of held time they are counted
 * absent stays what it has been. With the planned lessons known, they are
 * walked; otherwise the hours the subject still has to give (annual hours less
 * those held) are spread evenly over the days to the year's end.
 */
function forecastOf(f: ForecastInput): Forecast {
  const rate = f.heldMinutes === 0 ? 0 : f.counted / f.heldMinutes;
  const lines = [f.limitPercent, f.discretionPercent] as const;
  const need = lines.map((p) => (p * f.annualMinutes) / 100 - f.counted);
  const crossing: (string | null)[] = [null, null];
  let projected: number;

  if (f.upcoming !== undefined) {
    const ahead = f.upcoming.filter((l) => l.date > f.asOf && l.date <= f.yearEnd).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.period - b.period));
    let added = 0;
    for (const lesson of ahead) {
      added += rate * lesson.durationMinutes;
      need.forEach((n, i) => {
        if (crossing[i] === null && n >= 0 && added > n + 1e-9) crossing[i] = lesson.date;
      });
    }
    projected = f.counted + added;
  } else {
    const remaining = Math.max(0, f.annualMinutes - f.heldMinutes);
    const added = rate * remaining;
    const days = Math.max(daysBetween(f.asOf, f.yearEnd), 0);
    need.forEach((n, i) => {
      if (n >= 0 && added > n + 1e-9 && days > 0) {
        crossing[i] = addDaysTo(f.asOf, Math.min(days, Math.max(1, Math.ceil((n / added) * days))));
      }
    });
    projected = f.counted + added;
  }
  return {
    rate,
    projectedPercent: percentOf(projected, f.annualMinutes),
    projectedZone: zoneOf(projected, f.annualMinutes, f.limitPercent, f.discretionPercent),
    crossesLimitOn: crossing[0] ?? null,
    crossesDiscretionOn: crossing[1] ?? null,
    basis: f.upcoming !== undefined ? 'upcoming_lessons' : 'even_pace',
  };
}
