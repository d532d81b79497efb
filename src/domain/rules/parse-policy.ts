// Turning a policy someone wrote into a checked `Policy`, or into a list of
// what is wrong with it, each with the path to the field ("rules[2].window.kind")
// and a reason an administrator can act on.
import type { z } from 'zod';
import { readJsonText } from './json-text.js';
import { policySchema, type Policy } from './policy-schema.js';

export interface PolicyProblem {
  /** Where, e.g. 'rules[2].threshold'; '' for the policy as a whole. */
  path: string;
  message: string;
  /** For a syntax error in JSON text: where in the text. */
  line?: number;
  column?: number;
}

export type PolicyResult = { ok: true; policy: Policy } | { ok: false; problems: PolicyProblem[] };

/** 'rules[2].window.kind' from ['rules', 2, 'window', 'kind']. */
export function formatPath(path: readonly PropertyKey[]): string {
  let result = '';
  for (const part of path) {
    if (typeof part === 'number') result += `[${part}]`;
    else result += result === '' ? String(part) : `.${String(part)}`;
  }
  return result;
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let current = root;
  for (const part of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[part];
  }
  return current;
}

const EXPECTED: Partial<Record<string, string>> = {
  object: 'an object ({ ... })',
  array: 'a list ([ ... ])',
  string: 'a text',
  number: 'a number',
  boolean: 'true or false',
};

/** zod's issues in the policy's own words: a missing field says so, an unknown one names itself. */
export function describeIssues(issues: readonly z.core.$ZodIssue[], input: unknown): PolicyProblem[] {
  const problems: PolicyProblem[] = [];
  for (const issue of issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        problems.push({ path: formatPath([...issue.path, key]), message: 'is not a field here; check the spelling, or remove it' });
      }
      continue;
    }
    let message = issue.message;
    if (issue.code === 'invalid_type' && message.startsWith('Invalid input')) {
      message = `must be ${EXPECTED[issue.expected] ?? issue.expected}`;
    }
    if (issue.code === 'invalid_type' && valueAt(input, issue.path) === undefined) message = `is required: ${message}`;
    problems.push({ path: formatPath(issue.path), message });
  }
  return problems;
}

/** Checks a policy given as a value (e.g. parsed JSON, or a row from the database). */
export function parsePolicy(input: unknown): PolicyResult {
  const result = policySchema.safeParse(input);
  if (result.success) return { ok: true, policy: result.data };
  return { ok: false, problems: describeIssues(result.error.issues, input) };
}

/** Checks a policy given as JSON text; a syntax error comes with its line and column. */
export function parsePolicyJson(text: string): PolicyResult {
  const read = readJsonText(text);
  if (!read.ok) return { ok: false, problems: [{ path: '', message: read.reason, line: read.line, column: read.column }] };
  return parsePolicy(read.value);
}
