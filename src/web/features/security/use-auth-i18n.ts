import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';

export type AuthT = TFunction<'auth'>;

/**
 * The `auth` namespace's texts (second factor, Feide login, sessions). Called
 * `ta` in the features that use it, so it is never mistaken for the `app`
 * namespace's `t` (auth-catalogue.test.ts checks the keys asked for).
 */
export function useAuthI18n(): { ta: AuthT } {
  const { t } = useTranslation('auth');
  return { ta: t };
}
