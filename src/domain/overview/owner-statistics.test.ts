import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { absenceStatistics, stageOf, type PupilTally } from './absence-statistics.js';
import { caseOutcomes, ruleShares } from './owner-statistics.js';

describe('absence by school, stage and month', () => {
  const pupil = (schoolId: string, grade: number, months: [string, number, number][]): PupilTally => ({
    schoolId,
    stage: stageOf(grade),
    months: months.map(([month, held, absent]) => ({ month, held, absent })),
  });

  it('sums lessons over pupils and hides a cell of fewer than five pupils', () => {
    const tallies = [
      ...Array.from({ length: 6 }, () => pupil('a', 5, [['2026-09', 100, 10], ['2026-10', 100, 0]])),
      ...Array.from({ length: 3 }, () => pupil('b', 9, [['2026-09', 100, 20]])),
    ];
    const stats = absenceStatistics(tallies, ['2026-09', '2026-10']);
    const a = stats.schools.find((s) => s.schoolId === 'a')!;
    expect(a.overall).toEqual({ pupils: 6, percent: 5, hidden: false });
    expect(a.months.map((m) => m.percent)).toEqual([10, 0]);
    const b = stats.schools.find((s) => s.schoolId === 'b')!;
    expect(b.overall).toEqual({ pupils: null, percent: null, hidden: true });
    expect(stats.stages.map((s) => s.stage)).toEqual(['grades5to7', 'grades8to10']);
    expect(stats.total.months[0]).toEqual({ pupils: 9, percent: (100 * 120) / 900, hidden: false });
  });

  it('stages follow the grades', () => {
    expect([1, 4, 5, 7, 8, 10, 11, 13].map(stageOf)).toEqual(['grades1to4', 'grades1to4', 'grades5to7', 'grades5to7', 'grades8to10', 'grades8to10', 'upperSecondary', 'upperSecondary']);
    expect(stageOf(null)).toBeNull();
  });

  it('no shown cell is ever behind fewer than five pupils', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom('a', 'b', 'c'), fc.integer({ min: 1, max: 13 }), fc.nat(50)), { maxLength: 40 }), (rows) => {
        const stats = absenceStatistics(rows.map(([s, g, absent]) => pupil(s, g, [['2026-09', 50, absent]])), ['2026-09']);
        for (const line of [...stats.schools, ...stats.stages, stats.total])
          for (const c of [line.overall, ...line.months]) if (!c.hidden && c.pupils !== null && c.pupils > 0) expect(c.pupils).toBeGreaterThanOrEqual(5);
      }),
    );
  });
});

describe('the owner’s comparison of schools', () => {
  it('shows the share of pupils over a rule with its interval, and hides small schools and small counts with a complement', () => {
    const schools = [
      { schoolId: 'a', pupils: 200 },
      { schoolId: 'b', pupils: 150 },
      { schoolId: 'c', pupils: 180 },
    ];
    const [rule] = ruleShares(schools, [{ id: 'r', name: 'Regel' }], [
      { ruleId: 'r', schoolId: 'a', pupils: 20 },
      { ruleId: 'r', schoolId: 'b', pupils: 3 },
      { ruleId: 'r', schoolId: 'c', pupils: 30 },
    ]);
    expect(rule!.schools[1]).toMatchObject({ pupils: null, share: null, hidden: true });
    // With the total shown (53 of 530), one more school is hidden beside it: the smaller count, 20 at a.
    expect(rule!.schools[0]).toMatchObject({ pupils: null, hidden: true });
    expect(rule!.schools[2]).toMatchObject({ pupils: 30, share: 30 / 180, hidden: false });
    expect(rule!.schools[2]!.interval!.low).toBeLessThan(30 / 180);
    expect(rule!.schools[2]!.interval!.high).toBeGreaterThan(30 / 180);
    expect(rule!.total).toMatchObject({ pupils: 53, share: 0.1 });
  });

  it('a school of fewer than five pupils shows nothing', () => {
    const [rule] = ruleShares([{ schoolId: 'a', pupils: 4 }, { schoolId: 'b', pupils: 100 }, { schoolId: 'c', pupils: 90 }], [{ id: 'r', name: 'R' }], [
      { ruleId: 'r', schoolId: 'b', pupils: 10 },
      { ruleId: 'r', schoolId: 'c', pupils: 12 },
    ]);
    expect(rule!.schools[0]!.hidden).toBe(true);
    expect(rule!.schools.filter((s) => s.hidden).length).toBeGreaterThanOrEqual(2);
  });

  it('counts cases by school and outcome, suppressed with the totals', () => {
    const cases = [
      ...Array.from({ length: 6 }, () => ({ schoolId: 'a', status: 'open' as const, reason: null })),
      ...Array.from({ length: 2 }, () => ({ schoolId: 'a', status: 'closed' as const, reason: 'worryDispelled' as const })),
      ...Array.from({ length: 7 }, () => ({ schoolId: 'b', status: 'closed' as const, reason: 'attendanceNormal' as const })),
    ];
    const { columns, table } = caseOutcomes(['a', 'b'], cases);
    expect(columns[0]).toBe('open');
    expect(table.cells[0]![columns.indexOf('worryDispelled')]).toBeNull();
    expect(table.rowTotals).toEqual([8, 7]);
  });
});
