import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { defaultLocale, localeSchema } from '../../../contracts/locale';
import { formatterFor, type Formatter } from '../figures/format';

/** The access log's texts (`audit`), with the language's date formats. */
export function useAuditI18n(): { ta: TFunction<'audit'>; fmt: Formatter; when: (iso: string) => string } {
  const { t, i18n } = useTranslation('audit');
  const parsed = localeSchema.safeParse(i18n.resolvedLanguage ?? i18n.language);
  const locale = parsed.success ? parsed.data : defaultLocale;
  const fmt = formatterFor(locale);
  const when = (iso: string) =>
    new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'nb-NO', { dateStyle: 'short', timeStyle: 'short', timeZone: 'Europe/Oslo' }).format(new Date(iso));
  return { ta: t, fmt, when };
}

/** A code from the log in words, or the code itself when the catalogue has no word for it yet. */
export function label(ta: TFunction<'audit'>, group: 'roles' | 'entities' | 'reasons' | 'actions', code: string | null): string {
  if (!code) return '';
  // A role list is written comma-separated when a user has several.
  return code
    .split(',')
    .map((c) => ta(`${group}.${c}` as never, { defaultValue: c }))
    .join(', ');
}
