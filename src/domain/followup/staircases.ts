// The staircases Nærvær ships with, one for each policy preset that has a
// staircase, each following the same source document as its policy. They are
// data files in presets/staircases/ so that an owner can copy one and change
// it; bundled here so that the server uses them without reading files.
import lyngen from '../../../presets/staircases/lyngen.json' with { type: 'json' };
import nittedal from '../../../presets/staircases/nittedal.json' with { type: 'json' };
import tromsVgs from '../../../presets/staircases/troms-vgs.json' with { type: 'json' };
import { describeIssues, type PolicyProblem } from '../rules/parse-policy.js';
import { readJsonText } from '../rules/json-text.js';
import type { Policy } from '../rules/policy-schema.js';
import { staircaseSchema, type Staircase, type StaircaseStepDefinition } from './staircase-schema.js';

export const STAIRCASE_PRESET_IDS = ['lyngen', 'nittedal', 'troms-vgs'] as const;
export type StaircasePresetId = (typeof STAIRCASE_PRESET_IDS)[number];

const RAW: Record<StaircasePresetId, unknown> = { lyngen, nittedal, 'troms-vgs': tromsVgs };

export type StaircaseResult = { ok: true; staircase: Staircase } | { ok: false; problems: PolicyProblem[] };

/** Checks a staircase given as a value, with problems in the same form as a policy's. */
export function parseStaircase(input: unknown): StaircaseResult {
  const result = staircaseSchema.safeParse(input);
  if (result.success) return { ok: true, staircase: result.data };
  return { ok: false, problems: describeIssues(result.error.issues, input) };
}

/** Checks a staircase given as JSON text; a syntax error comes with its line and column. */
export function parseStaircaseJson(text: string): StaircaseResult {
  const read = readJsonText(text);
  if (!read.ok) return { ok: false, problems: [{ path: '', message: read.reason, line: read.line, column: read.column }] };
  return parseStaircase(read.value);
}

const parsed = new Map<StaircasePresetId, Staircase>();

export const isStaircasePresetId = (id: string): id is StaircasePresetId => (STAIRCASE_PRESET_IDS as readonly string[]).includes(id);

/** The preset as a checked staircase. Throws if the bundled file is invalid (the tests make sure it is not). */
export function getStaircasePreset(id: StaircasePresetId): Staircase {
  let staircase = parsed.get(id);
  if (staircase === undefined) {
    const result = parseStaircase(RAW[id]);
    if (!result.ok) {
      const problems = result.problems.map((p) => `${p.path || '(staircase)'}: ${p.message}`).join('; ');
      throw new Error(`The staircase preset ${id} is not valid: ${problems}`);
    }
    staircase = result.staircase;
    parsed.set(id, staircase);
  }
  return structuredClone(staircase);
}

/** A step by its id or its number, as a rule's trigger names it. */
export function findStep(staircase: Staircase, ref: string | number): StaircaseStepDefinition | undefined {
  return staircase.steps.find((step) => (typeof ref === 'number' ? step.number === ref : step.id === ref));
}

/**
 * Where a staircase and the policy beside it disagree: every step the policy
 * names must be in the staircase with the same id and number, or a concern
 * would open the wrong step. Empty when they agree.
 */
export function staircaseMismatches(staircase: Staircase, policy: Policy): string[] {
  const problems: string[] = [];
  for (const step of policy.staircase?.steps ?? []) {
    const same = staircase.steps.find((s) => s.id === step.id);
    if (same === undefined) problems.push(`the policy's step ${step.number} "${step.id}" is not in the staircase`);
    else if (same.number !== step.number) problems.push(`step "${step.id}" is number ${step.number} in the policy but ${same.number} in the staircase`);
  }
  for (const step of staircase.steps) {
    if (policy.staircase && !policy.staircase.steps.some((s) => s.id === step.id)) {
      problems.push(`the staircase's step ${step.number} "${step.id}" is not in the policy`);
    }
  }
  return problems;
}
