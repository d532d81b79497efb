// Absence patterns planted on named pupils, so that features that look for
// patterns have something to find in the demo. Each pattern sits on a pupil in
// Kari Larsen's class 8A and in Jonas Haugen's class 2STA.

export type PlantedPattern =
  /** Absent on most Mondays (whole days). */
  | 'absent_mondays'
  /** One continuous whole-day absence of 15 school days (about three weeks). */
  | 'long_absence'
  /** Single lessons missed in one subject, hardly any absence elsewhere. */
  | 'subject_absence'
  /** Little absence before the autumn break, steadily more after it. */
  | 'rising_after_autumn_break'
  /** Late for the first lesson on most days: well over 10 late arrivals a month. */
  | 'many_late_arrivals'
  /** Upper secondary: undocumented absence over 10 % of the held lessons in one subject. */
  | 'subject_over_limit'
  /** Upper secondary: undocumented absence of about 5 % of the held lessons in one subject. */
  | 'subject_near_alert';

export interface PlantedSlot {
  school: 'fjordvik' | 'nordlys';
  className: string;
  /** Position in the class list (0-based, the order of external ids). */
  rosterIndex: number;
  pattern: PlantedPattern;
  /** The subject code for the subject patterns. */
  subject?: string;
}

export const plantedSlots: readonly PlantedSlot[] = [
  { school: 'fjordvik', className: '8A', rosterIndex: 1, pattern: 'absent_mondays' },
  { school: 'fjordvik', className: '8A', rosterIndex: 4, pattern: 'long_absence' },
  { school: 'fjordvik', className: '8A', rosterIndex: 7, pattern: 'subject_absence', subject: 'MAT' },
  { school: 'fjordvik', className: '8A', rosterIndex: 10, pattern: 'rising_after_autumn_break' },
  { school: 'fjordvik', className: '8A', rosterIndex: 13, pattern: 'many_late_arrivals' },
  { school: 'nordlys', className: '2STA', rosterIndex: 1, pattern: 'absent_mondays' },
  { school: 'nordlys', className: '2STA', rosterIndex: 4, pattern: 'long_absence' },
  { school: 'nordlys', className: '2STA', rosterIndex: 7, pattern: 'subject_absence', subject: 'MAT1023' },
  { school: 'nordlys', className: '2STA', rosterIndex: 10, pattern: 'rising_after_autumn_break' },
  { school: 'nordlys', className: '2STA', rosterIndex: 13, pattern: 'many_late_arrivals' },
  { school: 'nordlys', className: '2STA', rosterIndex: 16, pattern: 'subject_over_limit', subject: 'NOR1212' },
  { school: 'nordlys', className: '2STA', rosterIndex: 19, pattern: 'subject_near_alert', subject: 'NOR1212' },
];

export const plantedSlotFor = (school: string, className: string, rosterIndex: number) =>
  plantedSlots.find((s) => s.school === school && s.className === className && s.rosterIndex === rosterIndex);

