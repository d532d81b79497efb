// The owner's comparison of schools: the share of each school's pupils over
// each rule, with Wilson intervals, and the cases with how they ended. Only
// counts go in and only suppressed counts come out (suppression.ts).
import { CLOSING_REASONS, type ClosingReason } from '../../contracts/followup-case.js';
import { isSmall, MIN_COUNT, shownShare, suppressList, suppressTable, type SuppressedTable } from './suppression.js';
import { wilsonInterval, type Interval } from './uncertainty.js';

export interface SchoolPupils {
  schoolId: string;
  pupils: number;
}

export interface RuleSchoolCount {
  ruleId: string;
  schoolId: string;
  /** Distinct pupils over the rule this school year. */
  pupils: number;
}

export interface RuleShareCell {
  pupils: number | null;
  /** Share of the school's pupils, 0-1; null when hidden. */
  share: number | null;
  interval: Interval | null;
  hidden: boolean;
}

export interface RuleShares {
  ruleId: string;
  ruleName: string;
  schools: RuleShareCell[];
  total: RuleShareCell;
}

/**
 * Pupils over each rule, school by school. A rule's line is suppressed with
 * its total; a school of fewer than five pupils shows nothing at all.
 */
export function ruleShares(
  schools: readonly SchoolPupils[],
  rules: readonly { id: string; name: string }[],
  counts: readonly RuleSchoolCount[],
  min = MIN_COUNT,
): RuleShares[] {
  const allPupils = schools.reduce((a, s) => a + s.pupils, 0);
  return rules.map((rule) => {
    const raw = schools.map((s) => counts.find((c) => c.ruleId === rule.id && c.schoolId === s.schoolId)?.pupils ?? 0);
    // A school too small to show is hidden whatever its count, and counts as hidden for the line's protection.
    const masked = raw.map((n, i) => (isSmall((schools[i] as SchoolPupils).pupils, min) && n === 0 ? 1 : n));
    const line = suppressList(masked, min);
    const cellOf = (count: number | null, base: number, realCount: number): RuleShareCell => {
      const share = count === null ? null : shownShare(realCount, base, min);
      return share === null ? { pupils: null, share: null, interval: null, hidden: true } : { pupils: realCount, share, interval: wilsonInterval(realCount, base), hidden: false };
    };
    const total = raw.reduce((a, b) => a + b, 0);
    return {
      ruleId: rule.id,
      ruleName: rule.name,
      schools: schools.map((s, i) => cellOf(line.values[i] ?? null, s.pupils, raw[i] as number)),
      total: cellOf(line.total === null ? null : total, allPupils, total),
    };
  });
}

export const CASE_COLUMNS = ['open', ...CLOSING_REASONS] as const;
export type CaseColumn = (typeof CASE_COLUMNS)[number];

export interface CaseOutcome {
  schoolId: string;
  status: 'open' | 'closed';
  reason: ClosingReason | null;
}

/** Cases by school and how they stand: open, or closed and why; suppressed as one table with its totals. */
export function caseOutcomes(schoolIds: readonly string[], cases: readonly CaseOutcome[], min = MIN_COUNT): { columns: readonly CaseColumn[]; table: SuppressedTable } {
  const counts = schoolIds.map((id) =>
    CASE_COLUMNS.map((column) => cases.filter((c) => c.schoolId === id && (column === 'open' ? c.status === 'open' : c.status === 'closed' && c.reason === column)).length),
  );
  return { columns: CASE_COLUMNS, table: suppressTable(counts, min) };
}
