import { Alert, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { useAuthOptions, useSessionSecurity } from '../../api/auth';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { Loading } from '../../components/Loading';
import { useDocumentTitle } from '../../components/use-document-title';
import { safeReturnPath } from '../../../domain/return-path';
import { PageHeading } from '../figures/PageHeading';
import { useLocale } from '../registration/use-locale';
import { oidcFailureSchema } from '../../../contracts/auth';
import { AuthenticatorPanel } from './AuthenticatorPanel';
import { SessionsPanel } from './SessionsPanel';
import { StepUp } from './StepUp';
import { formatMoment } from './format';
import { useAuthI18n } from './use-auth-i18n';
import './security.css';

/** «Innlogging og sikkerhet»: this session, the authenticator app, and one's other sessions. */
export function SecurityPage() {
  const { t } = useTranslation();
  const { ta } = useAuthI18n();
  const locale = useLocale();
  const navigate = useNavigate();
  const [search] = useSearchParams();
  const next = safeReturnPath(search.get('neste'));
  const failure = oidcFailureSchema.safeParse(search.get('feil'));
  const security = useSessionSecurity();
  const options = useAuthOptions();
  const provider = options.data?.oidc?.providerName ?? 'Feide';
  useDocumentTitle(ta('security.title'));
  const carryOn = () => {
    if (next) void navigate(next);
  };

  return (
    <>
      <PageHeading title={ta('security.title')} lead={ta('security.lead')} />
      {failure.success && (
        <Alert data-color="warning" role="alert">
          <Paragraph>{ta(`login.failure.${failure.data}`)}</Paragraph>
        </Alert>
      )}
      {security.isPending ? (
        <Loading label={t('common.loading')} />
      ) : security.isError ? (
        <ApiErrorAlert error={security.error} />
      ) : (
        <div className="security">
          <section className="panel" aria-labelledby="security-session">
            <Heading level={2} data-size="sm" id="security-session">
              {ta('security.session.title')}
            </Heading>
            <Paragraph>
              {security.data.authMethod === 'oidc'
                ? ta('security.session.oidc', { provider, time: formatMoment(security.data.createdAt, locale) })
                : ta('security.session.password', { time: formatMoment(security.data.createdAt, locale) })}{' '}
              {security.data.secondFactor
                ? ta('security.session.secondFactor', {
                    time: formatMoment(security.data.secondFactor.at, locale),
                    method: ta(`security.method.${security.data.secondFactor.method}`),
                  })
                : ta('security.session.noSecondFactor')}
            </Paragraph>
            <Paragraph data-size="sm">
              {ta('security.session.ends', {
                idle: formatMoment(security.data.idleExpiresAt, locale),
                max: formatMoment(security.data.expiresAt, locale),
              })}
            </Paragraph>
            <Paragraph data-size="sm">{ta(`security.expected.${security.data.secondFactorExpected}`)}</Paragraph>
            {!security.data.secondFactor && <StepUp returnTo={next ?? undefined} withoutEnrolLink onDone={carryOn} />}
          </section>
          <AuthenticatorPanel security={security.data} provider={provider} onEnrolled={carryOn} />
          <SessionsPanel provider={provider} />
        </div>
      )}
    </>
  );
}
