// The category data as the domain uses it: every version resolved to a full
// list, in date order, and the version in force on a given date. The bundled
// file (presets/regulation/absence-categories.json) is checked the first time it is asked
// for; the tests check it too, so a broken file never reaches a school.
import bundled from '../../../presets/regulation/absence-categories.json' with { type: 'json' };
import { categoriesFileSchema, type CategoriesFile, type Category, type RulesVersion } from './categories-schema.js';

/** All versions of the rules, oldest first. */
export interface AbsenceRules {
  readonly versions: readonly RulesVersion[];
}

export type ParseResult = { ok: true; rules: AbsenceRules } | { ok: false; problems: string[] };

/** Checks a categories file and resolves every version; problems name the place in the file. */
export function parseAbsenceRules(input: unknown): ParseResult {
  const parsed = categoriesFileSchema.safeParse(input);
  if (!parsed.success) {
    return { ok: false, problems: parsed.error.issues.map((i) => `${i.path.join('.') || '(file)'}: ${i.message}`) };
  }
  return resolve(parsed.data);
}

function resolve(file: CategoriesFile): ParseResult {
  const problems: string[] = [];
  const resolved: RulesVersion[] = [];
  let previous = '';
  file.versions.forEach((v, i) => {
    if (v.appliesFrom <= previous) problems.push(`versions.${i}.appliesFrom: versions must be in date order, each later than the one before`);
    previous = v.appliesFrom;
    let categories: Category[];
    let base: Omit<RulesVersion, 'categories' | 'byCode' | 'appliesFrom' | 'amendedBy'>;
    if ('categories' in v) {
      categories = [...v.categories];
      base = { limit: v.limit, certificate: v.certificate, withoutReason: v.withoutReason };
    } else {
      const parent = resolved.find((r) => r.appliesFrom === v.inherits);
      if (parent === undefined) {
        problems.push(`versions.${i}.inherits: no earlier version applies from ${v.inherits}`);
        return;
      }
      categories = [...parent.categories];
      for (const gone of v.removeCategories ?? []) {
        if (!categories.some((c) => c.code === gone)) problems.push(`versions.${i}.removeCategories: ${gone} is not in ${v.inherits}`);
        categories = categories.filter((c) => c.code !== gone);
      }
      for (const changed of v.changeCategories ?? []) {
        const at = categories.findIndex((c) => c.code === changed.code);
        if (at < 0) problems.push(`versions.${i}.changeCategories: ${changed.code} is not in ${v.inherits}`);
        else categories[at] = changed;
      }
      for (const { after, ...added } of v.addCategories ?? []) {
        if (categories.some((c) => c.code === added.code)) {
          problems.push(`versions.${i}.addCategories: ${added.code} is there already`);
          continue;
        }
        const at = after === undefined ? -1 : categories.findIndex((c) => c.code === after);
        if (after !== undefined && at < 0) problems.push(`versions.${i}.addCategories: ${added.code} comes after ${after}, which is not there`);
        categories.splice(at < 0 ? categories.length : at + 1, 0, added);
      }
      base = {
        limit: v.limit ?? parent.limit,
        certificate: v.certificate ?? parent.certificate,
        withoutReason: v.withoutReason ?? parent.withoutReason,
      };
    }
    const byCode = new Map<string, Category>();
    for (const c of categories) {
      if (byCode.has(c.code)) problems.push(`versions.${i}: the code ${c.code} is listed twice`);
      byCode.set(c.code, c);
      if (c.limit === 'health' && c.evidence === undefined) problems.push(`versions.${i}: ${c.code} is a health code and needs evidence`);
      if (c.limit !== 'health' && c.evidence !== undefined) problems.push(`versions.${i}: ${c.code} is not a health code and takes no evidence`);
    }
    if (base.limit.discretionPercent <= base.limit.percent) {
      problems.push(`versions.${i}.limit: the principal's discretion must reach above the limit`);
    }
    resolved.push({ appliesFrom: v.appliesFrom, amendedBy: v.amendedBy, ...base, categories, byCode });
  });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, rules: { versions: resolved } };
}

let bundledRules: AbsenceRules | undefined;

/** The rules Nærvær ships with. Throws if the bundled file is broken (the tests make sure it is not). */
export function absenceRules(): AbsenceRules {
  if (bundledRules === undefined) {
    const result = parseAbsenceRules(bundled);
    if (!result.ok) throw new Error(`presets/regulation/absence-categories.json is not valid: ${result.problems.join('; ')}`);
    bundledRules = result.rules;
  }
  return bundledRules;
}

/**
 * The version in force on a date. Marks from before the first version we
 * describe (1 August 2025) are judged by the first version, and `before` says
 * so, so that a screen can tell the reader.
 */
export function versionOn(rules: AbsenceRules, date: string): { version: RulesVersion; before: boolean } {
  const { versions } = rules;
  let found: RulesVersion | undefined;
  for (const v of versions) {
    if (v.appliesFrom <= date) found = v;
    else break;
  }
  const first = versions[0] as RulesVersion;
  return found === undefined ? { version: first, before: true } : { version: found, before: false };
}

/** The version that applies now: the one the database's absence_reasons table mirrors. */
export function currentVersion(rules: AbsenceRules, today: string): RulesVersion {
  return versionOn(rules, today).version;
}

/** Every code any version has used, so that none is ever dropped from the database. */
export function allCodes(rules: AbsenceRules): string[] {
  const codes = new Set<string>();
  for (const v of rules.versions) for (const c of v.categories) codes.add(c.code);
  return [...codes];
}
