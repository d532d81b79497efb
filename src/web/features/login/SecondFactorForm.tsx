import { Alert, Button, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useDemoLogins, useLoginSecondFactor } from '../../api/auth';
import { fieldMessages, isApiRequestError } from '../../api/api-error';
import { useAuthI18n } from '../security/use-auth-i18n';

interface Props {
  email: string;
  onLoggedIn(): void;
  /** Back to e-mail and password, e.g. when the five minutes are up. */
  onBack(): void;
}

/** The second step of a login: the code from the authenticator app, or a recovery code. */
export function SecondFactorForm({ email, onLoggedIn, onBack }: Props) {
  const { t } = useTranslation();
  const { ta } = useAuthI18n();
  const verify = useLoginSecondFactor();
  const demo = useDemoLogins();
  const [code, setCode] = useState('');
  const [missing, setMissing] = useState(false);
  const alertRef = useRef<HTMLDivElement>(null);
  const demoCode = demo.data?.logins.find((l) => l.email === email)?.totpCode ?? null;

  const submit = (value: string) => {
    if (value.trim() === '') {
      setMissing(true);
      return;
    }
    setMissing(false);
    verify.mutate(value, {
      onSuccess: onLoggedIn,
      onError: () => requestAnimationFrame(() => alertRef.current?.focus()),
    });
  };
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    submit(code);
  };

  const fieldError = missing ? t('errors:validation.required') : fieldMessages(verify.error).code;
  // A wrong code belongs to the field; an expired login or too many tries to the whole form.
  const formError = verify.error && !fieldMessages(verify.error).code ? (isApiRequestError(verify.error) ? verify.error.message : t('errors.unexpected')) : null;
  const expired = isApiRequestError(verify.error) && verify.error.code === 'login_expired';

  return (
    <form className="login-form" onSubmit={onSubmit} noValidate aria-labelledby="second-factor-heading">
      <Heading level={2} data-size="sm" id="second-factor-heading">
        {ta('login.secondFactor.title')}
      </Heading>
      <Paragraph data-size="sm">{ta('login.secondFactor.lead')}</Paragraph>
      {formError && (
        <Alert data-color="danger" role="alert" tabIndex={-1} ref={alertRef}>
          <Paragraph>{formError}</Paragraph>
        </Alert>
      )}
      <Textfield
        label={ta('login.secondFactor.code')}
        name="code"
        autoComplete="one-time-code"
        inputMode="text"
        spellCheck={false}
        autoFocus
        value={code}
        onChange={(event) => setCode(event.target.value)}
        error={fieldError}
      />
      {demoCode && (
        <Alert data-color="info" className="login-form__demo-code">
          <Paragraph data-size="sm">{ta('login.secondFactor.demoCode', { code: demoCode })}</Paragraph>
          <Button
            type="button"
            variant="secondary"
            data-size="sm"
            onClick={() => {
              setCode(demoCode);
              submit(demoCode);
            }}
          >
            {ta('login.secondFactor.useDemoCode')}
          </Button>
        </Alert>
      )}
      <Button type="submit" loading={verify.isPending} className="login-form__submit" disabled={expired}>
        {verify.isPending ? ta('login.secondFactor.submitting') : ta('login.secondFactor.submit')}
      </Button>
      <Button type="button" variant="tertiary" onClick={onBack}>
        {ta('login.secondFactor.back')}
      </Button>
    </form>
  );
}
