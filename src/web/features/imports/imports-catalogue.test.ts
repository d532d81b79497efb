// The `imports` namespace: bokmål, nynorsk and English carry the same keys and
// placeholders, none empty; every reason an import can give has a text (the
// server and the command-line tool translate them from here); and every key
// this feature asks for exists. The feature's translate function is `ti`.
import { describe, expect, it } from 'vitest';
import { resources } from '../../../i18n/catalogue';
import { IMPORT_REASONS } from '../../../domain/import/problems';
import { importEntitySchema, importKindSchema } from '../../../contracts/imports';

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
  nb: flatten(resources.nb.imports as Tree),
  nn: flatten(resources.nn.imports as Tree),
  en: flatten(resources.en.imports as Tree),
};

const has = (key: string) => texts.nb.has(key) || (texts.nb.has(`${key}_one`) && texts.nb.has(`${key}_other`));

const builtKeys = [
  ...importKindSchema.options.flatMap((kind) => [`kind.${kind}`, `kind.${kind}Hint`]),
  ...importEntitySchema.options.map((entity) => `entity.${entity}`),
  'page.create',
  'page.update',
  'page.unchanged',
  'result.alreadyImported',
];

// Read through Vite rather than node:fs: the web app's code imports nothing from Node.
const sources = import.meta.glob<string>(['./*.ts', './*.tsx', '!./*.test.ts'], { query: '?raw', import: 'default', eager: true });

function usedKeys(): { key: string; file: string }[] {
  return Object.entries(sources).flatMap(([file, text]) =>
    [...text.matchAll(/\bti\(\s*'([^'$]+)'/g)].map((m) => ({ key: m[1] ?? '', file })),
  );
}

describe('the imports namespace of the catalogue', () => {
  it('has the same keys in bokmål, nynorsk and English', () => {
    const nbKeys = [...texts.nb.keys()].sort();
    expect([...texts.nn.keys()].sort()).toEqual(nbKeys);
    expect([...texts.en.keys()].sort()).toEqual(nbKeys);
  });

  it('has no empty texts and the same placeholders in every language', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    for (const [key, text] of texts.nb) {
      expect(text.trim(), key).not.toBe('');
      for (const locale of ['nn', 'en'] as const) {
        const other = texts[locale].get(key) ?? '';
        expect(other.trim(), `${locale}: ${key}`).not.toBe('');
        expect(placeholders(other), `${locale}: ${key}`).toEqual(placeholders(text));
      }
    }
  });

  it('explains every reason an import can give', () => {
    for (const reason of IMPORT_REASONS) expect(has(reason), reason).toBe(true);
  });

  it('has every key the import page asks for', () => {
    const used = [...usedKeys(), ...builtKeys.map((key) => ({ key, file: '(built)' }))];
    expect(used.length).toBeGreaterThan(30);
    for (const { key, file } of used) expect(has(key), `imports:${key} in ${file}`).toBe(true);
  });
});
