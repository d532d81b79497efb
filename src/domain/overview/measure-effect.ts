// Attendance before and after a measure: for each kind of measure, the
// pupils' share of held lessons present in the school days before the
// agreement that set it up, against the same number of school days from it
// on, with a bootstrap interval for the mean change (uncertainty.ts). This
// shows what goes with better attendance, not what causes it: no control
// group, and pupils picked because their absence was high tend to come back
// toward their usual level anyway. docs/overview.md says so to the reader.
import { bootstrapMean, type MeanWithInterval } from './uncertainty.js';
import { MIN_COUNT } from './suppression.js';

export interface Attendance {
  held: number;
  present: number;
}

export interface MeasureObservation {
  /** The kind (category) of measure. */
  kind: string;
  before: Attendance;
  after: Attendance;
}

export interface MeasureEffect {
  kind: string;
  /** Observations with lessons held on both sides. */
  cases: number;
  /** Null when fewer than MIN_COUNT cases: too few to show, and too few to be anonymous. */
  before: number | null;
  after: number | null;
  /** Mean change in percentage points, with its 95 % interval. */
  change: MeanWithInterval | null;
}

const shareOf = (a: Attendance) => a.present / a.held;

export function measureEffects(observations: readonly MeasureObservation[], min = MIN_COUNT): MeasureEffect[] {
  const kinds = [...new Set(observations.map((o) => o.kind))].sort();
  return kinds.map((kind) => {
    const usable = observations.filter((o) => o.kind === kind && o.before.held > 0 && o.after.held > 0);
    if (usable.length < min) return { kind, cases: usable.length, before: null, after: null, change: null };
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    const changes = usable.map((o) => 100 * (shareOf(o.after) - shareOf(o.before)));
    return {
      kind,
      cases: usable.length,
      before: 100 * mean(usable.map((o) => shareOf(o.before))),
      after: 100 * mean(usable.map((o) => shareOf(o.after))),
      change: bootstrapMean(changes, { seed: hashSeed(kind) }),
    };
  });
}

export interface DayAttendance extends Attendance {
  date: string;
}

/**
 * A pupil's attendance in the `span` school days before `on` and the `span`
 * school days from `on` on (the days the pupil had lessons held, in order).
 */
export function attendanceAround(
  days: readonly DayAttendance[],
  on: string,
  span = 20,
): { before: Attendance; after: Attendance; daysBefore: number; daysAfter: number } {
  const first = days.findIndex((d) => d.date >= on);
  const start = first < 0 ? days.length : first;
  const sum = (list: readonly DayAttendance[]) => list.reduce((a, d) => ({ held: a.held + d.held, present: a.present + d.present }), { held: 0, present: 0 });
  const before = days.slice(Math.max(0, start - span), start);
  const after = days.slice(start, start + span);
  return { before: sum(before), after: sum(after), daysBefore: before.length, daysAfter: after.length };
}

/** A stable seed from the kind's name, so each kind's interval is the same every time. */
function hashSeed(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}
