// How often a demo pupil is away. Most pupils miss 0-4 % of their lessons,
// some more, about one in ten is near the limits (6-12 %). Absence comes
// mostly as whole days in short spells (a cold), plus some single lessons.
import type { PlantedSlot } from './planted-patterns.js';
import type { Random } from './random.js';

export interface RegularProfile {
  kind: 'regular';
  /** Share of school days missed as whole days. */
  dayRate: number;
  /** Share of the remaining lessons missed one at a time. */
  lessonRate: number;
  /** Share of days the pupil comes late to the first lesson. */
  lateRate: number;
}

export interface PlantedProfile {
  kind: 'planted';
  slot: PlantedSlot;
}

export type AttendanceProfile = RegularProfile | PlantedProfile;

/** Background absence for planted pupils: low, so that the pattern stands out. */
export const quietProfile: RegularProfile = { kind: 'regular', dayRate: 0.005, lessonRate: 0.003, lateRate: 0.02 };

export function regularProfile(random: Random): RegularProfile {
  const band = random.next();
  // Total share of lessons missed: 0-3.5 % for most, 3.5-6 % for some, 6-12 % for one in ten.
  const total = band < 0.7 ? random.between(0, 0.035) : band < 0.9 ? random.between(0.035, 0.06) : random.between(0.06, 0.12);
  const wholeDays = random.between(0.65, 0.9);
  return {
    kind: 'regular',
    dayRate: total * wholeDays,
    lessonRate: total * (1 - wholeDays),
    lateRate: random.chance(0.1) ? random.between(0.05, 0.15) : random.between(0, 0.04),
  };
}
