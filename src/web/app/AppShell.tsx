import { SkipLink } from '@digdir/designsystemet-react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation } from 'react-router';
import { SiteHeader } from './SiteHeader';
import { useSession } from './session-context';
import { useUserLocale } from './use-user-locale';

/** Header, navigation and the page: the frame of every page behind login. */
export function AppShell() {
  const { t } = useTranslation();
  const me = useSession();
  useUserLocale(me);
  const mainRef = useFocusMainOnNavigation();

  return (
    <>
      <SkipLink href="#main-content">{t('shell.skipToContent')}</SkipLink>
      <SiteHeader me={me} />
      <main id="main-content" className="page" tabIndex={-1} ref={mainRef}>
        <Outlet />
      </main>
    </>
  );
}

/** After moving to another page, focus starts at the new page's content, as after a full page load. */
function useFocusMainOnNavigation() {
  const { pathname } = useLocation();
  const mainRef = useRef<HTMLElement>(null);
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    mainRef.current?.focus({ preventScroll: false });
  }, [pathname]);
  return mainRef;
}
