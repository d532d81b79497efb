// The figures namespace: every key the figures pages ask for exists, and the
// domain words are written as the users say them. (Same keys, placeholders
// and no empty texts in nb, nn, en: catalogue.test.ts, for every namespace.)
// The feature's translate function is `tf` (useFiguresI18n); keys built from
// a period or a level are listed here by hand.
import { describe, expect, it } from 'vitest';
import { hasKey, keysCalled, textsOf } from '../../i18n/catalogue-testing';

const texts = textsOf('figures');

// Through Vite, as the app itself is built: this feature's sources and the app shell's, as text.
const sources = import.meta.glob<string>(['./*.ts', './*.tsx', '../../app/*.tsx', '!./*.test.ts'], {
  query: '?raw',
  import: 'default',
  eager: true,
});

const builtKeys = [
  ...['autumn', 'spring', 'schoolYear'].flatMap((w) => [`window.${w}`, `windowInline.${w}`]),
  'levels.alert',
  'levels.overLimit',
  'download.csv',
  'download.xlsx',
  ...['undocumented', 'reported', 'documented'].map((d) => `documentation.${d}`),
  ...[
    'name',
    'class',
    'percent',
    'undocumented',
    'reported',
    'documented',
    'wholeDays',
    'singleLessons',
    'lateArrivals',
    'worstSubject',
  ].map((c) => `table.columns.${c}`),
  // The way back from a pupil's page names the table's page by these.
  'mine.title',
  'class.title',
  'school.title',
];

describe('the figures namespace of the catalogue', () => {
  it('has every key the figures pages ask for', () => {
    const used = [...keysCalled(sources, 'tf'), ...builtKeys.map((key) => ({ key, file: '(built)' }))];
    expect(used.length).toBeGreaterThan(60);
    for (const { key, file } of used) expect(hasKey(texts.nb, key), `figures:${key} in ${file}`).toBe(true);
  });

  it('writes the domain words in each language (soft hyphens let the narrow columns break)', () => {
    const word = (text: string | undefined) => text?.replaceAll('\u00ad', '');
    expect(word(texts.nb.get('table.columns.undocumented'))).toBe('Udokumentert');
    expect(word(texts.nb.get('table.columns.lateArrivals'))).toBe('Forsentkomminger');
    expect(word(texts.nn.get('table.columns.percent'))).toBe('Fråvær');
    expect(word(texts.nn.get('table.columns.singleLessons'))).toBe('Enkelttimar');
    expect(word(texts.en.get('table.columns.singleLessons'))).toBe('Single lessons');
  });

  it('keeps the spreadsheet headers the server writes', () => {
    for (const map of Object.values(texts)) expect(map.has('export.worstSubjectUndocumented')).toBe(true);
  });
});
