import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { defaultLocale, localeSchema, type Locale } from '../../../contracts/locale';
import type { LocalizedText } from '../../../contracts/localized-text';

export type FollowupT = TFunction<'followup'>;

const tags: Record<Locale, string> = { nb: 'nb-NO', nn: 'nn-NO', en: 'en-GB' };

/** The `followup` namespace (called `tf` here), the language, and dates written the way the language writes them. */
export function useFollowupI18n() {
  const { t, i18n } = useTranslation('followup');
  const parsed = localeSchema.safeParse(i18n.resolvedLanguage ?? i18n.language);
  const locale: Locale = parsed.success ? parsed.data : defaultLocale;
  const date = (value: string) => new Date(value.length === 10 ? `${value}T12:00:00` : value).toLocaleDateString(tags[locale], { day: 'numeric', month: 'long', year: 'numeric' });
  const text = (value: LocalizedText) => value[locale];
  return { tf: t, locale, date, text };
}

/** Now as an instant with its offset, for a record made «now». */
export function nowInstant(): string {
  return new Date().toISOString();
}

/**
 * A `datetime-local` value ('YYYY-MM-DDTHH:mm') as an instant. The field
 * shows minutes only, so a time in the last minute (or ahead) means now: a
 * record made right after opening a case must not fall before the opening.
 */
export function localToInstant(value: string): string {
  const at = new Date(value).getTime();
  return Number.isNaN(at) || at > Date.now() - 60_000 ? new Date().toISOString() : new Date(at).toISOString();
}

export function localNow(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

export function today(): string {
  return localNow().slice(0, 10);
}
