import { useEffect, useRef } from 'react';
import type { Me } from '../../contracts/auth';
import { applyLocale } from '../i18n/use-change-language';

/**
 * When a user's session starts (login or a reload), the language they saved wins.
 * Later switches in the same session are saved as they happen, so this runs once per user.
 */
export function useUserLocale(me: Me) {
  const appliedFor = useRef<string | null>(null);
  useEffect(() => {
    if (appliedFor.current === me.user.id) return;
    appliedFor.current = me.user.id;
    void applyLocale(me.user.locale);
  }, [me.user.id, me.user.locale]);
}
