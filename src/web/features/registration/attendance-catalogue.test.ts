// The `attendance` namespace: bokmål, nynorsk and English carry the same keys
// and placeholders, none empty; every reason code and status is named; and
// every key the registration and contact-week features ask for exists. The
// features translate with `ta` (useTranslation('attendance')).
import { describe, expect, it } from 'vitest';
import { hasKey, textsOf } from '../../i18n/catalogue-testing';
import { absenceReasonSchema, documentationSchema, markStatusSchema } from '../../../contracts/attendance';
import { absenceRules, allCodes } from '../../../domain/upper-secondary/categories';

const texts = textsOf('attendance');

/** Every reason code the category data has ever used (presets/regulation/absence-categories.json), each named in the UI. */
const reasonCodes = allCodes(absenceRules());

const sources = import.meta.glob(['./*.tsx', './*.ts', '../contact-week/*.tsx', '!./*.test.ts'], {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;

const has = (key: string) => hasKey(texts.nb, key);

describe('the attendance namespace of the catalogue', () => {
  it('names every reason code, reason category, status and documentation state', () => {
    const keys = [
      ...reasonCodes.map((code) => `reasons.${code}`),
      ...absenceReasonSchema.shape.category.options.map((c) => `reasonCategories.${c}`),
      ...markStatusSchema.options.map((s) => `status.${s}`),
      ...documentationSchema.options.map((d) => `documentation.${d}`),
      ...['registered', 'notHeld', 'due', 'upcoming'].map((s) => `today.state.${s}`),
    ];
    for (const key of keys) expect(has(key), key).toBe(true);
  });

  it('has every key the features ask for', () => {
    const used = Object.entries(sources).flatMap(([file, text]) =>
      [...text.matchAll(/\bta\(\s*'([^'$]+)'/g)].map((m) => ({ key: m[1] ?? '', file })),
    );
    expect(used.length).toBeGreaterThan(100);
    for (const { key, file } of used) expect(has(key), `${key} in ${file}`).toBe(true);
  });
});
