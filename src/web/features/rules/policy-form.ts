// The administrator's editor for the owner's rules, as pure state: a policy
// (JSON as the server keeps it), the form's fields for each rule's numbers,
// recipients and deadline, and the same policy as JSON text for everything
// else. The form writes into a copy of the policy, so whatever the form does
// not show (filters, windows, the staircase) is kept as it was. The server
// checks the whole policy when it is saved; the checks here only give the
// common mistakes a message in the user's language at once.
import { readJsonText } from '../../../domain/rules/json-text';
import { MEASURE_INFO, MEASURES, type Measure } from '../../../domain/rules/measures';
import { RECIPIENTS } from '../../../domain/rules/policy-schema';

export type PolicyJson = Record<string, unknown>;
export type Decimal = ',' | '.';

export const RULE_FIELDS = ['comparison', 'threshold', 'approaching', 'notify', 'due'] as const;
export type RuleField = (typeof RULE_FIELDS)[number];
/** A form field: the rule's place in the list and the field, e.g. '2.threshold'. */
export type FieldKey = `${number}.${RuleField}`;

export interface RuleEdit {
  /** The rule's place in policy.rules. */
  index: number;
  id: string;
  name: string;
  measure: Measure | null;
  comparison: 'atLeast' | 'moreThan';
  threshold: string;
  approaching: string;
  notify: string[];
  due: 'sameDay' | 'schoolDays';
  schoolDays: string;
}

/** A message key in the `rules` namespace (under check.) with its values. */
export interface Problem {
  key: string;
  values?: Record<string, string | number>;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export function numberToInput(value: unknown, decimal: Decimal): string {
  if (typeof value !== 'number' || !Number.isFinite(value)) return '';
  return decimal === ',' ? String(value).replace('.', ',') : String(value);
}

/** «12,5» and «12.5» alike; NaN for anything else, also an empty field. */
export function parseNumberInput(text: string): number {
  const trimmed = text.trim().replace(/\s/g, '').replace(',', '.');
  if (!/^-?\d+(\.\d+)?$/.test(trimmed)) return Number.NaN;
  return Number(trimmed);
}

/** The form's fields for each rule; null when the policy's rules are not a list the form can show. */
export function editsFrom(policy: PolicyJson, decimal: Decimal): RuleEdit[] | null {
  const rules = policy.rules;
  if (!Array.isArray(rules)) return null;
  return rules.map((raw: unknown, index) => {
    const rule = isObject(raw) ? raw : {};
    const trigger = isObject(rule.trigger) ? rule.trigger : {};
    const actWithin = trigger.actWithin;
    const schoolDays = isObject(actWithin) ? actWithin.schoolDays : undefined;
    return {
      index,
      id: typeof rule.id === 'string' ? rule.id : '',
      name: typeof rule.name === 'string' ? rule.name : '',
      measure: (MEASURES as readonly unknown[]).includes(rule.measure) ? (rule.measure as Measure) : null,
      comparison: rule.comparison === 'moreThan' ? 'moreThan' : 'atLeast',
      threshold: numberToInput(rule.threshold, decimal),
      approaching: numberToInput(rule.approaching, decimal),
      notify: Array.isArray(trigger.notify) ? trigger.notify.filter((r): r is string => typeof r === 'string') : [],
      due: isObject(actWithin) ? 'schoolDays' : 'sameDay',
      schoolDays: numberToInput(schoolDays, decimal),
    };
  });
}

/** The recipients in the order the rule had them, new ones after in the format's order. */
function orderedNotify(before: readonly unknown[], chosen: readonly string[]): string[] {
  const kept = before.filter((r): r is string => typeof r === 'string' && chosen.includes(r));
  const added = RECIPIENTS.filter((r) => chosen.includes(r) && !kept.includes(r));
  const unknown = chosen.filter((r) => !kept.includes(r) && !(RECIPIENTS as readonly string[]).includes(r));
  return [...kept, ...added, ...unknown];
}

function checkNumber(measure: Measure | null, value: number): Problem | null {
  if (Number.isNaN(value)) return { key: 'number' };
  if (measure === null) return null;
  if (MEASURE_INFO[measure].kind === 'percent') return value < 0 || value > 100 ? { key: 'percentRange' } : null;
  return !Number.isInteger(value) || value < 0 ? { key: 'whole' } : null;
}

/** The rule's limits as the format requires them (src/domain/rules/policy-schema.ts), told in the user's words. */
export function checkRule(edit: RuleEdit): Partial<Record<RuleField, Problem>> {
  const problems: Partial<Record<RuleField, Problem>> = {};
  const threshold = parseNumberInput(edit.threshold);
  const percent = edit.measure !== null && MEASURE_INFO[edit.measure].kind === 'percent';
  const thresholdProblem = checkNumber(edit.measure, threshold);
  if (thresholdProblem) problems.threshold = thresholdProblem;
  else if (edit.comparison === 'atLeast' && threshold <= 0) problems.threshold = { key: 'aboveZero' };
  else if (percent && edit.comparison === 'moreThan' && threshold >= 100) problems.threshold = { key: 'below100' };
  if (edit.approaching.trim() !== '') {
    const approaching = parseNumberInput(edit.approaching);
    const approachingProblem = checkNumber(edit.measure, approaching);
    if (approachingProblem) problems.approaching = approachingProblem;
    else if (!Number.isNaN(threshold) && approaching >= threshold) {
      problems.approaching = { key: 'approachingBelow', values: { threshold: edit.threshold.trim() } };
    } else if (edit.comparison === 'atLeast' && approaching <= 0) problems.approaching = { key: 'aboveZero' };
  }
  if (edit.notify.length === 0) problems.notify = { key: 'notify' };
  if (edit.due === 'schoolDays') {
    const days = parseNumberInput(edit.schoolDays);
    if (!Number.isInteger(days) || days < 1 || days > 190) problems.due = { key: 'schoolDays' };
  }
  return problems;
}

/** The policy with the form's values written in, and what the form finds wrong. */
export function applyEdits(policy: PolicyJson, edits: readonly RuleEdit[]): { policy: PolicyJson; problems: Partial<Record<FieldKey, Problem>> } {
  const copy = structuredClone(policy);
  const problems: Partial<Record<FieldKey, Problem>> = {};
  const rules = Array.isArray(copy.rules) ? (copy.rules as unknown[]) : [];
  for (const edit of edits) {
    const rule = rules[edit.index];
    if (!isObject(rule)) continue;
    rule.comparison = edit.comparison;
    const threshold = parseNumberInput(edit.threshold);
    // A field that is not a number yet is left as typed, so the JSON shows what the form holds.
    rule.threshold = Number.isNaN(threshold) ? edit.threshold : threshold;
    if (edit.approaching.trim() === '') delete rule.approaching;
    else {
      const approaching = parseNumberInput(edit.approaching);
      rule.approaching = Number.isNaN(approaching) ? edit.approaching : approaching;
    }
    const trigger = isObject(rule.trigger) ? rule.trigger : (rule.trigger = {});
    trigger.notify = orderedNotify(Array.isArray(trigger.notify) ? trigger.notify : [], edit.notify);
    if (edit.due === 'sameDay') trigger.actWithin = 'sameDay';
    else {
      const days = parseNumberInput(edit.schoolDays);
      trigger.actWithin = { schoolDays: Number.isNaN(days) ? edit.schoolDays : days };
    }
    for (const [field, problem] of Object.entries(checkRule(edit)) as [RuleField, Problem][]) {
      problems[`${edit.index}.${field}`] = problem;
    }
  }
  return { policy: copy, problems };
}

/** 'rules[2].threshold' from the server's 'policy.rules[2].threshold' (or a request field's 'body.policy…'). */
export function displayPath(path: string): string {
  return path.replace(/^body\./, '').replace(/^policy\.?/, '') || 'policy';
}

/** Which form field a problem the server found belongs to, if the form shows it. */
export function fieldOfPath(path: string): FieldKey | null {
  const inner = displayPath(path);
  const match = /^rules\[(\d+)\]\.(comparison|threshold|approaching|trigger\.notify|trigger\.actWithin)(?:$|[.[])/.exec(inner);
  if (!match) return null;
  const field: RuleField =
    match[2] === 'trigger.notify' ? 'notify' : match[2] === 'trigger.actWithin' ? 'due' : (match[2] as RuleField);
  return `${Number(match[1])}.${field}`;
}

export type JsonProblem = { line: number; column: number; reason: string };

/** The JSON editor's text as a policy object, or where the text goes wrong. */
export function policyFromText(text: string): { ok: true; policy: PolicyJson } | ({ ok: false } & JsonProblem) {
  const read = readJsonText(text);
  if (!read.ok) return { ok: false, line: read.line, column: read.column, reason: read.reason };
  if (!isObject(read.value)) return { ok: false, line: 1, column: 1, reason: 'the rule set must be one object ({ ... })' };
  return { ok: true, policy: read.value };
}

// The fields in the order docs/policies.md gives them. The database keeps JSON
// with its keys in an order of its own (jsonb), which reads badly by hand.
const POLICY_ORDER = ['id', 'version', 'name', 'description', 'source', 'appliesTo', 'staircase', 'deadlines', 'rules'];
const RULE_ORDER = ['id', 'name', 'description', 'measure', 'filter', 'window', 'comparison', 'threshold', 'approaching', 'minimumBase', 'provenance', 'trigger'];
const STEP_ORDER = ['id', 'number', 'name', 'description', 'actWithin', 'followUp', 'meetEvery'];
const TRIGGER_ORDER = ['level', 'step', 'notify', 'actWithin', 'note'];
const SOURCE_ORDER = ['title', 'publisher', 'reference', 'url', 'note'];

function ordered(value: unknown, order: readonly string[]): unknown {
  if (!isObject(value)) return value;
  const keys = [...order.filter((k) => k in value), ...Object.keys(value).filter((k) => !order.includes(k))];
  return Object.fromEntries(keys.map((k) => [k, value[k]]));
}

/** The policy with its fields in the documented order, for people to read and edit. */
export function tidyPolicy(policy: PolicyJson): PolicyJson {
  const top = ordered(policy, POLICY_ORDER) as PolicyJson;
  if (isObject(top.source)) top.source = ordered(top.source, SOURCE_ORDER);
  if (isObject(top.staircase) && Array.isArray(top.staircase.steps)) {
    top.staircase = { ...top.staircase, steps: top.staircase.steps.map((s: unknown) => ordered(s, STEP_ORDER)) };
  }
  if (Array.isArray(top.rules)) {
    top.rules = top.rules.map((r: unknown) => {
      const rule = ordered(r, RULE_ORDER);
      return isObject(rule) && isObject(rule.trigger) ? { ...rule, trigger: ordered(rule.trigger, TRIGGER_ORDER) } : rule;
    });
  }
  return top;
}

export const policyToText = (policy: PolicyJson) => `${JSON.stringify(tidyPolicy(policy), null, 2)}\n`;

/** JSON with every object's keys sorted: two policies compare equal whatever order their fields came in. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (isObject(value)) {
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical(value[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

export interface EditorState {
  /** What the editor started from: 'current', a preset id, or 'version:N'. */
  startId: string;
  start: PolicyJson;
  basedOn: string | null;
  mode: 'form' | 'json';
  /** What the form writes into; replaced when the JSON text is taken back into the form. */
  base: PolicyJson;
  edits: RuleEdit[] | null;
  text: string;
  textProblem: JsonProblem | null;
  note: string;
}

export function startEditor(policy: PolicyJson, startId: string, basedOn: string | null, decimal: Decimal): EditorState {
  const tidy = tidyPolicy(policy);
  return {
    startId,
    start: tidy,
    basedOn,
    mode: 'form',
    base: tidy,
    edits: editsFrom(tidy, decimal),
    text: policyToText(policy),
    textProblem: null,
    note: '',
  };
}

export function withRuleEdit(state: EditorState, index: number, change: Partial<RuleEdit>): EditorState {
  if (!state.edits) return state;
  return { ...state, edits: state.edits.map((e) => (e.index === index ? { ...e, ...change } : e)) };
}

/** To the JSON text: the text shows the form's values. */
export function toJsonMode(state: EditorState): EditorState {
  if (state.mode === 'json') return state;
  const policy = state.edits ? applyEdits(state.base, state.edits).policy : state.base;
  return { ...state, mode: 'json', text: policyToText(policy), textProblem: null };
}

export function withText(state: EditorState, text: string): EditorState {
  const read = policyFromText(text);
  return { ...state, text, textProblem: read.ok ? null : { line: read.line, column: read.column, reason: read.reason } };
}

/** Back to the form, with what the text now says; a text that is not JSON stays in the JSON editor. */
export function toFormMode(state: EditorState, decimal: Decimal): EditorState {
  if (state.mode === 'form') return state;
  const read = policyFromText(state.text);
  if (!read.ok) return { ...state, textProblem: { line: read.line, column: read.column, reason: read.reason } };
  return { ...state, mode: 'form', base: read.policy, edits: editsFrom(read.policy, decimal), textProblem: null };
}

/** The policy to save, or null while the JSON text is not JSON; with the form's own findings. */
export function policyToSave(state: EditorState): { policy: PolicyJson | null; problems: Partial<Record<FieldKey, Problem>> } {
  if (state.mode === 'json') {
    const read = policyFromText(state.text);
    return { policy: read.ok ? read.policy : null, problems: {} };
  }
  return state.edits ? applyEdits(state.base, state.edits) : { policy: state.base, problems: {} };
}

/** Whether the policy differs from the one in force (the version number aside: the server sets it). */
export function isChanged(inForce: PolicyJson, policy: PolicyJson): boolean {
  return canonical({ ...policy, version: null }) !== canonical({ ...inForce, version: null });
}
