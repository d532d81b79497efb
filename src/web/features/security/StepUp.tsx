import { Alert, Button, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { oidcStartUrl, useAuthOptions, useGiveSecondFactor, useSessionSecurity } from '../../api/auth';
import { fieldMessages, isApiRequestError } from '../../api/api-error';
import { AppLink } from '../../components/AppLink';
import { Loading } from '../../components/Loading';
import { securityPath } from '../../app/paths';
import { useAuthI18n } from './use-auth-i18n';

interface Props {
  /** Where the user carries on after the step-up; the page they are on by default. */
  returnTo?: string;
  /** Hide the link to set up the app (on the page where it is set up). */
  withoutEnrolLink?: boolean;
  onDone?(): void;
}

/**
 * A second factor for this session, now: the code from the app, the
 * provider's multi-factor login, or, without either, the way to set up the app.
 */
export function StepUp({ returnTo, withoutEnrolLink, onDone }: Props) {
  const { t } = useTranslation();
  const { ta } = useAuthI18n();
  const location = useLocation();
  const here = returnTo ?? `${location.pathname}${location.search}`;
  const security = useSessionSecurity();
  const options = useAuthOptions();
  const give = useGiveSecondFactor();
  const [code, setCode] = useState('');
  const [missing, setMissing] = useState(false);

  if (security.isPending) return <Loading label={t('common.loading')} />;
  const state = security.data;
  if (!state || state.secondFactor) return null;

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (code.trim() === '') {
      setMissing(true);
      return;
    }
    setMissing(false);
    give.mutate(code, { onSuccess: () => onDone?.() });
  };

  const provider = options.data?.oidc?.providerName;
  const fieldError = missing ? t('errors:validation.required') : fieldMessages(give.error).code;
  const formError = give.error && !fieldMessages(give.error).code ? (isApiRequestError(give.error) ? give.error.message : t('errors.unexpected')) : null;

  return (
    <div className="step-up">
      {state.totp.enrolled && (
        <form className="step-up__form" onSubmit={onSubmit} noValidate>
          <Paragraph data-size="sm">{ta('security.stepUp.lead')}</Paragraph>
          {formError && (
            <Alert data-color="danger" role="alert">
              <Paragraph>{formError}</Paragraph>
            </Alert>
          )}
          <Textfield
            label={ta('security.code')}
            name="code"
            autoComplete="one-time-code"
            spellCheck={false}
            value={code}
            onChange={(event) => setCode(event.target.value)}
            error={fieldError}
          />
          <Button type="submit" loading={give.isPending}>
            {ta('security.stepUp.submit')}
          </Button>
        </form>
      )}
      {state.oidcStepUp && provider && (
        <Button asChild variant={state.totp.enrolled ? 'secondary' : 'primary'}>
          <a href={oidcStartUrl(here, true)}>{ta('security.stepUp.withProvider', { provider })}</a>
        </Button>
      )}
      {!state.totp.enrolled && state.totp.available && !withoutEnrolLink && (
        <AppLink to={securityPath(here)}>{ta('security.stepUp.enrol')}</AppLink>
      )}
    </div>
  );
}
