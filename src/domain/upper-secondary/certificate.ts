// The absence on the upper-secondary certificate (vitnemål, kompetansebevis):
// opplæringsforskrifta § 9-53, privatskoleforskrifta § 6-50.
//
// - Days and single hours are recorded apart, and hours are never turned into
//   days (first paragraph). A day counts as a day when the pupil was absent from
//   every held lesson of it; other absent lessons are single hours. Lessons that
//   are not absence at all (counselling, exams ...) are not recorded.
// - The pupil may ask that up to ten days a school year are left off when the
//   absence is documented as § 9-8 second and third paragraphs require (fourth
//   paragraph). Whole days only: a single hour cannot be left off.
// - Health absence must have lasted more than three days, and only the fourth
//   day on can be left off, unless health personnel have documented a higher
//   risk of health absence: then from the first day (fifth paragraph).
// - The absence limit and the certificate are different rules with the same
//   reasons: exempt absence is still recorded unless the day is left off.
import { DayTable, type PupilDay } from '../figures/days.js';
import type { MarkForFigures } from '../figures/types.js';
import type { AbsenceRules } from './categories.js';
import { versionOn } from './categories.js';
import { classifyMark } from './classify.js';
import { lessonKey, subjectLimitStatus, type AbsenceOutcome } from './limit.js';

export interface CertificateInput {
  /** The pupil's marks this school year, all subjects. */
  marks: readonly MarkForFigures[];
  /** subjects.annual_hours by subject id: a self-report is documentation only up to 10 % in the subject. */
  annualHoursBySubject: Readonly<Record<string, number | null>>;
  rules: AbsenceRules;
  higherHealthRisk?: boolean;
  asOf: string;
  schoolYear: { from: string; to: string };
  /** The whole days the pupil asked to leave off, in the order asked. Without it, the first eligible days are suggested. */
  requested?: readonly string[];
}

/** Why a whole day may be left off: a listed reason (§ 9-8 second paragraph b–i), or health (a and third paragraph). */
export type LeaveOffReason = 'exempt' | 'health';

export interface CertificateDay {
  date: string;
  lessons: number;
  minutes: number;
  /** Why the day may be left off; null when it may not (undocumented, leave, a health day before the fourth ...). */
  mayBeLeftOff: LeaveOffReason | null;
  /** Among the days left off the certificate. */
  leftOff: boolean;
}

export interface CertificateAbsence {
  /** Every whole day absent, in date order. */
  wholeDays: CertificateDay[];
  days: { absent: number; leftOff: number; recorded: number };
  /** Single hours (clock hours of the absent lessons on other days), as recorded: never turned into days. */
  hours: { recorded: number; lessons: number };
  maxDaysLeftOff: number;
  /** Requested days that may not be left off, or that came after the ten were used. */
  refused: { date: string; why: 'not_eligible' | 'over_maximum' | 'not_a_whole_day' }[];
}

interface DayFacts {
  day: PupilDay;
  absentLessons: number;
  absentMinutes: number;
  health: boolean;
  allDocumented: boolean;
}

export function certificateAbsence(input: CertificateInput): CertificateAbsence {
  const { rules, schoolYear, asOf } = input;
  const version = versionOn(rules, asOf).version;
  const marks = input.marks.filter((m) => m.lessonStatus === 'held' && m.date >= schoolYear.from && m.date <= schoolYear.to && m.date <= asOf);

  // What the limit arithmetic said of each absent lesson, in the subjects with annual hours.
  const outcomes = new Map<string, AbsenceOutcome>();
  for (const subjectId of new Set(marks.map((m) => m.subjectId))) {
    const hours = input.annualHoursBySubject[subjectId];
    if (hours === null || hours === undefined || hours <= 0) continue;
    const status = subjectLimitStatus({ subjectId, annualHours: hours, marks, rules, higherHealthRisk: input.higherHealthRisk, asOf, schoolYear });
    for (const a of status.absences) outcomes.set(lessonKey(a), a);
  }

  // Lessons that are not absence at all are presence here; the day table counts the rest.
  const table = new DayTable();
  const facts = new Map<string, { absentLessons: number; absentMinutes: number; health: boolean; allDocumented: boolean }>();
  for (const mark of marks) {
    const c = classifyMark(mark, rules);
    const asPresence = mark.status === 'F' && c.class === 'not_absence';
    table.add(asPresence ? { ...mark, status: 'O' } : mark);
    if (mark.status !== 'F' || asPresence) continue;
    const f = facts.get(mark.date) ?? { absentLessons: 0, absentMinutes: 0, health: false, allDocumented: true };
    f.absentLessons += 1;
    f.absentMinutes += mark.durationMinutes;
    if (c.class === 'health') f.health = true;
    f.allDocumented &&= documentedAsRequired(mark, c.class, c.category?.evidence, outcomes.get(lessonKey(mark)), input.higherHealthRisk === true);
    facts.set(mark.date, f);
  }

  const days = table.days();
  const whole: DayFacts[] = [];
  let singleMinutes = 0;
  let singleLessons = 0;
  for (const day of days) {
    const f = facts.get(day.date);
    if (f === undefined) continue;
    if (f.absentLessons === day.heldLessons) whole.push({ day, ...f });
    else {
      singleMinutes += f.absentMinutes;
      singleLessons += f.absentLessons;
    }
  }

  // Health spells: whole days of health absence on the pupil's consecutive school days.
  const position = new Map(days.map((d, i) => [d.date, i]));
  const fromDay = input.higherHealthRisk === true ? 1 : version.certificate.healthLeftOffFromDay;
  let runStart = -1;
  let previous = -2;
  const dayOfSpell = new Map<string, number>();
  for (const w of whole) {
    if (!w.health) {
      previous = -2;
      continue;
    }
    const at = position.get(w.day.date) as number;
    if (at !== previous + 1) runStart = at;
    dayOfSpell.set(w.day.date, at - runStart + 1);
    previous = at;
  }

  const wholeDays: CertificateDay[] = whole.map((w) => {
    let mayBeLeftOff: LeaveOffReason | null = null;
    if (w.allDocumented) mayBeLeftOff = w.health ? ((dayOfSpell.get(w.day.date) ?? 0) >= fromDay ? 'health' : null) : 'exempt';
    return { date: w.day.date, lessons: w.absentLessons, minutes: w.absentMinutes, mayBeLeftOff, leftOff: false };
  });

  const max = version.certificate.maxDaysLeftOff;
  const refused: CertificateAbsence['refused'] = [];
  const byDate = new Map(wholeDays.map((d) => [d.date, d]));
  const wanted = input.requested ?? wholeDays.filter((d) => d.mayBeLeftOff !== null).map((d) => d.date);
  let leftOff = 0;
  for (const date of new Set(wanted)) {
    const day = byDate.get(date);
    if (day === undefined) refused.push({ date, why: 'not_a_whole_day' });
    else if (day.mayBeLeftOff === null) refused.push({ date, why: 'not_eligible' });
    else if (leftOff >= max) {
      if (input.requested !== undefined) refused.push({ date, why: 'over_maximum' });
    } else {
      day.leftOff = true;
      leftOff += 1;
    }
  }

  return {
    wholeDays,
    days: { absent: wholeDays.length, leftOff, recorded: wholeDays.length - leftOff },
    hours: { recorded: singleMinutes / 60, lessons: singleLessons },
    maxDaysLeftOff: max,
    refused,
  };
}

/**
 * Whether an absent lesson carries the documentation § 9-53 fourth paragraph
 * asks for: a listed reason documented (not past its cap), or health absence
 * documented by health personnel, or self-reported while a self-report was
 * still enough in the subject (§ 9-8 third paragraph).
 */
function documentedAsRequired(
  mark: MarkForFigures,
  cls: string,
  evidence: 'self_report' | 'health_personnel' | undefined,
  outcome: AbsenceOutcome | undefined,
  higherHealthRisk: boolean,
): boolean {
  if (cls === 'exempt') return outcome?.outcome !== 'counted_over_cap';
  if (cls !== 'health') return false;
  if (evidence === 'health_personnel') return mark.documentation === 'documented';
  if (mark.documentation === 'undocumented') return false;
  return higherHealthRisk || outcome === undefined || !outcome.selfReportNoLongerEnough;
}
