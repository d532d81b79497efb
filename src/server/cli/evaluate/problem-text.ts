// Import problems in words, for the terminal: the same catalogue texts the
// import page shows (English), with the line and column in front.
import enImports from '../../../i18n/locales/en/imports.json' with { type: 'json' };
import type { ImportProblem } from '../../../domain/import/problems.js';
import type { PolicyProblem } from '../../../domain/rules/parse-policy.js';

type Catalogue = { [key: string]: string | Catalogue };

function lookup(key: string): string | undefined {
  let node: string | Catalogue | undefined = enImports as Catalogue;
  for (const part of key.split('.')) {
    if (typeof node !== 'object') return undefined;
    node = node[part];
  }
  return typeof node === 'string' ? node : undefined;
}

export function importProblemText(p: ImportProblem): string {
  const template = lookup(p.reason) ?? p.reason;
  const message = template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(p.params[name] ?? `{{${name}}}`));
  const where = [p.line === null ? 'the whole file' : `line ${p.line}`, ...(p.column === null ? [] : [`column ${p.column}`])];
  return `${where.join(', ')}: ${message}`;
}

/** A policy or calendar problem: where in the text for a syntax error, else the path to the field. */
export function policyProblemText(p: PolicyProblem): string {
  if (p.line !== undefined) return `line ${p.line}, column ${p.column ?? 1}: ${p.message}`;
  return `${p.path === '' ? '(the whole file)' : p.path}: ${p.message}`;
}
