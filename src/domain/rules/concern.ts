// What the evaluator gives back: a concern about one pupil, from one rule, in
// one window (and subject), with the dates behind it and who is to act by when.
import { isAdultOn } from '../age.js';
import type { Measure } from './measures.js';
import type { Comparison, Level, Recipient } from './policy-schema.js';

/**
 * `guardiansOrPupil` stands for `guardians` when the pupil's birth date is not
 * known: the guardians if the pupil is under 18, else the pupil. The caller
 * has to look the age up before anybody is told.
 */
export type NotifyTarget = Recipient | 'guardiansOrPupil';

export interface Concern {
  /**
   * Stable across evaluations: rule, window and subject (and whether it is
   * only approaching). The caller stores it and does not raise the concern
   * again; a rule fires once per window.
   */
  key: string;
  rule: string;
  ruleName: string;
  measure: Measure;
  level: Level;
  comparison: Comparison;
  /** Exact; round only for display. */
  value: number;
  threshold: number;
  /** The value has reached the rule's `approaching` level but not its threshold, in a window still running. */
  approaching: boolean;
  /** The base of a percentage (held lessons or school days); null for a count. */
  base: number | null;
  /** The window's own bounds; `until` is the last day counted. */
  window: { kind: string; from: string; to: string; until: string; label?: string };
  /** Subject code, for rules judged per subject. */
  subject?: string;
  subjectId?: string;
  /** The dates that make the value, in order. */
  evidence: string[];
  notify: NotifyTarget[];
  /** The school day by which the trigger is to be acted on, counted from the as-of date. */
  dueBy: string;
  step?: { id: string; number: number; name: string };
}

export function concernKey(ruleId: string, window: { from: string; to: string }, subjectId: string | null, approaching: boolean): string {
  return [ruleId, window.from, window.to, subjectId ?? '', ...(approaching ? ['approaching'] : [])].join('|');
}

/**
 * The recipients of a trigger for this pupil: from 18 the pupil is told
 * instead of the guardians (the Education Act gives adult pupils the notices).
 */
export function resolveRecipients(recipients: readonly Recipient[], birthDate: string | null | undefined, asOf: string): NotifyTarget[] {
  const result: NotifyTarget[] = [];
  const add = (target: NotifyTarget) => {
    if (!result.includes(target)) result.push(target);
  };
  for (const recipient of recipients) {
    if (recipient !== 'guardians') add(recipient);
    else if (birthDate === null || birthDate === undefined) add('guardiansOrPupil');
    else add(isAdultOn(birthDate, asOf) ? 'pupil' : 'guardians');
  }
  return result;
}

export const meets = (value: number, comparison: Comparison, limit: number): boolean =>
  comparison === 'atLeast' ? value >= limit : value > limit;

/** A concern whose newest absence is more than this many days old when raised is not news. */
export const NEWS_DAYS = 14;

const daysBetween = (from: string, to: string) => Math.round((Date.UTC(+to.slice(0, 4), +to.slice(5, 7) - 1, +to.slice(8, 10)) - Date.UTC(+from.slice(0, 4), +from.slice(5, 7) - 1, +from.slice(8, 10))) / 86_400_000);

/**
 * Whether a concern raised on `asOf` is news: its newest date lies within
 * NEWS_DAYS. A concern that is not (September's, found in December when a
 * school starts using Nærvær) is kept on record but asks nobody to act: the
 * chance to act on it has passed, and a letter about it would only confuse.
 */
export function isNews(concern: Pick<Concern, 'evidence' | 'window'>, asOf: string): boolean {
  const newest = concern.evidence[concern.evidence.length - 1] ?? concern.window.until;
  return daysBetween(newest, asOf) <= NEWS_DAYS;
}
