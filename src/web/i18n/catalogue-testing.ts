// Helpers for the catalogue tests: one namespace's texts as flat key maps, and
// the keys a feature asks for, found in its source. The checks every namespace
// must pass (same keys and placeholders in nb, nn, en; none empty) live in
// catalogue.test.ts; the feature tests add what is particular to them.
import { resources } from '../../i18n/catalogue';
import type { Namespace } from '../../i18n/catalogue';
import type { Locale } from '../../contracts/locale';

export type Tree = { [key: string]: string | Tree };

export function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

export function textsOf(ns: Namespace): Record<Locale, Map<string, string>> {
  return {
    nb: flatten(resources.nb[ns] as Tree),
    nn: flatten(resources.nn[ns] as Tree),
    en: flatten(resources.en[ns] as Tree),
  };
}

/** A key exists, directly or as its plural forms. */
export function hasKey(texts: Map<string, string>, key: string): boolean {
  return texts.has(key) || (texts.has(`${key}_one`) && texts.has(`${key}_other`));
}

export const placeholdersOf = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

/** The literal keys passed to a translate function named `fn` (e.g. ta, tf) in the sources. */
export function keysCalled(sources: Record<string, string>, fn: string): { key: string; file: string }[] {
  const pattern = new RegExp(`\\b${fn}\\(\\s*'([^'$]+)'`, 'g');
  return Object.entries(sources).flatMap(([file, text]) => [...text.matchAll(pattern)].map((m) => ({ key: m[1] ?? '', file })));
}
