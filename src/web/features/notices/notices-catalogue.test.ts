// The notices namespace: bokmål, nynorsk and English carry the same keys, none
// empty, with the same placeholders; every 'notices:…' key the web app names
// exists; every reason the home may give has a name.
import { describe, expect, it } from 'vitest';
import { resources } from '../../../i18n/catalogue';
import { HOME_REASONS } from '../../../domain/notices';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

const texts = {
  nb: flatten(resources.nb.notices as Tree),
  nn: flatten(resources.nn.notices as Tree),
  en: flatten(resources.en.notices as Tree),
};

// Through Vite, as the app itself is built: the web app's sources as text.
const sources = import.meta.glob<string>(['../../**/*.ts', '../../**/*.tsx', '!../../**/*.test.ts'], {
  query: '?raw',
  import: 'default',
  eager: true,
});

describe('the notices namespace of the catalogue', () => {
  it('has the same keys in bokmål, nynorsk and English', () => {
    const nbKeys = [...texts.nb.keys()].sort();
    expect([...texts.nn.keys()].sort()).toEqual(nbKeys);
    expect([...texts.en.keys()].sort()).toEqual(nbKeys);
  });

  it('has no empty texts', () => {
    for (const [locale, map] of Object.entries(texts)) {
      for (const [key, value] of map) expect(value.trim(), `${locale}: ${key}`).not.toBe('');
    }
  });

  it('uses the same placeholders in every language', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    for (const [key, text] of texts.nb) {
      expect(placeholders(texts.nn.get(key) ?? ''), `nn: ${key}`).toEqual(placeholders(text));
      expect(placeholders(texts.en.get(key) ?? ''), `en: ${key}`).toEqual(placeholders(text));
    }
  });

  it('has every key the web app names', () => {
    const used = Object.entries(sources).flatMap(([file, text]) =>
      [...text.matchAll(/'notices:([^'$]+)'/g)].map((m) => ({ key: m[1] ?? '', file })),
    );
    expect(used.length).toBeGreaterThan(50);
    for (const { key, file } of used) {
      const exists = texts.nb.has(key) || (texts.nb.has(`${key}_one`) && texts.nb.has(`${key}_other`));
      expect(exists, `notices:${key} in ${file}`).toBe(true);
    }
  });

  it('names every reason a guardian or pupil may give', () => {
    for (const code of [...HOME_REASONS.absence, ...HOME_REASONS.leave_request]) {
      for (const [locale, map] of Object.entries(texts)) expect(map.has(`reasons.${code}`), `${locale}: ${code}`).toBe(true);
    }
  });
});
