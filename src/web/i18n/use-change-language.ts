import { useCallback } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { Me } from '../../contracts/auth';
import type { Locale } from '../../contracts/locale';
import { saveLocale } from '../api/auth';
import { queryKeys } from '../api/query-keys';
import { i18n, storeLocale } from './i18n';

/** Switches the UI language on this device and, when logged in, saves it for the user. */
export function useChangeLanguage() {
  const queryClient = useQueryClient();
  return useCallback(
    async (locale: Locale) => {
      storeLocale(locale);
      await i18n.changeLanguage(locale);
      // Error messages came translated from the server: ask again in the new language.
      void queryClient.refetchQueries({ predicate: (query) => query.state.status === 'error' });
      const me = queryClient.getQueryData<Me | null>(queryKeys.me);
      if (!me || me.user.locale === locale) return;
      const updated: Me = { ...me, user: { ...me.user, locale } };
      queryClient.setQueryData(queryKeys.me, updated);
      await saveInOrder(locale);
    },
    [queryClient],
  );
}

let wanted: Locale | null = null;
let saving: Promise<void> = Promise.resolve();

/**
 * Saves one language at a time, so quick switches (nynorsk, then English) cannot
 * reach the server out of order; a choice already overtaken by a newer one is skipped.
 */
function saveInOrder(locale: Locale): Promise<void> {
  wanted = locale;
  saving = saving.then(async () => {
    if (wanted !== locale) return;
    try {
      await saveLocale(locale);
    } catch {
      // Not saved for the next login, but the page shows the language chosen; nothing to fix for the user.
    }
  });
  return saving;
}

/** Applies a language that came from the server (the user's saved choice) without saving it back. */
export async function applyLocale(locale: Locale): Promise<void> {
  storeLocale(locale);
  if (i18n.language !== locale) await i18n.changeLanguage(locale);
}
