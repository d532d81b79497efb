import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { defaultLocale, localeSchema, type Locale } from '../../../contracts/locale';

export type OverviewT = TFunction<'overview'>;

export interface OverviewFormat {
  percent(value: number, decimals?: number): string;
  integer(value: number): string;
  /** A change with its sign: +3,2, −1,0, 0,0. */
  signed(value: number, decimals?: number): string;
  date(date: string): string;
  month(month: string): string;
  at(instant: string): string;
}

function formatterFor(locale: Locale): OverviewFormat {
  const tag = locale === 'en' ? 'en-GB' : 'nb-NO';
  const number = (d: number) => new Intl.NumberFormat(tag, { minimumFractionDigits: d, maximumFractionDigits: d });
  const date = new Intl.DateTimeFormat(tag, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  const month = new Intl.DateTimeFormat(tag, { month: 'long', year: 'numeric', timeZone: 'UTC' });
  const at = new Intl.DateTimeFormat(tag, { day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Oslo' });
  return {
    percent: (value, decimals = 1) => `${number(decimals).format(value)} %`,
    integer: (value) => number(0).format(value),
    signed: (value, decimals = 1) => new Intl.NumberFormat(tag, { minimumFractionDigits: decimals, maximumFractionDigits: decimals, signDisplay: 'exceptZero' }).format(value),
    date: (d) => date.format(new Date(`${d}T00:00:00Z`)),
    month: (m) => month.format(new Date(`${m}-01T00:00:00Z`)),
    at: (instant) => at.format(new Date(instant)),
  };
}

/** The `overview` namespace's texts (called `to`) and the formats of the current language. */
export function useOverviewI18n(): { to: OverviewT; fmt: OverviewFormat; locale: Locale } {
  const { t, i18n } = useTranslation('overview');
  const parsed = localeSchema.safeParse(i18n.resolvedLanguage ?? i18n.language);
  const locale = parsed.success ? parsed.data : defaultLocale;
  return { to: t, fmt: formatterFor(locale), locale };
}
