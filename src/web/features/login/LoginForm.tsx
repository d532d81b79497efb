import { Alert, Button, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useImperativeHandle, useRef, useState, type FormEvent, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { needsSecondFactor, useLogin } from '../../api/auth';
import { fieldMessages, isApiRequestError } from '../../api/api-error';

export interface LoginFormHandle {
  /** Fills in the form and logs in, as if the user had typed it. */
  logInWith(email: string, password: string): void;
}

interface Props {
  ref?: Ref<LoginFormHandle>;
  onLoggedIn(): void;
  /** The password was right and the account has an authenticator app: the code comes next. */
  onSecondFactor(email: string): void;
}

type Field = 'email' | 'password';

export function LoginForm({ ref, onLoggedIn, onSecondFactor }: Props) {
  const { t } = useTranslation();
  const login = useLogin();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [missing, setMissing] = useState<Partial<Record<Field, boolean>>>({});
  const alertRef = useRef<HTMLDivElement>(null);
  const emailRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);

  const submit = (values: { email: string; password: string }) => {
    const nowMissing = { email: values.email.trim() === '', password: values.password === '' };
    setMissing(nowMissing);
    if (nowMissing.email || nowMissing.password) {
      (nowMissing.email ? emailRef : passwordRef).current?.focus();
      login.reset();
      return;
    }
    login.mutate(
      { email: values.email.trim(), password: values.password },
      {
        onSuccess: (response) => (needsSecondFactor(response) ? onSecondFactor(values.email.trim()) : onLoggedIn()),
        onError: () => requestAnimationFrame(() => alertRef.current?.focus()),
      },
    );
  };

  useImperativeHandle(ref, () => ({
    logInWith(demoEmail, demoPassword) {
      setEmail(demoEmail);
      setPassword(demoPassword);
      submit({ email: demoEmail, password: demoPassword });
    },
  }));

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    submit({ email, password });
  };

  const serverFields = fieldMessages(login.error);
  const fieldError = (field: Field) =>
    missing[field] ? t('errors:validation.required') : (serverFields[field] ?? undefined);
  // A wrong password or too many tries is about the whole form, not one field.
  const formError = login.error
    ? isApiRequestError(login.error)
      ? login.error.message
      : t('errors.unexpected')
    : null;

  return (
    <form className="login-form" onSubmit={onSubmit} noValidate aria-describedby={formError ? 'login-error' : undefined}>
      {formError && (
        <Alert data-color="danger" id="login-error" role="alert" tabIndex={-1} ref={alertRef}>
          <Paragraph>{formError}</Paragraph>
        </Alert>
      )}
      <Textfield
        ref={emailRef}
        label={t('login.email')}
        name="email"
        type="email"
        autoComplete="username"
        inputMode="email"
        spellCheck={false}
        value={email}
        onChange={(event) => setEmail(event.target.value)}
        error={fieldError('email')}
      />
      <Textfield
        ref={passwordRef}
        label={t('login.password')}
        name="password"
        type="password"
        autoComplete="current-password"
        value={password}
        onChange={(event) => setPassword(event.target.value)}
        error={fieldError('password')}
      />
      <Button type="submit" loading={login.isPending} className="login-form__submit">
        {login.isPending ? t('login.submitting') : t('login.submit')}
      </Button>
    </form>
  );
}
