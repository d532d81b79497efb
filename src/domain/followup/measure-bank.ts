// The measure bank: searching it the way people type Norwegian (any case, with
// or without æ, ø and å, in any of the three languages), and suggestions that
// follow from what the mapping found.
import bankData from '../../../presets/measure-banks/naervaer.json' with { type: 'json' };
import type { CauseMapping, CircleMapping, Scaling } from '../../contracts/followup-mapping.js';
import type { Locale } from '../../contracts/locale.js';
import type { LocalizedText } from '../../contracts/localized-text.js';
import { measureBankSchema, type MeasureBank, type MeasureDefinition, type SuggestionCondition } from './measure-bank-schema.js';

let shipped: MeasureBank | undefined;

/** The bank Nærvær ships with (presets/measure-banks/naervaer.json), checked the first time it is asked for. */
export function getMeasureBank(): MeasureBank {
  shipped ??= measureBankSchema.parse(bankData);
  return shipped;
}

/**
 * Folds a text for matching: lower case, accents removed, and the Norwegian
 * letters written as people without a Norwegian keyboard write them, so that
 * «søvn», «sovn» and «soevn» all match, and «på» matches «paa».
 */
export function foldForSearch(text: string): string {
  return text
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .replace(/å/g, 'a')
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .replace(/oe/g, 'o')
    .replace(/aa/g, 'a');
}

const words = (text: string) => foldForSearch(text).split(/[^\p{L}\p{N}]+/u).filter(Boolean);

export interface SearchHit {
  measure: MeasureDefinition;
  score: number;
}

const LOCALES: Locale[] = ['nb', 'nn', 'en'];
const all = (text: LocalizedText | undefined) => (text === undefined ? [] : LOCALES.map((l) => text[l]));

/**
 * Measures whose title, description or category match every word of the
 * query, in any language, best first. A word matches inside a compound
 * («rutine» finds «kveldsrutiner»); matches in the title count most.
 */
export function searchMeasures(bank: MeasureBank, query: string, options: { category?: string; limit?: number } = {}): SearchHit[] {
  const terms = words(query);
  const categories = new Map(bank.categories.map((c) => [c.id, c]));
  const hits: SearchHit[] = [];
  for (const measure of bank.measures) {
    if (options.category !== undefined && measure.category !== options.category) continue;
    const title = all(measure.title).map(foldForSearch);
    const rest = [...all(measure.description), ...all(categories.get(measure.category)?.name)].map(foldForSearch);
    let score = 0;
    let matchesAll = true;
    for (const term of terms) {
      const inTitle = title.some((t) => t.includes(term));
      const atWordStart = title.some((t) => words(t).some((w) => w.startsWith(term)));
      if (inTitle) score += atWordStart ? 3 : 2;
      else if (rest.some((t) => t.includes(term))) score += 1;
      else {
        matchesAll = false;
        break;
      }
    }
    if (matchesAll) hits.push({ measure, score });
  }
  // An empty query lists the bank in its own order; otherwise best first, the bank's order breaking ties.
  const order = new Map(bank.measures.map((m, i) => [m.id, i]));
  hits.sort((a, b) => b.score - a.score || (order.get(a.measure.id) ?? 0) - (order.get(b.measure.id) ?? 0));
  return options.limit === undefined ? hits : hits.slice(0, options.limit);
}

export interface MappingFindings {
  causeMappings?: readonly CauseMapping[];
  scalings?: readonly Scaling[];
  circles?: readonly CircleMapping[];
}

/** Why a measure is suggested: the rule, its text, and what in the mapping matched. */
export interface SuggestionReason {
  rule: string;
  why: LocalizedText;
  evidence: string;
}

export interface Suggestion {
  measure: MeasureDefinition;
  reasons: SuggestionReason[];
  /** How strongly the mapping points at it: the highest cause share behind it, or 100 for a card or a circle. */
  strength: number;
}

function matches(condition: SuggestionCondition, findings: MappingFindings): { evidence: string; strength: number }[] {
  if ('cause' in condition) {
    return (findings.causeMappings ?? [])
      .filter((m) => m.scores[condition.cause] >= condition.atLeast)
      .map((m) => ({ evidence: `${m.perspective}:${condition.cause}=${m.scores[condition.cause]}`, strength: m.scores[condition.cause] }));
  }
  if ('situation' in condition) {
    return (findings.causeMappings ?? [])
      .filter((m) => m.detail.situations.some((s) => s.situation === condition.situation))
      .map((m) => ({ evidence: `${m.perspective}:${condition.situation}`, strength: 100 }));
  }
  if ('part' in condition) {
    return (findings.scalings ?? []).flatMap((s) =>
      s.items
        .filter((item) => 'part' in item && item.part === condition.part && item.score <= condition.atMost)
        .map((item) => ({ evidence: `${s.perspective}:${condition.part}=${item.score}`, strength: (11 - item.score) * 10 })),
    );
  }
  return (findings.circles ?? [])
    .filter((c) => (c.circles[condition.circleRisk]?.risks.length ?? 0) > 0)
    .map(() => ({ evidence: `circle:${condition.circleRisk}`, strength: 100 }));
}

/**
 * The measures the mapping points at, with every reason: sleep problems lead
 * to evening and morning routines, a hard changing room to a changing room of
 * one's own. Most reasons first, then the strongest, then the bank's order.
 * Measures already in the agreement can be left out with `exclude`.
 */
export function suggestMeasures(bank: MeasureBank, findings: MappingFindings, exclude: ReadonlySet<string> = new Set()): Suggestion[] {
  const byId = new Map(bank.measures.map((m) => [m.id, m]));
  const found = new Map<string, Suggestion>();
  for (const rule of bank.suggestions) {
    const hits = matches(rule.when, findings);
    if (hits.length === 0) continue;
    const strength = Math.max(...hits.map((h) => h.strength));
    for (const id of rule.measures) {
      const measure = byId.get(id);
      if (measure === undefined || exclude.has(id)) continue;
      const suggestion = found.get(id) ?? { measure, reasons: [], strength: 0 };
      suggestion.reasons.push({ rule: rule.id, why: rule.why, evidence: hits.map((h) => h.evidence).join(', ') });
      suggestion.strength = Math.max(suggestion.strength, strength);
      found.set(id, suggestion);
    }
  }
  const order = new Map(bank.measures.map((m, i) => [m.id, i]));
  return [...found.values()].sort(
    (a, b) => b.reasons.length - a.reasons.length || b.strength - a.strength || (order.get(a.measure.id) ?? 0) - (order.get(b.measure.id) ?? 0),
  );
}
