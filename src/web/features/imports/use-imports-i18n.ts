import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';

export type ImportsT = TFunction<'imports'>;

/**
 * The `imports` namespace's texts; re-renders when the language changes.
 * Called `ti` in this feature, so it is never mistaken for the `app`
 * namespace's `t` (imports-catalogue.test.ts checks the keys it asks for).
 */
export function useImportsI18n(): { ti: ImportsT } {
  const { t } = useTranslation('imports');
  return { ti: t };
}
