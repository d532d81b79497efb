import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { defaultLocale, localeSchema } from '../../../contracts/locale';
import { formatterFor, type Formatter } from './format';

export type FiguresT = TFunction<'figures'>;

/**
 * The `figures` namespace's texts and the number and date formats of the
 * current language; re-renders when the language changes. Called `tf` in this
 * feature, so it is never mistaken for the `app` namespace's `t`.
 */
export function useFiguresI18n(): { tf: FiguresT; fmt: Formatter } {
  const { t, i18n } = useTranslation('figures');
  const parsed = localeSchema.safeParse(i18n.resolvedLanguage ?? i18n.language);
  return { tf: t, fmt: formatterFor(parsed.success ? parsed.data : defaultLocale) };
}
