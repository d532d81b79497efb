import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { defaultLocale, localeSchema } from '../../../contracts/locale';
import { formatterFor, type Formatter } from '../figures/format';

export type PatternsT = TFunction<'patterns'>;

/** The `patterns` namespace's texts (called `tp` in this feature) and the formats of the current language. */
export function usePatternsI18n(): { tp: PatternsT; fmt: Formatter } {
  const { t, i18n } = useTranslation('patterns');
  const parsed = localeSchema.safeParse(i18n.resolvedLanguage ?? i18n.language);
  return { tp: t, fmt: formatterFor(parsed.success ? parsed.data : defaultLocale) };
}
