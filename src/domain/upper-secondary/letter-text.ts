// The texts of the upperSecondary namespace for the pure letter builders:
// looked up by key, with {{name}} filled in, and numbers and dates written the
// way each language writes them. The server renders the result; nothing here
// knows about PDF or e-mail.
import { format, parseISO } from 'date-fns';
import { enGB, nb, nn } from 'date-fns/locale';
import { resources } from '../../i18n/catalogue.js';
import type { Locale } from '../../contracts/locale.js';
import { roundPercent } from '../figures/share.js';

type Tree = { [key: string]: string | Tree };

/** The text at `key` (dot-separated) in the locale, with the variables filled in. Throws on a missing key or variable. */
export function text(locale: Locale, key: string, vars: Readonly<Record<string, string | number>> = {}): string {
  let node: string | Tree = resources[locale].upperSecondary as Tree;
  for (const part of key.split('.')) {
    if (typeof node === 'string' || !(part in node)) throw new Error(`No text upperSecondary:${key} in ${locale}.`);
    node = node[part] as string | Tree;
  }
  if (typeof node !== 'string') throw new Error(`upperSecondary:${key} is a group of texts, not a text.`);
  return node.replace(/\{\{(\w+)\}\}/g, (_, name: string) => {
    const value = vars[name];
    if (value === undefined) throw new Error(`The text upperSecondary:${key} needs {{${name}}}.`);
    return String(value);
  });
}

const numberFormats: Record<Locale, Intl.NumberFormat> = {
  nb: new Intl.NumberFormat('nb-NO', { maximumFractionDigits: 1 }),
  nn: new Intl.NumberFormat('nn-NO', { maximumFractionDigits: 1 }),
  en: new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 }),
};

/** A number for display, to one decimal at most (7,5 in Norwegian, 7.5 in English). */
export function formatNumber(locale: Locale, value: number): string {
  return numberFormats[locale].format(roundPercent(value, 1));
}

/** '2026-12-01' as «1. desember 2026» (nb, nn) or «1 December 2026» (en). */
export function formatDate(locale: Locale, isoDate: string): string {
  const date = parseISO(isoDate);
  return locale === 'en' ? format(date, 'd MMMM yyyy', { locale: enGB }) : format(date, 'd. MMMM yyyy', { locale: locale === 'nn' ? nn : nb });
}
