// Several detectors can describe the same absent lessons: a pupil who skips
// maths, which is often the first lesson, skips the maths teacher's lessons
// and misses the start of the day too. Shown all at once, three patterns
// would tell one story three times. So where two findings share most of
// their absent lessons, a finding is kept only if it explains enough absence
// the other does not: the teacher, when the absence follows the teacher into
// another subject; the start of the day, when it is there whatever the
// subject. When neither adds anything, the narrower one is kept (the subject
// rather than its teacher).
import type { Pattern } from '../../contracts/patterns.js';
import type { SingleAbsences } from './timeline.js';

export interface Finding<P extends Pattern = Pattern> {
  pattern: P;
  /** The absent lessons the pattern stands on (timeline.lessonKey). */
  lessons: ReadonlySet<number>;
  /** The fewest absences that make this kind of pattern: what it must add to be kept beside another. */
  minCount: number;
  /** How many lessons (or days) it looks at: the smaller scope is the narrower explanation. */
  scope: number;
}

/** Findings that share at least this share of the smaller one's lessons describe the same absence. */
export const SAME_ABSENCE_SHARE = 0.5;

/** The keys of the absent single lessons that pass the test. */
export function lessonsWhere(absences: SingleAbsences, test: (i: number) => boolean): Set<number> {
  const keys = new Set<number>();
  for (let i = 0; i < absences.key.length; i++) if (test(i)) keys.add(absences.key[i] as number);
  return keys;
}

function outside(a: ReadonlySet<number>, b: ReadonlySet<number>): number {
  let count = 0;
  for (const key of a) if (!b.has(key)) count++;
  return count;
}

/** Whether `a` makes `b` unnecessary: they describe the same absence and `b` explains nothing `a` does not. */
function makesUnnecessary(a: Finding, b: Finding, aFirst: boolean): boolean {
  const aOnly = outside(a.lessons, b.lessons);
  const bOnly = outside(b.lessons, a.lessons);
  if (a.lessons.size - aOnly < SAME_ABSENCE_SHARE * Math.min(a.lessons.size, b.lessons.size)) return false;
  if (bOnly >= b.minCount) return false;
  if (aOnly >= a.minCount) return true;
  // Neither adds enough: the narrower stays (and of two alike, the first).
  if (a.scope !== b.scope) return a.scope < b.scope;
  return aFirst;
}

/** The findings that explain absence no other finding explains better, in the order given. */
export function bestExplanations<P extends Pattern>(findings: readonly Finding<P>[]): P[] {
  return findings
    .filter((b, j) => !findings.some((a, i) => i !== j && makesUnnecessary(a, b, i < j)))
    .map((f) => f.pattern);
}
