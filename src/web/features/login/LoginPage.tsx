import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { useMe } from '../../api/auth';
import { PublicLayout } from '../../app/PublicLayout';
import { nextAfterLogin } from '../../app/paths';
import { Loading } from '../../components/Loading';
import { useDocumentTitle } from '../../components/use-document-title';
import { DemoLogins } from './DemoLogins';
import { LoginForm, type LoginFormHandle } from './LoginForm';
import { ProviderLogin } from './ProviderLogin';
import { SecondFactorForm } from './SecondFactorForm';
import './login.css';

export function LoginPage() {
  const { t } = useTranslation();
  const [search] = useSearchParams();
  const navigate = useNavigate();
  const me = useMe();
  const form = useRef<LoginFormHandle>(null);
  const next = nextAfterLogin(search);
  const [secondFactorFor, setSecondFactorFor] = useState<string | null>(null);
  const done = () => void navigate(next, { replace: true });
  useDocumentTitle(t('login.title'));

  if (me.data) return <Navigate to={next} replace />;

  return (
    <PublicLayout>
      <div className="login">
        <section className="login__main panel" aria-labelledby="login-heading">
          <div className="page-heading">
            <Heading level={1} data-size="lg" id="login-heading">
              {t('login.title')}
            </Heading>
            <Paragraph className="page-heading__lead">{t('login.lead')}</Paragraph>
          </div>
          {me.isPending ? (
            <Loading label={t('session.checking')} />
          ) : secondFactorFor ? (
            <SecondFactorForm email={secondFactorFor} onLoggedIn={done} onBack={() => setSecondFactorFor(null)} />
          ) : (
            <>
              <ProviderLogin next={next} failure={search.get('feil')} />
              <LoginForm ref={form} onLoggedIn={done} onSecondFactor={setSecondFactorFor} />
            </>
          )}
        </section>
        <DemoLogins
          onPick={(email, password) => {
            setSecondFactorFor(null);
            // The form is back in the page on the next render; then it logs in.
            requestAnimationFrame(() => form.current?.logInWith(email, password));
          }}
        />
      </div>
    </PublicLayout>
  );
}
