// Generated pupils for the pattern tests and the bench: a lower-secondary
// week of 30 lessons (six a day, twelve subjects, six teachers, as in the
// demo's 8A) over the school days of a calendar, absence drawn at random from
// a profile (spells of whole days, single lessons, late mornings), and hooks
// to plant a pattern on top. Seeded, so every run draws the same pupils.
// Test and bench support only; nothing in the product imports it.
import type { Documentation, MarkForFigures, MarkStatus } from '../figures/types.js';
import { isoWeekday, norwegianSchoolYear, type SchoolCalendar } from '../school-calendar.js';
import { schoolDayIndex, schoolDaysBetween } from '../rules/school-days.js';

/** 2026/27: first school day Tuesday 18 August, autumn break 28 September to 2 October. */
export const YEAR: SchoolCalendar = norwegianSchoolYear(2026);

interface Slot {
  subjectCode: string;
  teacherId: string;
}

const TEACHER_OF: Record<string, string> = {
  NOR: 'kari', ENG: 'kari', MAT: 'matnat', NAT: 'matnat', SAF: 'samf', KRLE: 'samf', VAL: 'samf',
  KHV: 'muh', MUH: 'muh', MHE: 'muh', KRO: 'kro', TYS: 'tys',
};

/** Monday to Friday, periods 1 to 6. */
const WEEK: readonly (readonly string[])[] = [
  ['NOR', 'MAT', 'ENG', 'KRO', 'KRO', 'SAF'],
  ['MAT', 'NAT', 'NOR', 'KRLE', 'KHV', 'KHV'],
  ['ENG', 'NOR', 'MAT', 'SAF', 'TYS', 'VAL'],
  ['NAT', 'SAF', 'MUH', 'NOR', 'TYS', 'KRLE'],
  ['MAT', 'ENG', 'NAT', 'MHE', 'VAL', 'KRO'],
];

export const TIMETABLE: readonly (readonly Slot[])[] = WEEK.map((day) =>
  day.map((subjectCode) => ({ subjectCode, teacherId: TEACHER_OF[subjectCode] as string })),
);

/** Mulberry32: small, fast and good enough to draw absence. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface AbsenceProfile {
  /** Share of school days missed as whole days (in spells). */
  dayRate: number;
  /** Share of the other lessons missed one at a time. */
  lessonRate: number;
  /** Share of days late for the first lesson. */
  lateRate: number;
}

export const NO_ABSENCE: AbsenceProfile = { dayRate: 0, lessonRate: 0, lateRate: 0 };

/** What a planted pattern decides before the profile does; undefined leaves it to the profile. */
export interface Plant {
  wholeDay?: (date: string, weekday: number, index: number) => boolean | undefined;
  lesson?: (date: string, period: number, slot: Slot, index: number) => boolean | undefined;
  late?: (date: string, index: number) => boolean | undefined;
}

export interface GeneratedPupil {
  marks: MarkForFigures[];
  /** The school days, in order. */
  days: string[];
  /** Dates absent the whole day. */
  wholeDays: string[];
}

export interface GenerateOptions {
  seed: number;
  profile?: AbsenceProfile;
  plant?: Plant;
  calendar?: SchoolCalendar;
  /** The last day with marks; the end of the school year when left out. */
  to?: string;
  /** How whole days and single lessons are documented; random when left out. */
  documentation?: Documentation;
}

const DOCUMENTATIONS: readonly Documentation[] = ['reported', 'reported', 'reported', 'documented', 'undocumented'];

let nextLessonId = 1;

// The school days and their weekdays, once per calendar and end: the bench generates 30,000 pupils.
const dayLists = new Map<string, { days: string[]; weekdays: number[] }>();
function schoolDaysOf(calendar: SchoolCalendar, to: string) {
  const key = `${calendar.name}|${calendar.startsOn}|${to}`;
  let list = dayLists.get(key);
  if (list === undefined) {
    const days = schoolDaysBetween(schoolDayIndex(calendar), calendar.startsOn, to);
    list = { days, weekdays: days.map(isoWeekday) };
    dayLists.set(key, list);
  }
  return list;
}

export function generatePupil(options: GenerateOptions): GeneratedPupil {
  const calendar = options.calendar ?? YEAR;
  const profile = options.profile ?? NO_ABSENCE;
  const random = seededRandom(options.seed);
  const chance = (p: number) => p > 0 && random() < p;
  const { days: list, weekdays } = schoolDaysOf(calendar, options.to ?? calendar.endsOn);
  const days = [...list];
  const marks: MarkForFigures[] = [];
  const wholeDays: string[] = [];
  // Spells of 1-3 days, mean 1.6, as the demo draws them.
  const meanSpell = 1.6;
  let spellLeft = 0;
  let spellDocumentation: Documentation = 'reported';
  days.forEach((date, index) => {
    const weekday = weekdays[index] as number;
    const slots = TIMETABLE[weekday - 1] ?? [];
    let whole = options.plant?.wholeDay?.(date, weekday, index);
    let documentation: Documentation = options.documentation ?? spellDocumentation;
    if (whole === undefined) {
      if (spellLeft > 0) {
        spellLeft--;
        whole = true;
      } else if (chance(profile.dayRate / meanSpell)) {
        const r = random();
        spellLeft = r < 0.6 ? 0 : r < 0.9 ? 1 : 2;
        spellDocumentation = options.documentation ?? (DOCUMENTATIONS[Math.floor(random() * DOCUMENTATIONS.length)] as Documentation);
        documentation = spellDocumentation;
        whole = true;
      } else whole = false;
    }
    if (whole) wholeDays.push(date);
    const late = options.plant?.late?.(date, index) ?? chance(profile.lateRate);
    slots.forEach((slot, p) => {
      const period = p + 1;
      let status: MarkStatus = 'M';
      let doc: Documentation = 'undocumented';
      if (whole) {
        status = 'F';
        doc = documentation;
      } else if (options.plant?.lesson?.(date, period, slot, index) ?? chance(profile.lessonRate)) {
        status = 'F';
        doc = options.documentation ?? 'undocumented';
      } else if (period === 1 && late) status = 'S';
      marks.push({
        lessonId: nextLessonId++,
        date,
        period,
        subjectId: `subject-${slot.subjectCode}`,
        subjectCode: slot.subjectCode,
        subjectName: slot.subjectCode,
        teacherId: slot.teacherId,
        lessonStatus: 'held',
        durationMinutes: 60,
        status,
        minutesLate: status === 'S' ? 5 + Math.floor(random() * 20) : null,
        documentation: doc,
        reasonCode: null,
      });
    });
  });
  return { marks, days, wholeDays };
}
