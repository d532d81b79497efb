// Turns an attendance profile into one mark per held lesson of a pupil. Pure:
// the lessons come in, the marks go out, and a seeded random source decides.
import type { AttendanceProfile, RegularProfile } from './attendance-profiles.js';
import { quietProfile } from './attendance-profiles.js';
import type { Random } from './random.js';

export type MarkStatus = 'M' | 'F' | 'S' | 'O';
export type Documentation = 'undocumented' | 'reported' | 'documented';

export interface MarkDraft {
  status: MarkStatus;
  minutesLate: number | null;
  documentation: Documentation;
  reasonCode: string | null;
}

/** The held lessons of one pupil on one day, in period order. */
export interface PupilDay {
  date: string;
  /** 1 = Monday. */
  weekday: number;
  subjects: readonly string[];
}

export interface DraftContext {
  upperSecondary: boolean;
  /** Last day of the autumn break. */
  autumnBreakEndsOn: string;
  random: Random;
}

type Documented = Pick<MarkDraft, 'documentation' | 'reasonCode'>;

const present = (): MarkDraft => ({ status: 'M', minutesLate: null, documentation: 'undocumented', reasonCode: null });
const absent = (doc: Documented): MarkDraft => ({ status: 'F', minutesLate: null, ...doc });
const late = (minutes: number): MarkDraft => ({ status: 'S', minutesLate: minutes, documentation: 'undocumented', reasonCode: null });
const UNDOCUMENTED: Documented = { documentation: 'undocumented', reasonCode: null };
const SELF_REPORTED: Documented = { documentation: 'reported', reasonCode: 'health_self_reported' };
const MEDICAL_NOTE: Documented = { documentation: 'documented', reasonCode: 'health_medical_note' };
const UPPER_SECONDARY_EXEMPT = ['driving_test', 'school_representation', 'religious_holiday', 'voluntary_work', 'legal_appearance'];

/** Most whole days are reported by the home; in upper secondary more stay undocumented. */
function wholeDayDocumentation({ upperSecondary, random }: DraftContext): Documented {
  const r = random.next();
  if (!upperSecondary) {
    if (r < 0.7) return SELF_REPORTED;
    if (r < 0.78) return MEDICAL_NOTE;
    if (r < 0.82) return { documentation: 'documented', reasonCode: 'leave_granted' };
    return UNDOCUMENTED;
  }
  if (r < 0.45) return SELF_REPORTED;
  if (r < 0.57) return MEDICAL_NOTE;
  if (r < 0.62) return { documentation: 'documented', reasonCode: random.pick(UPPER_SECONDARY_EXEMPT) };
  return UNDOCUMENTED;
}

function singleLessonDocumentation({ upperSecondary, random }: DraftContext): Documented {
  const r = random.next();
  if (r < 0.78) return UNDOCUMENTED;
  if (r < 0.9) return SELF_REPORTED;
  return upperSecondary ? { documentation: 'documented', reasonCode: 'counselling' } : MEDICAL_NOTE;
}

/** Mostly a few minutes, now and then half an hour. */
const lateMinutes = (random: Random) => Math.max(1, Math.ceil(30 * random.next() ** 2));

export function draftMarks(profile: AttendanceProfile, days: readonly PupilDay[], context: DraftContext): MarkDraft[][] {
  if (profile.kind === 'regular') return draftRegular(profile, days, context);
  const { slot } = profile;
  const { random } = context;
  switch (slot.pattern) {
    case 'absent_mondays':
      return draftRegular(quietProfile, days, context, (day) =>
        day.weekday === 1 && random.chance(0.65) ? (random.chance(0.5) ? SELF_REPORTED : UNDOCUMENTED) : undefined,
      );
    case 'long_absence': {
      const length = Math.min(15, days.length);
      // End the spell about four weeks before the demo date when the year is long enough.
      const first = Math.max(0, days.length - length - 20);
      return draftRegular(quietProfile, days, context, (_day, index) =>
        index >= first && index < first + length ? (index < first + 3 ? SELF_REPORTED : MEDICAL_NOTE) : undefined,
      );
    }
    case 'subject_absence':
      return draftRegular(quietProfile, days, context, undefined, (subject) =>
        subject === slot.subject && random.chance(0.4) ? (random.chance(0.85) ? UNDOCUMENTED : SELF_REPORTED) : undefined,
      );
    case 'rising_after_autumn_break': {
      const firstAfter = days.findIndex((d) => d.date > context.autumnBreakEndsOn);
      const after = firstAfter < 0 ? 0 : days.length - firstAfter;
      return draftRegular(quietProfile, days, context, (_day, index) => {
        if (firstAfter < 0 || index < firstAfter) return undefined;
        const progress = after > 1 ? (index - firstAfter) / (after - 1) : 1;
        return random.chance(0.04 + 0.3 * progress) ? wholeDayDocumentation(context) : undefined;
      });
    }
    case 'many_late_arrivals':
      return draftRegular({ ...quietProfile, lateRate: 0.65 }, days, context);
    case 'subject_over_limit':
    case 'subject_near_alert':
      return draftSubjectShare(days, slot.subject ?? '', slot.pattern === 'subject_over_limit' ? 0.16 : 0.055, context);
  }
}

/**
 * Whole-day spells of 1-3 days, then single lessons and late arrivals.
 * `forcedDay` and `forcedLesson` let a planted pattern decide first.
 */
function draftRegular(
  profile: RegularProfile,
  days: readonly PupilDay[],
  context: DraftContext,
  forcedDay?: (day: PupilDay, index: number) => Documented | undefined,
  forcedLesson?: (subject: string) => Documented | undefined,
): MarkDraft[][] {
  const { random } = context;
  const meanSpell = 1.6;
  let spellLeft = 0;
  let spellDoc: Documented = UNDOCUMENTED;
  return days.map((day, index) => {
    const forced = forcedDay?.(day, index);
    if (forced) return day.subjects.map(() => absent(forced));
    if (spellLeft > 0) {
      spellLeft -= 1;
      return day.subjects.map(() => absent(spellDoc));
    }
    if (random.chance(profile.dayRate / meanSpell)) {
      spellLeft = random.pick([0, 0, 0, 0, 0, 0, 1, 1, 1, 2]);
      spellDoc = wholeDayDocumentation(context);
      return day.subjects.map(() => absent(spellDoc));
    }
    return day.subjects.map((subject, period) => {
      const forcedAbsence = forcedLesson?.(subject);
      if (forcedAbsence) return absent(forcedAbsence);
      if (random.chance(profile.lessonRate)) return absent(singleLessonDocumentation(context));
      // Late arrivals happen mostly in the morning.
      if (random.chance(period === 0 ? profile.lateRate : profile.lateRate / 20)) return late(lateMinutes(random));
      if (random.chance(0.002)) return { ...present(), status: 'O' };
      return present();
    });
  });
}

/** An exact share of the lessons in one subject missed without documentation; nothing else. */
function draftSubjectShare(days: readonly PupilDay[], subject: string, share: number, context: DraftContext): MarkDraft[][] {
  const { random } = context;
  const positions = days.flatMap((day, d) => day.subjects.flatMap((s, l) => (s === subject ? [[d, l] as const] : [])));
  // Rounded up above the limit so that it is surely over, to the nearest lesson below it.
  const missed = share > 0.1 ? Math.ceil(positions.length * share) : Math.round(positions.length * share);
  const chosen = new Set(random.shuffle(positions).slice(0, missed).map(([d, l]) => `${d}:${l}`));
  return days.map((day, d) =>
    day.subjects.map((_, l) => {
      if (chosen.has(`${d}:${l}`)) return absent(UNDOCUMENTED);
      return l === 0 && random.chance(0.02) ? late(lateMinutes(random)) : present();
    }),
  );
}
