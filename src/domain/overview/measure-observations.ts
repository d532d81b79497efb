// What the statistics «attendance before and after measures» are made of:
// for each pupil and each kind of measure, the pupil's first collaboration
// agreement this school year with a measure of that kind, and the pupil's
// attendance in the MEASURE_SPAN_DAYS school days before the agreement was
// made against the same number of school days from that day on.
//
// Decisions a reader may question (docs/overview.md says them too):
// - A kind is the measure bank's category of a measure picked from the bank;
//   a measure written freely, or one whose bank measure is no longer in the
//   bank, is of the kind OWN_MEASURES («Annet/egne tiltak»). An agreement
//   with three measures of one kind counts once for that kind.
// - The agreement's first version is what was agreed on the day it was made
//   (content.madeOn); measures added by a later revision are not in it, and a
//   new agreement after an evaluation is an agreement of its own.
// - One observation per pupil and kind, the pupil's first agreement with it:
//   the windows of a pupil's later agreements overlap the first's, and the
//   bootstrap resamples cases as if they were independent. It also makes the
//   suppression count pupils, not agreements (five agreements of one pupil
//   are one pupil).
// - Only complete windows count: MEASURE_SPAN_DAYS school days before and as
//   many after that have passed (before today). A window still running would
//   mix a few days with full ones and change the figure from day to day; an
//   agreement counts once its span is over, and then stays the same.
// - A school day is a day the pupil had held lessons, whether present or not;
//   the before window may reach back into the school year before.
import { attendanceAround, type DayAttendance, type MeasureObservation } from './measure-effect.js';

/**
 * School days on each side of the agreement. About four weeks: the longest
 * time to the evaluation in the seeds' routines (Troms four weeks, Nittedal
 * three, Lyngen two a step), so the after window covers the time the
 * measures were meant to work before anyone judged them, and long enough that
 * a week of illness does not decide a case.
 */
export const MEASURE_SPAN_DAYS = 20;

/** The kind of measures written freely rather than picked from the bank. */
export const OWN_MEASURES = 'own';

export interface AgreementForEffect {
  /** Any key that tells pupils apart; it never leaves the server. */
  pupil: string;
  /** The first version's madeOn, 'YYYY-MM-DD'. */
  madeOn: string;
  /** The bank measure each of the first version's measures was picked from; null when written freely. */
  measureIds: readonly (string | null)[];
}

/** The kinds of an agreement's measures, each once, in the order of the measures. */
export function measureKinds(measureIds: readonly (string | null)[], categoryOf: ReadonlyMap<string, string>): string[] {
  const kinds = new Set<string>();
  for (const id of measureIds) kinds.add((id === null ? undefined : categoryOf.get(id)) ?? OWN_MEASURES);
  return [...kinds];
}

/**
 * The observations for measureEffects: one per pupil and kind, from the
 * pupil's first agreement with a measure of that kind, when both its windows
 * are complete. `daysOf` gives the pupil's school days in date order, those
 * of today and later left out.
 */
export function measureObservations(
  agreements: readonly AgreementForEffect[],
  categoryOf: ReadonlyMap<string, string>,
  daysOf: (pupil: string) => readonly DayAttendance[],
  span = MEASURE_SPAN_DAYS,
): MeasureObservation[] {
  const ordered = [...agreements].sort((a, b) => (a.madeOn < b.madeOn ? -1 : a.madeOn > b.madeOn ? 1 : 0));
  const firstOf = new Map<string, { agreement: AgreementForEffect; kind: string }>();
  for (const agreement of ordered) {
    for (const kind of measureKinds(agreement.measureIds, categoryOf)) {
      const key = `${agreement.pupil}|${kind}`;
      if (!firstOf.has(key)) firstOf.set(key, { agreement, kind });
    }
  }
  const observations: MeasureObservation[] = [];
  for (const { agreement, kind } of firstOf.values()) {
    const around = attendanceAround(daysOf(agreement.pupil), agreement.madeOn, span);
    if (around.daysBefore < span || around.daysAfter < span) continue;
    observations.push({ kind, before: around.before, after: around.after });
  }
  return observations;
}
