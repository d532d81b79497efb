import { Button } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import { endedByLogout, useMe } from '../api/auth';
import { ApiErrorAlert } from '../components/ApiErrorAlert';
import { Loading } from '../components/Loading';
import { loginPath } from './paths';
import { SessionContext } from './session-context';

/** The pages behind it need a session; without one the user logs in and comes back here. */
export function RequireSession({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const location = useLocation();
  const me = useMe();

  if (me.isPending) {
    return (
      <main id="main-content" className="page page--centered">
        <Loading label={t('session.checking')} />
      </main>
    );
  }
  if (me.isError) {
    return (
      <main id="main-content" className="page page--centered">
        <ApiErrorAlert error={me.error}>
          <Button type="button" variant="secondary" onClick={() => void me.refetch()}>
            {t('common.tryAgain')}
          </Button>
        </ApiErrorAlert>
      </main>
    );
  }
  if (!me.data) {
    const here = endedByLogout() ? undefined : `${location.pathname}${location.search}`;
    return <Navigate to={loginPath(here)} replace />;
  }
  return <SessionContext value={me.data}>{children}</SessionContext>;
}
