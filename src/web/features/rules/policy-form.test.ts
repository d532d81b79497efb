// The administrator's editor as state: the form writes into a copy of the
// policy and keeps what it does not show, the checks speak before the server
// does, the server's field paths land on the right field, and the JSON text
// goes back and forth with the form.
import { describe, expect, it } from 'vitest';
import lyngen from '../../../../presets/lyngen.json' with { type: 'json' };
import { parsePolicy } from '../../../domain/rules/parse-policy';
import {
  applyEdits,
  checkRule,
  displayPath,
  editsFrom,
  fieldOfPath,
  isChanged,
  parseNumberInput,
  policyToSave,
  policyToText,
  startEditor,
  toFormMode,
  toJsonMode,
  withRuleEdit,
  withText,
  type PolicyJson,
} from './policy-form';

const policy = lyngen as unknown as PolicyJson;
type Rules = { threshold: unknown; approaching?: unknown; comparison: string; trigger: { notify: string[]; actWithin: unknown } }[];
const rulesOf = (p: PolicyJson) => p.rules as Rules;

describe('the rule form', () => {
  it('shows each rule’s numbers with a decimal comma, its recipients and its deadline', () => {
    const edits = editsFrom(policy, ',')!;
    expect(edits.map((e) => e.id)).toEqual(['ten-percent-term', 'ten-single-lessons-term', 'late-arrivals-month']);
    expect(edits[0]).toMatchObject({ measure: 'absencePercent', comparison: 'atLeast', threshold: '10', approaching: '8', due: 'sameDay' });
    expect(edits[0]!.notify).toEqual(['contactTeacher', 'guardians']);
    expect(editsFrom({ ...policy, rules: 'none' }, ',')).toBeNull();
  });

  it('reads «12,5» and «12.5» alike, and nothing else as a number', () => {
    expect(parseNumberInput('12,5')).toBe(12.5);
    expect(parseNumberInput(' 12.5 ')).toBe(12.5);
    expect(parseNumberInput('')).toBeNaN();
    expect(parseNumberInput('12 %')).toBeNaN();
  });

  it('writes a raised threshold into a copy and keeps everything the form does not show', () => {
    let state = startEditor(policy, 'current', 'lyngen', ',');
    state = withRuleEdit(state, 0, { threshold: '12,5', approaching: '', due: 'schoolDays', schoolDays: '3', notify: ['leadership', 'contactTeacher'] });
    const { policy: saved, problems } = policyToSave(state);
    expect(problems).toEqual({});
    const rule = rulesOf(saved!)[0]!;
    expect(rule.threshold).toBe(12.5);
    expect('approaching' in rule).toBe(false);
    expect(rule.trigger.actWithin).toEqual({ schoolDays: 3 });
    // The rule's own order first, a new recipient after.
    expect(rule.trigger.notify).toEqual(['contactTeacher', 'leadership']);
    expect(parsePolicy(saved).ok).toBe(true);
    expect((saved!.staircase as { steps: unknown[] }).steps).toHaveLength(4);
    expect(rulesOf(policy)[0]!.threshold).toBe(10);
  });

  it('finds the common mistakes before the server does, on the exact limits of the format', () => {
    const [edit] = editsFrom(policy, ',')!;
    expect(checkRule({ ...edit!, threshold: '' })).toEqual({ threshold: { key: 'number' } });
    expect(checkRule({ ...edit!, threshold: '101' }).threshold).toEqual({ key: 'percentRange' });
    expect(checkRule({ ...edit!, threshold: '0', approaching: '' }).threshold).toEqual({ key: 'aboveZero' });
    expect(checkRule({ ...edit!, threshold: '100', comparison: 'moreThan' }).threshold).toEqual({ key: 'below100' });
    expect(checkRule({ ...edit!, threshold: '99,9', comparison: 'moreThan' })).toEqual({});
    expect(checkRule({ ...edit!, approaching: '10' }).approaching).toEqual({ key: 'approachingBelow', values: { threshold: '10' } });
    expect(checkRule({ ...edit!, approaching: '9,9' })).toEqual({});
    expect(checkRule({ ...edit!, notify: [] }).notify).toEqual({ key: 'notify' });
    expect(checkRule({ ...edit!, due: 'schoolDays', schoolDays: '0' }).due).toEqual({ key: 'schoolDays' });
    expect(checkRule({ ...edit!, due: 'schoolDays', schoolDays: '190' })).toEqual({});
    const count = editsFrom(policy, ',')![1]!;
    expect(checkRule({ ...count, threshold: '10,5' }).threshold).toEqual({ key: 'whole' });
  });

  it('keys its findings by rule and field', () => {
    const edits = editsFrom(policy, ',')!.map((e) => (e.index === 2 ? { ...e, notify: [] } : e));
    expect(Object.keys(applyEdits(policy, edits).problems)).toEqual(['2.notify']);
  });
});

describe("the server's field problems", () => {
  it('land on the form field they name', () => {
    expect(fieldOfPath('policy.rules[0].threshold')).toBe('0.threshold');
    expect(fieldOfPath('policy.rules[12].approaching')).toBe('12.approaching');
    expect(fieldOfPath('policy.rules[1].trigger.notify[0]')).toBe('1.notify');
    expect(fieldOfPath('policy.rules[1].trigger.actWithin.schoolDays')).toBe('1.due');
    expect(fieldOfPath('policy.rules[0].threshhold')).toBeNull();
    expect(fieldOfPath('policy.rules[0].window.kind')).toBeNull();
  });

  it('are listed with the path the documentation uses', () => {
    expect(displayPath('policy.rules[0].threshhold')).toBe('rules[0].threshhold');
    expect(displayPath('policy')).toBe('policy');
    expect(displayPath('body.policy.name')).toBe('name');
  });
});

describe('the JSON editor', () => {
  it('shows the form’s values in the documented order, and takes the text back into the form', () => {
    let state = withRuleEdit(startEditor(policy, 'current', 'lyngen', ','), 0, { threshold: '12' });
    state = toJsonMode(state);
    expect(state.text).toContain('"threshold": 12,');
    expect(state.text.indexOf('"id"')).toBeLessThan(state.text.indexOf('"rules"'));
    state = withText(state, state.text.replace('"threshold": 12,', '"threshold": 14,'));
    state = toFormMode(state, ',');
    expect(state.mode).toBe('form');
    expect(state.edits![0]!.threshold).toBe('14');
  });

  it('keeps a text that is not JSON in the editor, saying where it goes wrong', () => {
    let state = toJsonMode(startEditor(policy, 'current', null, ','));
    state = withText(state, '{\n  "id": "x",\n  "rules": [}\n');
    expect(state.textProblem).toMatchObject({ line: 3, column: 13 });
    expect(toFormMode(state, ',').mode).toBe('json');
    expect(policyToSave(state).policy).toBeNull();
  });

  it('tells a change from the rules in force whatever order the database kept the fields in', () => {
    const stored = Object.fromEntries(Object.entries(policy).sort(([a], [b]) => a.localeCompare(b))) as PolicyJson;
    const reordered = { ...Object.fromEntries(Object.entries(policy).reverse()), version: 7 };
    expect(isChanged(policy, reordered)).toBe(false);
    expect(isChanged(policy, { ...policy, name: 'Ny' })).toBe(true);
    expect(policyToText(stored).startsWith('{\n  "id"')).toBe(true);
  });
});
