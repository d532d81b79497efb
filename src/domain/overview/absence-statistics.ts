// The owner's absence figures: the share of held lessons absent, by school,
// by stage and by month, summed over pupils. Counted from per-pupil monthly
// tallies, so that the server can read each pupil's year once and keep
// nothing of it but numbers. A figure behind fewer than MIN_COUNT pupils is
// not shown (suppression.ts); no figure carries a pupil's id or name.
import { isSmall, MIN_COUNT } from './suppression.js';

/** Stages as the owner compares them: småtrinn, mellomtrinn, ungdomstrinn, videregående. */
export const STAGES = ['grades1to4', 'grades5to7', 'grades8to10', 'upperSecondary'] as const;
export type Stage = (typeof STAGES)[number];

export function stageOf(grade: number | null): Stage | null {
  if (grade === null || grade < 1) return null;
  if (grade <= 4) return 'grades1to4';
  if (grade <= 7) return 'grades5to7';
  if (grade <= 10) return 'grades8to10';
  return grade <= 13 ? 'upperSecondary' : null;
}

export interface MonthTally {
  month: string;
  held: number;
  absent: number;
}

export interface PupilTally {
  schoolId: string;
  stage: Stage | null;
  months: readonly MonthTally[];
}

interface Sum {
  pupils: number;
  held: number;
  absent: number;
}

export interface AbsenceCell {
  /** Pupils with a lesson held in it; null when hidden. */
  pupils: number | null;
  /** Per cent of held lessons absent; null when hidden or nothing was held. */
  percent: number | null;
  hidden: boolean;
}

export interface AbsenceStatistics {
  months: string[];
  schools: { schoolId: string; overall: AbsenceCell; months: AbsenceCell[] }[];
  stages: { stage: Stage; overall: AbsenceCell; months: AbsenceCell[] }[];
  /** All the owner's pupils, month by month. */
  total: { overall: AbsenceCell; months: AbsenceCell[] };
}

const add = (sums: Map<string, Sum>, key: string, held: number, absent: number) => {
  const sum = sums.get(key);
  if (sum) {
    sum.pupils++;
    sum.held += held;
    sum.absent += absent;
  } else sums.set(key, { pupils: 1, held, absent });
};

function cell(sum: Sum | undefined, min: number): AbsenceCell {
  if (!sum) return { pupils: 0, percent: null, hidden: false };
  if (isSmall(sum.pupils, min)) return { pupils: null, percent: null, hidden: true };
  return { pupils: sum.pupils, percent: sum.held === 0 ? null : (100 * sum.absent) / sum.held, hidden: false };
}

/** Sums the tallies; a cell of fewer than `min` pupils is hidden. */
export function absenceStatistics(tallies: Iterable<PupilTally>, months: readonly string[], min = MIN_COUNT): AbsenceStatistics {
  const sums = new Map<string, Sum>();
  const schools = new Set<string>();
  const stages = new Set<Stage>();
  for (const t of tallies) {
    schools.add(t.schoolId);
    if (t.stage) stages.add(t.stage);
    let held = 0;
    let absent = 0;
    for (const m of t.months) {
      if (m.held === 0) continue;
      held += m.held;
      absent += m.absent;
      add(sums, `school|${t.schoolId}|${m.month}`, m.held, m.absent);
      if (t.stage) add(sums, `stage|${t.stage}|${m.month}`, m.held, m.absent);
      add(sums, `total||${m.month}`, m.held, m.absent);
    }
    if (held === 0) continue;
    add(sums, `school|${t.schoolId}|`, held, absent);
    if (t.stage) add(sums, `stage|${t.stage}|`, held, absent);
    add(sums, 'total||', held, absent);
  }
  const line = (kind: string, id: string) => {
    const overall = cell(sums.get(`${kind}|${id}|`), min);
    const cells = months.map((m) => cell(sums.get(`${kind}|${id}|${m}`), min));
    // A month's pupils do not add up to the year's (a pupil is in many months), and no lesson counts are shown, so a hidden
    // month's share cannot be worked back from the year's: hiding the small cells is enough here.
    return { overall, months: cells };
  };
  return {
    months: [...months],
    schools: [...schools].sort().map((schoolId) => ({ schoolId, ...line('school', schoolId) })),
    stages: STAGES.filter((s) => stages.has(s)).map((stage) => ({ stage, ...line('stage', stage) })),
    total: line('total', ''),
  };
}
