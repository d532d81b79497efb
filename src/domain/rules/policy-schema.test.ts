import { describe, expect, it } from 'vitest';
import { parsePolicy, parsePolicyJson } from './parse-policy.js';
import { getPreset } from './presets.js';

const valid = () => ({
  id: 'my-school',
  version: 1,
  name: 'My school',
  source: { title: 'Our routine', publisher: 'My municipality' },
  staircase: { steps: [{ id: 'contact', number: 1, name: 'Contact' }] },
  rules: [
    {
      id: 'ten-percent-term',
      name: '10 % in a term',
      measure: 'absencePercent',
      window: { kind: 'term' },
      comparison: 'atLeast',
      threshold: 10,
      trigger: { level: 'concern', step: 'contact', notify: ['contactTeacher'], actWithin: 'sameDay' },
    },
  ],
});

type Mutable = ReturnType<typeof valid> & Record<string, unknown>;

/** The problems of the valid policy changed by `change`. */
function problems(change: (policy: Mutable & { rules: Record<string, unknown>[] }) => void) {
  const policy = valid() as Mutable & { rules: Record<string, unknown>[] };
  change(policy);
  const result = parsePolicy(policy);
  return result.ok ? [] : result.problems;
}

const rule0 = (p: { rules: Record<string, unknown>[] }) => p.rules[0] as Record<string, unknown>;

describe('the policy schema', () => {
  it('accepts a valid policy and every preset', () => {
    expect(parsePolicy(valid())).toMatchObject({ ok: true });
    expect(parsePolicy(getPreset('troms-vgs'))).toMatchObject({ ok: true });
  });

  it('refuses a misspelt field rather than ignoring it', () => {
    expect(problems((p) => (rule0(p).threshhold = 5))).toContainEqual({ path: 'rules[0].threshhold', message: expect.stringContaining('not a field') });
  });

  it('says which field is missing', () => {
    expect(problems((p) => delete rule0(p).threshold)).toEqual([{ path: 'rules[0].threshold', message: 'is required: must be a number' }]);
    expect(problems((p) => delete (p as Record<string, unknown>).version)).toEqual([{ path: 'version', message: 'is required: must be a number' }]);
  });

  it('lists the measures, windows and comparisons it knows', () => {
    expect(problems((p) => (rule0(p).measure = 'absence'))).toEqual([{ path: 'rules[0].measure', message: expect.stringContaining('must be one of: absencePercent, dayPercent') }]);
    expect(problems((p) => (rule0(p).window = { kind: 'week' }))).toEqual([{ path: 'rules[0].window.kind', message: expect.stringContaining('rollingWeeks') }]);
    expect(problems((p) => (rule0(p).comparison = 'over'))).toEqual([{ path: 'rules[0].comparison', message: 'must be one of: atLeast, moreThan' }]);
  });

  it('wants the length of a rolling window', () => {
    expect(problems((p) => (rule0(p).window = { kind: 'rollingWeeks' }))).toEqual([{ path: 'rules[0].window.weeks', message: 'is required: must be a number' }]);
    expect(problems((p) => (rule0(p).window = { kind: 'rollingSchoolDays', days: 0 }))).toEqual([{ path: 'rules[0].window.days', message: 'must be at least 1' }]);
  });

  it('refuses percentages above 100, fractional counts and "at least 0"', () => {
    expect(problems((p) => (rule0(p).threshold = 120))).toEqual([{ path: 'rules[0].threshold', message: 'is a percentage: must be from 0 to 100' }]);
    expect(problems((p) => Object.assign(rule0(p), { measure: 'wholeDays', threshold: 2.5 }))).toEqual([
      { path: 'rules[0].threshold', message: 'counts days: must be a whole number, 0 or more' },
    ]);
    expect(problems((p) => (rule0(p).threshold = 0))).toEqual([{ path: 'rules[0].threshold', message: expect.stringContaining('above 0') }]);
  });

  it('wants "approaching" below the threshold', () => {
    expect(problems((p) => (rule0(p).approaching = 10))).toEqual([{ path: 'rules[0].approaching', message: 'must be below the threshold (10)' }]);
  });

  it('refuses filters a measure does not have', () => {
    expect(problems((p) => Object.assign(rule0(p), { measure: 'wholeDays', filter: { perSubject: true } }))).toEqual([
      { path: 'rules[0].filter.perSubject', message: '"wholeDays" is not kept per subject' },
    ]);
    expect(problems((p) => Object.assign(rule0(p), { measure: 'noNotice', threshold: 1, filter: { documentation: ['reported'] } }))).toEqual([
      { path: 'rules[0].filter.documentation', message: expect.stringContaining('undocumented absence by definition') },
    ]);
    expect(problems((p) => (rule0(p).filter = { documentation: ['undocumented', 'undocumented'] }))).toEqual([
      { path: 'rules[0].filter.documentation[1]', message: expect.stringContaining('already used') },
    ]);
    expect(problems((p) => Object.assign(rule0(p), { measure: 'wholeDays', minimumBase: 5 }))).toEqual([
      { path: 'rules[0].minimumBase', message: expect.stringContaining('only applies to percentages') },
    ]);
  });

  it('checks that a trigger names a step of the staircase', () => {
    expect(problems((p) => ((rule0(p).trigger as Record<string, unknown>).step = 'meeting'))).toEqual([
      { path: 'rules[0].trigger.step', message: 'is not a step of the staircase (1 "contact")' },
    ]);
    expect(problems((p) => delete (p as Record<string, unknown>).staircase)).toEqual([
      { path: 'rules[0].trigger.step', message: 'refers to a step, but the policy has no staircase' },
    ]);
  });

  it('refuses a due time other than "sameDay" or a number of school days', () => {
    expect(problems((p) => ((rule0(p).trigger as Record<string, unknown>).actWithin = 'tomorrow'))).toEqual([
      { path: 'rules[0].trigger.actWithin', message: 'must be "sameDay" or { "schoolDays": n } with n from 1 to 190' },
    ]);
  });

  it('refuses two rules with the same id', () => {
    expect(problems((p) => p.rules.push({ ...rule0(p) }))).toEqual([{ path: 'rules[1].id', message: 'the rule id "ten-percent-term" is already used by item 0' }]);
  });

  it('gives the line and column of a JSON syntax error', () => {
    const text = '{\n  "id": "x",\n  "version": 1,\n  "rules": [\n    { "id": "a" }\n    { "id": "b" }\n  ]\n}';
    expect(parsePolicyJson(text)).toEqual({ ok: false, problems: [{ path: '', line: 6, column: 5, message: "expected ',' or ']', found '{'" }] });
  });
});
