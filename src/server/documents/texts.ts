// The documents' words: the `followup` namespace of the catalogue in the
// document's language, and dates written as Norwegian letters write them
// («8. oktober 2026»; in English «8 October 2026»).
import i18next, { type TFunction } from 'i18next';
import { format, parseISO } from 'date-fns';
import { enGB, nb, nn } from 'date-fns/locale';
import { namespaces, resources } from '../../i18n/catalogue.js';
import type { Locale } from '../../contracts/locale.js';
import { schoolTimeOf } from '../../domain/dates.js';
import type { DocumentContext, DocumentModel } from './document-model.js';
import { PAGE_MARK, PAGES_MARK } from '../../contracts/followup-documents.js';

const instance = i18next.createInstance();
void instance.init({
  resources,
  lng: 'nb',
  fallbackLng: 'nb',
  ns: [...namespaces],
  defaultNS: 'followup',
  interpolation: { escapeValue: false },
  initAsync: false,
});

export type DocumentT = TFunction<'followup'>;

export const textsFor = (locale: Locale): DocumentT => instance.getFixedT(locale, 'followup');

const DATE_LOCALES = { nb, nn, en: enGB } as const;

/** '2026-10-08' as «8. oktober 2026» (nb, nn) or «8 October 2026» (en). */
export function longDate(date: string, locale: Locale): string {
  return format(parseISO(date), locale === 'en' ? 'd MMMM yyyy' : 'd. MMMM yyyy', { locale: DATE_LOCALES[locale] });
}

/** '2026-10-08' as «08.10.2026», the short form in tables. */
export function shortDate(date: string): string {
  return `${date.slice(8, 10)}.${date.slice(5, 7)}.${date.slice(0, 4)}`;
}

/** The Norwegian date and time of an instant, for minutes: «8. oktober 2026 kl. 14.00». */
export function dateAndTime(instant: string, locale: Locale): { date: string; time: string } {
  const { date, time } = schoolTimeOf(new Date(instant));
  return { date: longDate(date, locale), time: clock(time, locale) };
}

/** Norwegian letters write times «14.00»; English «14:00». */
export const clock = (time: string, locale: Locale) => (locale === 'en' ? time : time.replace(':', '.'));

/** What every document starts with: letterhead, date line and footer. */
export function documentFrame(ctx: DocumentContext, t: DocumentT, title: string): Pick<DocumentModel, 'locale' | 'letterhead' | 'dateLine' | 'footer'> {
  const date = longDate(ctx.today, ctx.locale);
  return {
    locale: ctx.locale,
    letterhead: { school: ctx.school.name, ...(ctx.school.ownerName ? { owner: ctx.school.ownerName } : {}), marking: t('documents.confidential') },
    dateLine: ctx.school.place ? t('documents.placeAndDate', { place: ctx.school.place, date }) : date,
    footer: { left: `${title} · ${ctx.pupil.name}`, page: t('documents.page', { page: PAGE_MARK, pages: PAGES_MARK }) },
  };
}

/** The pupil's facts at the head of a document. */
export function pupilFacts(ctx: DocumentContext, t: DocumentT): [string, string][] {
  const rows: [string, string][] = [[t('documents.pupil'), ctx.pupil.name]];
  if (ctx.pupil.className) rows.push([t('documents.class'), ctx.pupil.className]);
  rows.push([t('documents.school'), ctx.school.name]);
  if (ctx.contactTeacher) rows.push([t('documents.contactTeacher'), ctx.contactTeacher]);
  return rows;
}

/** «Kari Larsen (kontaktlærer)». */
export const personLine = (person: { name: string; role: string }, t: DocumentT) =>
  // One person among the guardians is «foresatt», not «foresatte».
  `${person.name} (${inSentence(person.role === 'guardians' ? t('documents.guardian') : t(`roles.${person.role}`))})`;

/** A label inside a sentence: «Kontaktlærer» becomes «kontaktlærer», but «PPT» and «BUP» stay as they are. */
export function inSentence(label: string): string {
  const [first = '', second = ''] = label;
  return second !== '' && second === second.toLocaleLowerCase() ? first.toLocaleLowerCase() + label.slice(1) : label;
}
