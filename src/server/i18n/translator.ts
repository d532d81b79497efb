// Translation outside a request: letters, e-mails and jobs speak the
// recipient's language, not the language of whoever caused them.
import i18next, { type TFunction } from 'i18next';
import { namespaces, resources, type Namespace } from '../../i18n/catalogue.js';
import { defaultLocale, type Locale } from '../../contracts/locale.js';

/** The one i18next instance of the server: requests (plugins/i18n.ts) and letters translate with it. */
export const i18nInstance = i18next.createInstance();
void i18nInstance.init({
  resources,
  lng: defaultLocale,
  fallbackLng: defaultLocale,
  ns: [...namespaces],
  defaultNS: 'errors',
  interpolation: { escapeValue: false },
  initAsync: false,
});

export function translator(locale: Locale, namespace: Namespace): TFunction {
  return i18nInstance.getFixedT(locale, namespace) as TFunction;
}

const dateFormats: Record<Locale, Intl.DateTimeFormat> = {
  nb: new Intl.DateTimeFormat('nb-NO', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
  nn: new Intl.DateTimeFormat('nn-NO', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
  en: new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
};

/** '2026-11-20' as «20. november 2026» (nb, nn) or «20 November 2026» (en). */
export function formatDate(date: string, locale: Locale): string {
  return dateFormats[locale].format(new Date(`${date}T00:00:00Z`));
}

const numberFormats: Record<Locale, Intl.NumberFormat> = {
  nb: new Intl.NumberFormat('nb-NO', { maximumFractionDigits: 1 }),
  nn: new Intl.NumberFormat('nn-NO', { maximumFractionDigits: 1 }),
  en: new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 }),
};

export function formatNumber(value: number, locale: Locale): string {
  return numberFormats[locale].format(value);
}
