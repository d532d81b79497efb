// The `imports` namespace: bokmål, nynorsk and English carry the same keys and
// placeholders, none empty; every reason an import can give has a text (the
// server and the command-line tool translate them from here); and every key
// this feature asks for exists. The feature's translate function is `ti`.
import { describe, expect, it } from 'vitest';
import { hasKey, textsOf } from '../../i18n/catalogue-testing';
import { IMPORT_REASONS } from '../../../domain/import/problems';
import { importEntitySchema, importKindSchema } from '../../../contracts/imports';

const texts = textsOf('imports');

const has = (key: string) => hasKey(texts.nb, key);

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
  it('explains every reason an import can give', () => {
    for (const reason of IMPORT_REASONS) expect(has(reason), reason).toBe(true);
  });

  it('has every key the import page asks for', () => {
    const used = [...usedKeys(), ...builtKeys.map((key) => ({ key, file: '(built)' }))];
    expect(used.length).toBeGreaterThan(30);
    for (const { key, file } of used) expect(has(key), `imports:${key} in ${file}`).toBe(true);
  });
});
