// Places a week of teaching into periods so that no class and no teacher is in
// two places at once. A randomised greedy placement with restarts: the most
// constrained units (shared blocks, teachers with many classes) go first, and
// teachers of a single class last, since they can always take what is left.
import type { Random } from './random.js';

export interface TimetableUnit {
  key: string;
  /** Classes whose pupils are all taken while the unit runs. */
  classes: readonly string[];
  teachers: readonly string[];
  /** Periods a week. */
  periods: number;
}

export interface UnitPlacement {
  unitKey: string;
  /** 1 = Monday ... 5 = Friday. */
  weekday: number;
  period: number;
}

const WEEKDAYS = [1, 2, 3, 4, 5] as const;

export function placeWeeklyTimetable(
  units: readonly TimetableUnit[],
  periodsPerDay: ReadonlyMap<string, readonly number[]>,
  random: Random,
  maxAttempts = 200,
): UnitPlacement[] {
  checkEveryPeriodIsFilled(units, periodsPerDay);
  const classesOfTeacher = new Map<string, Set<string>>();
  for (const unit of units) {
    for (const teacher of unit.teachers) {
      const classes = classesOfTeacher.get(teacher) ?? new Set<string>();
      unit.classes.forEach((c) => classes.add(c));
      classesOfTeacher.set(teacher, classes);
    }
  }
  const span = (unit: TimetableUnit) =>
    Math.max(unit.classes.length * 100, ...unit.teachers.map((t) => classesOfTeacher.get(t)?.size ?? 0));

  for (let attempt = 0; attempt < maxAttempts; attempt += 1) {
    const ordered = random
      .shuffle(units)
      .sort((a, b) => span(b) - span(a) || b.periods - a.periods);
    const placements = tryPlace(ordered, periodsPerDay, random);
    if (placements) return placements;
  }
  throw new Error(`No timetable without clashes found in ${maxAttempts} attempts.`);
}

function checkEveryPeriodIsFilled(units: readonly TimetableUnit[], periodsPerDay: ReadonlyMap<string, readonly number[]>) {
  for (const [className, days] of periodsPerDay) {
    const available = days.reduce((sum, n) => sum + n, 0);
    const needed = units.filter((u) => u.classes.includes(className)).reduce((sum, u) => sum + u.periods, 0);
    if (available !== needed) {
      throw new Error(`Class ${className} has ${available} periods a week but ${needed} periods of teaching.`);
    }
  }
}

function tryPlace(
  units: readonly TimetableUnit[],
  periodsPerDay: ReadonlyMap<string, readonly number[]>,
  random: Random,
): UnitPlacement[] | undefined {
  const busy = new Set<string>();
  const slot = (who: string, weekday: number, period: number) => `${who}|${weekday}|${period}`;
  const teacherDayLoad = new Map<string, number>();
  const placements: UnitPlacement[] = [];

  for (const unit of units) {
    const perDay = new Map<number, number>();
    for (let n = 0; n < unit.periods; n += 1) {
      let best: { weekday: number; period: number; score: number } | undefined;
      for (const weekday of WEEKDAYS) {
        const length = Math.min(...unit.classes.map((c) => periodsPerDay.get(c)?.[weekday - 1] ?? 0));
        const sameDay = perDay.get(weekday) ?? 0;
        const teacherLoad = unit.teachers.reduce((sum, t) => sum + (teacherDayLoad.get(`${t}|${weekday}`) ?? 0), 0);
        for (let period = 1; period <= length; period += 1) {
          if (unit.classes.some((c) => busy.has(slot(c, weekday, period)))) continue;
          if (unit.teachers.some((t) => busy.has(slot(t, weekday, period)))) continue;
          // Spread a subject over the week, at most two periods a day, and even out teachers' days.
          const score = sameDay * 10 + (sameDay >= 2 ? 100 : 0) + teacherLoad * 0.5 + random.next();
          if (!best || score < best.score) best = { weekday, period, score };
        }
      }
      if (!best) return undefined;
      const { weekday, period } = best;
      for (const who of [...unit.classes, ...unit.teachers]) busy.add(slot(who, weekday, period));
      for (const teacher of unit.teachers) {
        teacherDayLoad.set(`${teacher}|${weekday}`, (teacherDayLoad.get(`${teacher}|${weekday}`) ?? 0) + 1);
      }
      perDay.set(weekday, (perDay.get(weekday) ?? 0) + 1);
      placements.push({ unitKey: unit.key, weekday, period });
    }
  }
  return placements;
}
