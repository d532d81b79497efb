// The notices namespace: bokmål, nynorsk and English carry the same keys, none
// empty, with the same placeholders; every 'notices:…' key the web app names
// exists; every reason the home may give has a name.
import { describe, expect, it } from 'vitest';
import { hasKey, textsOf } from '../../i18n/catalogue-testing';
import { HOME_REASONS } from '../../../domain/notices';

const texts = textsOf('notices');

// Through Vite, as the app itself is built: the web app's sources as text.
const sources = import.meta.glob<string>(['../../**/*.ts', '../../**/*.tsx', '!../../**/*.test.ts'], {
  query: '?raw',
  import: 'default',
  eager: true,
});

describe('the notices namespace of the catalogue', () => {
  it('has every key the web app names', () => {
    const used = Object.entries(sources).flatMap(([file, text]) =>
      [...text.matchAll(/'notices:([^'$]+)'/g)].map((m) => ({ key: m[1] ?? '', file })),
    );
    expect(used.length).toBeGreaterThan(50);
    for (const { key, file } of used) {
      const exists = hasKey(texts.nb, key);
      expect(exists, `notices:${key} in ${file}`).toBe(true);
    }
  });

  it('names every reason a guardian or pupil may give', () => {
    for (const code of [...HOME_REASONS.absence, ...HOME_REASONS.leave_request]) {
      for (const [locale, map] of Object.entries(texts)) expect(map.has(`reasons.${code}`), `${locale}: ${code}`).toBe(true);
    }
  });
});
