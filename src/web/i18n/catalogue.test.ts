// The web app's texts: bokmål, nynorsk and English carry the same keys, none
// empty, and every key the code asks for exists.
import { describe, expect, it } from 'vitest';
import { namespaces, resources } from '../../i18n/catalogue';
import { flatten, placeholdersOf, textsOf, type Tree } from './catalogue-testing';
import { roleSchema } from '../../contracts/roles';

const app = {
  nb: flatten(resources.nb.app as Tree),
  nn: flatten(resources.nn.app as Tree),
  en: flatten(resources.en.app as Tree),
};

/** The web app's own source, read as text by Vite (no file system access in src/web). */
const sources = import.meta.glob<string>(['../**/*.ts', '../**/*.tsx', '!../**/*.test.ts'], {
  query: '?raw',
  import: 'default',
  eager: true,
});

type Namespace = keyof typeof resources.nb;
const namespaceTexts = Object.fromEntries(
  Object.entries(resources.nb).map(([ns, tree]) => [ns, flatten(tree as Tree)]),
) as Record<Namespace, Map<string, string>>;

function isNamespace(ns: string): ns is Namespace {
  return ns in namespaceTexts;
}

/**
 * Keys written out in t('…') calls: "ns:key" in any namespace, and plain keys in
 * files that translate with the default `app` namespace. Plural keys resolve to their _one/_other forms.
 */
function usedKeys(): { ns: string; key: string; file: string }[] {
  const found: { ns: string; key: string; file: string }[] = [];
  for (const [file, text] of Object.entries(sources)) {
    const otherDefault = /useTranslation\(\s*['[]/.test(text) || /getFixedT\(/.test(text);
    for (const match of text.matchAll(/\bt\(\s*'([^'$]+)'/g)) {
      const raw = match[1] ?? '';
      if (raw.includes(':')) {
        const [ns = '', key = ''] = raw.split(':', 2);
        found.push({ ns, key, file });
      } else if (!otherDefault) {
        found.push({ ns: 'app', key: raw, file });
      }
    }
  }
  return found;
}

describe.each(namespaces)('the %s namespace of the catalogue', (ns) => {
  const texts = textsOf(ns);

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
    for (const [key, text] of texts.nb) {
      expect(placeholdersOf(texts.nn.get(key) ?? ''), `nn: ${key}`).toEqual(placeholdersOf(text));
      expect(placeholdersOf(texts.en.get(key) ?? ''), `en: ${key}`).toEqual(placeholdersOf(text));
    }
  });
});

describe('the app namespace of the catalogue', () => {
  it('names every role', () => {
    for (const role of roleSchema.options) expect(app.nb.has(`roles.${role}`), role).toBe(true);
  });

  it('has every key the web app asks for', () => {
    const used = usedKeys();
    expect(used.length).toBeGreaterThan(50);
    for (const { ns, key, file } of used) {
      expect(isNamespace(ns), `namespace ${ns} in ${file}`).toBe(true);
      if (!isNamespace(ns)) continue;
      const texts = namespaceTexts[ns];
      const exists = texts.has(key) || (texts.has(`${key}_one`) && texts.has(`${key}_other`));
      expect(exists, `${ns}:${key} in ${file}`).toBe(true);
    }
  });
});
