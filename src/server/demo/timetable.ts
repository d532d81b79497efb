// Places a week of teaching into periods so that no class and no teacher is in
// two places at once, and every period of every class is filled.
//
// Shared blocks (several classes or several teachers at once) are placed
// first. The rest is one class and one teacher per unit: a bipartite
// class-teacher graph, filled period by period with a matching that must
// cover every class that has the period and every teacher (and class-teacher
// pair) who has no periods to spare. That is the classic way to edge-colour a
// bipartite graph and rarely gets stuck; when it does, it starts over with a
// new random order, which costs microseconds.
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

interface Slot {
  weekday: number;
  period: number;
}

const WEEKDAYS = [1, 2, 3, 4, 5] as const;

export function placeWeeklyTimetable(
  units: readonly TimetableUnit[],
  periodsPerDay: ReadonlyMap<string, readonly number[]>,
  random: Random,
  maxAttempts = 2_000,
): UnitPlacement[] {
  checkEveryPeriodIsFilled(units, periodsPerDay);
  for (let attempt = 0; attempt < maxAttempts; attempt += 1) {
    const placements = new Attempt(units, periodsPerDay, random).run();
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
  for (const unit of units) {
    if (unit.classes.length === 0 || unit.teachers.length === 0) throw new Error(`Unit ${unit.key} needs a class and a teacher.`);
  }
}

const slotKey = (who: string, { weekday, period }: Slot) => `${who}|${weekday}|${period}`;

class Attempt {
  private readonly busy = new Set<string>();
  private readonly remaining = new Map<string, number>();
  private readonly perDay = new Map<string, number>();
  private readonly placements: UnitPlacement[] = [];

  constructor(
    private readonly units: readonly TimetableUnit[],
    private readonly periodsPerDay: ReadonlyMap<string, readonly number[]>,
    private readonly random: Random,
  ) {
    for (const unit of units) this.remaining.set(unit.key, unit.periods);
  }

  run(): UnitPlacement[] | undefined {
    const shared = this.units.filter((u) => u.classes.length > 1 || u.teachers.length > 1);
    for (const unit of this.random.shuffle(shared)) {
      for (let n = 0; n < unit.periods; n += 1) if (!this.placeShared(unit)) return undefined;
    }
    const simple = this.units.filter((u) => u.classes.length === 1 && u.teachers.length === 1);
    const slots = this.random.shuffle(this.allSlots());
    for (const [index, slot] of slots.entries()) {
      if (!this.fillSlot(slot, slots.slice(index), simple)) return undefined;
    }
    return this.placements;
  }

  private allSlots(): Slot[] {
    const longest = Math.max(...[...this.periodsPerDay.values()].flat());
    return WEEKDAYS.flatMap((weekday) => Array.from({ length: longest }, (_, i) => ({ weekday, period: i + 1 })));
  }

  /** Whether the class has this period on this day and is not yet taken. */
  private classOpen(className: string, slot: Slot): boolean {
    const length = this.periodsPerDay.get(className)?.[slot.weekday - 1] ?? 0;
    return slot.period <= length && !this.busy.has(slotKey(className, slot));
  }

  private place(unit: TimetableUnit, slot: Slot) {
    for (const who of [...unit.classes, ...unit.teachers]) this.busy.add(slotKey(who, slot));
    this.remaining.set(unit.key, (this.remaining.get(unit.key) ?? 0) - 1);
    const dayKey = `${unit.key}|${slot.weekday}`;
    this.perDay.set(dayKey, (this.perDay.get(dayKey) ?? 0) + 1);
    this.placements.push({ unitKey: unit.key, ...slot });
  }

  private usedOnDay(unit: TimetableUnit, weekday: number): number {
    return this.perDay.get(`${unit.key}|${weekday}`) ?? 0;
  }

  private placeShared(unit: TimetableUnit): boolean {
    let best: { slot: Slot; score: number } | undefined;
    for (const slot of this.allSlots()) {
      if (!unit.classes.every((c) => this.classOpen(c, slot))) continue;
      if (unit.teachers.some((t) => this.busy.has(slotKey(t, slot)))) continue;
      const score = this.usedOnDay(unit, slot.weekday) * 10 + this.random.next();
      if (!best || score < best.score) best = { slot, score };
    }
    if (!best) return false;
    this.place(unit, best.slot);
    return true;
  }

  /** Gives every open class one unit in this period; false when that cannot be done or would starve a later period. */
  private fillSlot(slot: Slot, unprocessed: readonly Slot[], simple: readonly TimetableUnit[]): boolean {
    const open = simple.filter((u) => (this.remaining.get(u.key) ?? 0) > 0);
    const pairUnits = new Map<string, TimetableUnit[]>();
    for (const unit of open) {
      const key = `${unit.classes[0]}|${unit.teachers[0]}`;
      pairUnits.set(key, [...(pairUnits.get(key) ?? []), unit]);
    }
    const teacherFree = (teacher: string, s: Slot) => !this.busy.has(slotKey(teacher, s));

    // What is left must fit into the periods left: per pair and per teacher.
    const forcedPairs: [string, string][] = [];
    const teacherLoad = new Map<string, number>();
    const teacherSlots = new Map<string, Set<string>>();
    for (const [key, pairList] of pairUnits) {
      const [className = '', teacher = ''] = key.split('|');
      const left = pairList.reduce((sum, u) => sum + (this.remaining.get(u.key) ?? 0), 0);
      const usable = unprocessed.filter((s) => this.classOpen(className, s) && teacherFree(teacher, s));
      if (left > usable.length) return false;
      const usableNow = this.classOpen(className, slot) && teacherFree(teacher, slot);
      if (left === usable.length && usableNow) forcedPairs.push([className, teacher]);
      teacherLoad.set(teacher, (teacherLoad.get(teacher) ?? 0) + left);
      const slotsOfTeacher = teacherSlots.get(teacher) ?? new Set<string>();
      for (const s of usable) slotsOfTeacher.add(`${s.weekday}|${s.period}`);
      teacherSlots.set(teacher, slotsOfTeacher);
    }
    const tightTeachers: string[] = [];
    for (const [teacher, load] of teacherLoad) {
      const capacity = teacherSlots.get(teacher)?.size ?? 0;
      if (load > capacity) return false;
      if (load === capacity && teacherSlots.get(teacher)?.has(`${slot.weekday}|${slot.period}`)) tightTeachers.push(teacher);
    }

    const openClasses = [...new Set(open.map((u) => u.classes[0] ?? ''))].filter((c) => this.classOpen(c, slot));
    const matching = new ClassTeacherMatching();
    for (const [className = '', teacher = ''] of [...pairUnits.keys()].map((k) => k.split('|'))) {
      if (this.classOpen(className, slot) && teacherFree(teacher, slot)) matching.addEdge(className, teacher);
    }
    matching.shuffleEdges(this.random);
    for (const [className, teacher] of forcedPairs) {
      if (!matching.fix(className, teacher)) return false;
    }
    for (const teacher of this.random.shuffle(tightTeachers)) if (!matching.coverTeacher(teacher)) return false;
    for (const className of this.random.shuffle(openClasses)) if (!matching.coverClass(className)) return false;

    for (const [className, teacher] of matching.pairs()) {
      const candidates = (pairUnits.get(`${className}|${teacher}`) ?? []).filter((u) => (this.remaining.get(u.key) ?? 0) > 0);
      // Spread a subject over the week: the unit least used today, then the one with most left.
      candidates.sort(
        (a, b) =>
          this.usedOnDay(a, slot.weekday) - this.usedOnDay(b, slot.weekday) ||
          (this.remaining.get(b.key) ?? 0) - (this.remaining.get(a.key) ?? 0),
      );
      const unit = candidates[0];
      if (!unit) return false;
      this.place(unit, slot);
    }
    return true;
  }
}

/** Kuhn's augmenting paths; once matched, a class or teacher stays matched. */
class ClassTeacherMatching {
  private readonly classEdges = new Map<string, string[]>();
  private readonly teacherEdges = new Map<string, string[]>();
  private readonly teacherOf = new Map<string, string>();
  private readonly classOf = new Map<string, string>();
  private readonly fixed = new Set<string>();

  addEdge(className: string, teacher: string) {
    this.classEdges.set(className, [...(this.classEdges.get(className) ?? []), teacher]);
    this.teacherEdges.set(teacher, [...(this.teacherEdges.get(teacher) ?? []), className]);
  }

  shuffleEdges(random: Random) {
    for (const [key, list] of this.classEdges) this.classEdges.set(key, random.shuffle(list));
    for (const [key, list] of this.teacherEdges) this.teacherEdges.set(key, random.shuffle(list));
  }

  /** A pair that must be in the matching: neither side may be moved afterwards. */
  fix(className: string, teacher: string): boolean {
    if (this.teacherOf.get(className) === teacher) return true;
    if (this.teacherOf.has(className) || this.classOf.has(teacher)) return false;
    if (!(this.classEdges.get(className) ?? []).includes(teacher)) return false;
    this.link(className, teacher);
    this.fixed.add(className).add(`teacher:${teacher}`);
    return true;
  }

  coverClass(className: string): boolean {
    return this.teacherOf.has(className) || this.augmentFromClass(className, new Set());
  }

  coverTeacher(teacher: string): boolean {
    return this.classOf.has(teacher) || this.augmentFromTeacher(teacher, new Set());
  }

  pairs(): [string, string][] {
    return [...this.teacherOf];
  }

  private link(className: string, teacher: string) {
    this.teacherOf.set(className, teacher);
    this.classOf.set(teacher, className);
  }

  private augmentFromClass(className: string, seen: Set<string>): boolean {
    for (const teacher of this.classEdges.get(className) ?? []) {
      if (seen.has(teacher) || this.fixed.has(`teacher:${teacher}`)) continue;
      seen.add(teacher);
      const other = this.classOf.get(teacher);
      if (other === undefined || this.augmentFromClass(other, seen)) {
        this.link(className, teacher);
        return true;
      }
    }
    return false;
  }

  private augmentFromTeacher(teacher: string, seen: Set<string>): boolean {
    for (const className of this.teacherEdges.get(teacher) ?? []) {
      if (seen.has(className) || this.fixed.has(className)) continue;
      seen.add(className);
      const other = this.teacherOf.get(className);
      if (other === undefined || this.augmentFromTeacher(other, seen)) {
        this.link(className, teacher);
        return true;
      }
    }
    return false;
  }
}
