// The upper-secondary (vgs) levels for undocumented absence in a subject
// (Troms fylkeskommune, seed 002): an alert to the pupil or the guardians at
// 5 %, and the limit at 10 %: more than that normally means no grade. The
// exact percentage is compared, never the rounded one shown.
import type { GroupFigures } from '../../../contracts/figures';

export type Limits = NonNullable<GroupFigures['limits']>;
export type Level = 'overLimit' | 'alert';

export function levelOf(percent: number, limits: Limits | null): Level | null {
  if (!limits) return null;
  if (percent > limits.limitPercent) return 'overLimit';
  if (percent >= limits.alertPercent) return 'alert';
  return null;
}

/** For sorting: over the limit first, then alerts, then the rest. */
export function levelRank(level: Level | null): number {
  return level === 'overLimit' ? 2 : level === 'alert' ? 1 : 0;
}
