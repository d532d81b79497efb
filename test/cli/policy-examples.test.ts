// The examples in docs/policies.md, read from the page itself: each parses as
// a rule, and fires for a pupil at its threshold and not for one just below.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluatePolicy } from '../../src/domain/rules/evaluate.js';
import { parsePolicy } from '../../src/domain/rules/parse-policy.js';
import type { Policy } from '../../src/domain/rules/policy-schema.js';
import { AUTUMN, CALENDAR, Pupil, schoolDaysOf } from '../../src/domain/rules/test-school.js';

const page = readFileSync(new URL('../../docs/policies.md', import.meta.url), 'utf8');

/** Every "### Example n: title" with the JSON block under it. */
const examples = [...page.matchAll(/^### Example (\d+): (.+)\n+```json\n([\s\S]*?)\n```/gm)].map((m) => ({
  number: Number(m[1]),
  title: m[2] as string,
  rule: JSON.parse(m[3] as string) as Record<string, unknown>,
}));

function policyWith(rule: Record<string, unknown>): Policy {
  const result = parsePolicy({ id: 'example', version: 1, name: 'Example', source: { title: 'docs/policies.md', publisher: 'Nærvær' }, rules: [rule] });
  if (!result.ok) throw new Error(result.problems.map((p) => `${p.path}: ${p.message}`).join('; '));
  return result.policy;
}

const DAY_50 = '2026-11-02';
const FIRST_50 = schoolDaysOf(AUTUMN.startsOn, DAY_50);
const DAY_60 = '2026-11-16';
const FIRST_60 = schoolDaysOf(AUTUMN.startsOn, DAY_60);
const SEPTEMBER = schoolDaysOf('2026-09-01', '2026-09-30');
const MONDAYS = schoolDaysOf('2026-09-07', '2026-12-18').filter((d) => new Date(`${d}T12:00:00Z`).getUTCDay() === 1);
const WEDNESDAYS = ['2026-09-02', '2026-09-09', '2026-09-16', '2026-09-23'];

/** For each example: a pupil at the threshold (or just below it), and the day to judge on. */
const SCENARIOS: Record<number, (below: boolean) => { pupil: Pupil; asOf: string }> = {
  // 25 of 250 lessons.
  1: (below) => ({ pupil: new Pupil(AUTUMN.startsOn, DAY_50).absentPeriodOn(FIRST_50.slice(0, below ? 24 : 25), 2), asOf: DAY_50 }),
  2: (below) => ({ pupil: new Pupil(AUTUMN.startsOn, DAY_50).absentPeriodOn(FIRST_50.slice(0, below ? 9 : 10), 2), asOf: DAY_50 }),
  3: (below) => ({ pupil: new Pupil(AUTUMN.startsOn, DAY_50).lateOn(SEPTEMBER.slice(0, below ? 10 : 11)), asOf: DAY_50 }),
  // 3 of 60 maths lessons.
  4: (below) => ({ pupil: new Pupil(AUTUMN.startsOn, DAY_60).absentPeriodOn(FIRST_60.slice(0, below ? 2 : 3), 2), asOf: DAY_60 }),
  5: (below) => ({ pupil: new Pupil(AUTUMN.startsOn, DAY_50).absentDays(SEPTEMBER.slice(0, below ? 4 : 5)), asOf: DAY_50 }),
  6: (below) => ({ pupil: new Pupil(AUTUMN.startsOn, DAY_50).absentDays(WEDNESDAYS.slice(0, below ? 3 : 4)), asOf: DAY_50 }),
  7: (below) => ({ pupil: new Pupil(AUTUMN.startsOn, DAY_50).absentDays(SEPTEMBER.slice(2, below ? 7 : 8)), asOf: DAY_50 }),
  8: (below) => ({ pupil: new Pupil(AUTUMN.startsOn, AUTUMN.endsOn).absentDays(MONDAYS.slice(0, below ? 9 : 10)), asOf: AUTUMN.endsOn }),
  // Four lessons a day; every two-week window from 9 to 20 November holds 40 lessons.
  9: (below) => {
    const pupil = new Pupil(AUTUMN.startsOn, '2026-11-20', 4).absentDays(['2026-11-09', '2026-11-10']).absentLessons('2026-11-11', [1]);
    return { pupil: below ? pupil : pupil.absentLessons('2026-11-20', [1]), asOf: '2026-11-20' };
  },
  10: (below) => ({ pupil: new Pupil(AUTUMN.startsOn, AUTUMN.endsOn).absentDays(MONDAYS.slice(0, below ? 9 : 10)), asOf: AUTUMN.endsOn }),
  11: (below) => ({ pupil: new Pupil(AUTUMN.startsOn, DAY_50).absentLessons(AUTUMN.startsOn, below ? [1, 2, 3, 4] : [1, 2, 3, 4, 5], 'reported'), asOf: DAY_50 }),
  12: (below) => ({ pupil: new Pupil(AUTUMN.startsOn, DAY_50).absentLessons(SEPTEMBER[3] as string, [2], below ? 'reported' : 'undocumented'), asOf: DAY_50 }),
};

describe('the examples in docs/policies.md', () => {
  it('are all there, numbered 1 to 12', () => {
    expect(examples.map((e) => e.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
  });

  it.each(examples)('example $number ($title) parses, fires at its threshold and not just below', ({ number, rule }) => {
    const policy = policyWith(rule);
    const scenario = SCENARIOS[number];
    if (scenario === undefined) throw new Error(`No scenario for example ${number}`);
    const run = (below: boolean) => {
      const { pupil, asOf } = scenario(below);
      return evaluatePolicy(policy, { marks: pupil.marks(), calendar: CALENDAR, asOf }).filter((c) => !c.approaching);
    };
    const at = run(false);
    expect(at.length).toBeGreaterThanOrEqual(1);
    expect(at[0]?.evidence.length).toBeGreaterThan(0);
    expect(run(true)).toEqual([]);
  });
});
