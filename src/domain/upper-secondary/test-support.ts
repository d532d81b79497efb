// Builders for readable tests of the upper-secondary rules. Test support only;
// nothing in the product imports it.
import type { MarkForFigures } from '../figures/types.js';
import { mark } from '../figures/test-marks.js';
import { absenceRules } from './categories.js';
import type { LimitInput } from './limit.js';

export const RULES = absenceRules();
export const SCHOOL_YEAR = { from: '2026-08-17', to: '2027-06-18' } as const;
export const AS_OF = '2026-12-01';

/** Norwegian with 75 annual hours: 4,500 minutes, so 10 % is ten lessons of 45 minutes and 15 % fifteen. */
export const NORWEGIAN_75 = { subjectId: 'subj-nor', annualHours: 75 } as const;

/** The n-th school lesson from 1 September 2026, 8 a day, in Norwegian, 45 minutes. */
export function nth(i: number, extra: Partial<MarkForFigures> = {}): MarkForFigures {
  const day = 1 + Math.floor(i / 8);
  return mark(`2026-09-${String(day).padStart(2, '0')}`, (i % 8) + 1, extra.status ?? 'M', { ...extra, lessonId: 1000 + i });
}

/** `n` absent lessons, undocumented unless told otherwise, starting at lesson `from`. */
export function absent(n: number, extra: Partial<MarkForFigures> = {}, from = 0): MarkForFigures[] {
  return Array.from({ length: n }, (_, k) => nth(from + k, { status: 'F', ...extra }));
}

export const documented = (reasonCode: string): Partial<MarkForFigures> => ({ documentation: 'documented', reasonCode });
export const reported = (reasonCode: string): Partial<MarkForFigures> => ({ documentation: 'reported', reasonCode });

export function limitInput(marks: MarkForFigures[], extra: Partial<LimitInput> = {}): LimitInput {
  return { ...NORWEGIAN_75, marks, rules: RULES, asOf: AS_OF, schoolYear: SCHOOL_YEAR, ...extra };
}
