// What one mark is for the upper-secondary absence limit, by the category data
// in force on the mark's date. This is the one definition of which absence
// counts; the limit arithmetic (limit.ts) adds the two rules that need the
// marks before it: health absence after 10 % is reached (§ 9-8 third
// paragraph) and the two-day cap on religious holidays (second paragraph c).
import type { MarkForFigures } from '../figures/types.js';
import type { Category, RulesVersion } from './categories-schema.js';
import { versionOn, type AbsenceRules } from './categories.js';

/**
 * - `not_absence`: present (M), late (S: presence here; a school that turns late
 *   arrivals into absence registers F), organised study (O), or an F whose reason
 *   is not absence at all;
 * - `exempt`: a documented reason of § 9-8 second paragraph b–i;
 * - `health`: health-related, counts until the limit is reached;
 * - `counts`: everything else absent (no reason, leave, other, an exempt reason
 *   only reported and not documented, a code the rules do not know).
 */
export type MarkClass = 'not_absence' | 'exempt' | 'health' | 'counts';

export interface Classified {
  class: MarkClass;
  /** The category the reason has in the version, if it has one. */
  category: Category | undefined;
  version: RulesVersion;
  /** The mark is older than the first version we describe (see `versionOn`). */
  beforeKnownRules: boolean;
  /** The reason code is not in the version in force on the mark's date. */
  unknownReason: boolean;
}

type MarkFields = Pick<MarkForFigures, 'date' | 'status' | 'documentation' | 'reasonCode'>;

export function classifyMark(mark: MarkFields, rules: AbsenceRules): Classified {
  const { version, before } = versionOn(rules, mark.date);
  return classifyIn(mark, version, before);
}

export function classifyIn(mark: MarkFields, version: RulesVersion, beforeKnownRules = false): Classified {
  const category = mark.reasonCode === null ? undefined : version.byCode.get(mark.reasonCode);
  return {
    class: classOf(mark, category),
    category,
    version,
    beforeKnownRules,
    unknownReason: mark.reasonCode !== null && category === undefined,
  };
}

/** The rule itself, for a mark and its reason's category (undefined: no reason, or one the version does not know). */
function classOf(mark: Pick<MarkFields, 'status' | 'documentation'>, category: Category | undefined): MarkClass {
  if (mark.status !== 'F') return 'not_absence';
  if (category === undefined) return 'counts';
  switch (category.limit) {
    case 'not_absence':
      return 'not_absence';
    case 'exempt_when_documented':
      return mark.documentation === 'documented' ? 'exempt' : 'counts';
    case 'health':
      return 'health';
    case 'counts':
      return 'counts';
  }
}

/**
 * Whether a mark counts toward the limit before the limit is reached: the
 * question the absence figures ask of every mark (`countsTowardLimit` in
 * absence-figures.ts). Health counts here; whether it still counts after 10 %
 * needs the subject's annual hours and is answered by the limit arithmetic.
 */
export function countsBeforeLimit(rules: AbsenceRules): (mark: MarkFields) => boolean {
  // A pupil's marks come in date order: the version rarely changes from one mark to the next.
  let last: RulesVersion | undefined;
  return (mark) => {
    if (mark.status !== 'F') return false;
    if (last === undefined || !inVersion(last, rules, mark.date)) last = versionOn(rules, mark.date).version;
    // classOf without building a Classified: the figures ask this of every absent mark of a whole school.
    const c = classOf(mark, mark.reasonCode === null ? undefined : last.byCode.get(mark.reasonCode));
    return c === 'counts' || c === 'health';
  };
}

function inVersion(version: RulesVersion, rules: AbsenceRules, date: string): boolean {
  if (date < version.appliesFrom) return version === rules.versions[0];
  const next = rules.versions[rules.versions.indexOf(version) + 1];
  return next === undefined || date < next.appliesFrom;
}
