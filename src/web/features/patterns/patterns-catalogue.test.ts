// The patterns namespace: every key the pattern views ask for exists (the
// checks every namespace passes are in catalogue.test.ts). The feature's
// translate function is `tp`; keys built from a kind, a weekday or a
// documentation state are listed here by hand.
import { describe, expect, it } from 'vitest';
import { PATTERN_KINDS } from '../../../contracts/patterns';
import { hasKey, keysCalled, textsOf } from '../../i18n/catalogue-testing';

const texts = textsOf('patterns');

const sources = import.meta.glob<string>(['./*.ts', './*.tsx', '!./*.test.ts'], { query: '?raw', import: 'default', eager: true });

const documentation = ['undocumented', 'reported', 'documented'];
const builtKeys = [
  ...PATTERN_KINDS.map((k) => `kinds.${k}`),
  ...[1, 2, 3, 4, 5, 6, 7].flatMap((w) => [`weekdays.${w}`, `weekdaysPlural.${w}`]),
  ...[1, 2, 3, 4, 5].map((w) => `weekdaysShort.${w}`),
  ...['start', 'end'].flatMap((part) => [`pattern.lessonLevel.${part}.title`, `pattern.lessonLevel.${part}.text`]),
  ...['autumn_break', 'christmas', 'winter_break', 'easter'].map((k) => `holidayAfter.${k}`),
  ...['strong', 'clear', 'weak'].map((s) => `strength.${s}`),
  ...documentation.flatMap((d) => [`documentation.${d}`, `documentation.${d}Capital`]),
  ...['whole', 'partial', 'late', 'holiday', 'marked'].map((k) => `calendar.legend.${k}`),
  'subjects.lead',
  'subjects.leadOverall',
  'subjects.legendThreshold',
  'subjects.legendOverall',
  'links.classPatterns',
  'links.schoolPatterns',
  // The way back from a pupil's page names the patterns page by these.
  'group.classTitle',
  'group.schoolTitle',
];

describe('the patterns namespace of the catalogue', () => {
  it('has every key the pattern views ask for', () => {
    const used = [...keysCalled(sources, 'tp'), ...builtKeys.map((key) => ({ key, file: '(built)' }))];
    expect(used.length).toBeGreaterThan(80);
    for (const { key, file } of used) expect(hasKey(texts.nb, key), `patterns:${key} in ${file}`).toBe(true);
  });

  it('writes the domain words as the users say them', () => {
    expect(texts.nb.get('kinds.late-arrivals')).toBe('Forsentkomminger');
    expect(texts.nb.get('section.title')).toBe('Mønstre i fraværet');
    expect(texts.nn.get('section.title')).toBe('Mønster i fråværet');
    expect(texts.en.get('kinds.single-days')).toBe('Single days');
  });
});
