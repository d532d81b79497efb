import { Alert, Button, Details, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Enrolment, SessionSecurity } from '../../../contracts/auth';
import { useConfirmEnrolment, useDisableTotp, useRenewRecoveryCodes, useStartEnrolment } from '../../api/auth';
import { fieldMessages, isApiRequestError } from '../../api/api-error';
import { RecoveryCodes } from './RecoveryCodes';
import { useAuthI18n } from './use-auth-i18n';

interface Props {
  security: SessionSecurity;
  provider: string;
  /** After the app is set up and the recovery codes are put away. */
  onEnrolled(): void;
}

/** The authenticator app: set it up (password, QR code, first code), new recovery codes, or remove it. */
export function AuthenticatorPanel({ security, provider, onEnrolled }: Props) {
  const { ta } = useAuthI18n();
  // Kept here, not in the step that made them: the panel changes to «set up» as soon as the server says so.
  const [freshCodes, setFreshCodes] = useState<string[] | null>(null);

  return (
    <section className="panel" aria-labelledby="security-app">
      <Heading level={2} data-size="sm" id="security-app">
        {ta('security.app.title')}
      </Heading>
      {freshCodes ? (
        <RecoveryCodes
          codes={freshCodes}
          onDone={() => {
            setFreshCodes(null);
            onEnrolled();
          }}
        />
      ) : !security.totp.available ? (
        <Paragraph>{ta('security.app.oidcOnly', { provider })}</Paragraph>
      ) : security.totp.enrolled ? (
        <>
          <Paragraph>{ta('security.app.enrolled', { count: security.totp.recoveryCodesLeft })}</Paragraph>
          <Details data-size="sm">
            <Details.Summary>{ta('security.app.manage')}</Details.Summary>
            <Details.Content>
              <ManageApp onNewCodes={setFreshCodes} />
            </Details.Content>
          </Details>
        </>
      ) : (
        <>
          <Paragraph>{ta('security.app.notEnrolled')}</Paragraph>
          <EnrolApp onConfirmed={setFreshCodes} />
        </>
      )}
    </section>
  );
}

function messageOf(error: unknown, t: (key: string) => string): string | null {
  if (!error) return null;
  return isApiRequestError(error) ? error.message : t('errors.unexpected');
}

function EnrolApp({ onConfirmed }: { onConfirmed(codes: string[]): void }) {
  const { t } = useTranslation();
  const { ta } = useAuthI18n();
  const start = useStartEnrolment();
  const confirm = useConfirmEnrolment();
  const [stage, setStage] = useState<'idle' | 'password' | 'scan'>('idle');
  const [password, setPassword] = useState('');
  const [code, setCode] = useState('');
  const [enrolment, setEnrolment] = useState<Enrolment | null>(null);

  if (stage === 'idle') {
    return (
      <Button type="button" onClick={() => setStage('password')}>
        {ta('security.enrol.start')}
      </Button>
    );
  }

  if (stage === 'password' || !enrolment) {
    const onSubmit = (event: FormEvent<HTMLFormElement>) => {
      event.preventDefault();
      start.mutate(password, {
        onSuccess: (answer) => {
          setEnrolment(answer);
          setPassword('');
          setStage('scan');
        },
      });
    };
    const passwordError = fieldMessages(start.error).password;
    return (
      <form className="security__form" onSubmit={onSubmit} noValidate>
        {!passwordError && messageOf(start.error, t) && (
          <Alert data-color="danger" role="alert">
            <Paragraph>{messageOf(start.error, t)}</Paragraph>
          </Alert>
        )}
        <Textfield
          label={ta('security.enrol.password')}
          description={ta('security.enrol.passwordHint')}
          name="password"
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={(event) => setPassword(event.target.value)}
          error={passwordError}
        />
        <div className="security__actions">
          <Button type="submit" loading={start.isPending}>
            {ta('security.enrol.continue')}
          </Button>
          <Button type="button" variant="tertiary" onClick={() => setStage('idle')}>
            {ta('security.enrol.cancel')}
          </Button>
        </div>
      </form>
    );
  }

  const onConfirm = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    confirm.mutate(code, { onSuccess: (answer) => onConfirmed(answer.recoveryCodes) });
  };
  const codeError = fieldMessages(confirm.error).code;
  return (
    <form className="security__form" onSubmit={onConfirm} noValidate>
      <Heading level={3} data-size="xs">
        {ta('security.enrol.scan')}
      </Heading>
      <img className="security__qr" src={enrolment.qrDataUrl} alt={ta('security.enrol.qrAlt')} width={200} height={200} />
      <Paragraph data-size="sm">{ta('security.enrol.manual')}</Paragraph>
      <code className="security__secret" data-testid="totp-secret">
        {enrolment.secret.match(/.{1,4}/g)?.join(' ')}
      </code>
      {!codeError && messageOf(confirm.error, t) && (
        <Alert data-color="danger" role="alert">
          <Paragraph>{messageOf(confirm.error, t)}</Paragraph>
        </Alert>
      )}
      <Textfield
        label={ta('security.enrol.code')}
        name="code"
        inputMode="numeric"
        autoComplete="one-time-code"
        value={code}
        onChange={(event) => setCode(event.target.value)}
        error={codeError}
      />
      <div className="security__actions">
        <Button type="submit" loading={confirm.isPending}>
          {ta('security.enrol.confirm')}
        </Button>
        <Button type="button" variant="tertiary" onClick={() => setStage('idle')}>
          {ta('security.enrol.cancel')}
        </Button>
      </div>
    </form>
  );
}

/** New recovery codes, or removing the app: both need a current code. */
function ManageApp({ onNewCodes }: { onNewCodes(codes: string[]): void }) {
  const { t } = useTranslation();
  const { ta } = useAuthI18n();
  const renew = useRenewRecoveryCodes();
  const disable = useDisableTotp();
  const [code, setCode] = useState('');
  const [removed, setRemoved] = useState(false);
  const error = renew.error ?? disable.error;
  const codeError = fieldMessages(error).code;

  const run = (which: 'renew' | 'disable') => {
    if (which === 'renew') {
      disable.reset();
      renew.mutate(code, { onSuccess: (answer) => onNewCodes(answer.recoveryCodes) });
    } else {
      renew.reset();
      disable.mutate(code, { onSuccess: () => setRemoved(true) });
    }
  };

  return (
    <form className="security__form" onSubmit={(event) => event.preventDefault()} noValidate>
      {removed && (
        <Alert data-color="success" role="status">
          <Paragraph>{ta('security.disable.done')}</Paragraph>
        </Alert>
      )}
      {!codeError && messageOf(error, t) && (
        <Alert data-color="danger" role="alert">
          <Paragraph>{messageOf(error, t)}</Paragraph>
        </Alert>
      )}
      <Textfield
        label={ta('security.code')}
        name="code"
        autoComplete="one-time-code"
        value={code}
        onChange={(event) => setCode(event.target.value)}
        error={codeError}
      />
      <Paragraph data-size="sm">
        {ta('security.renew.lead')} {ta('security.disable.lead')}
      </Paragraph>
      <div className="security__actions">
        <Button type="button" variant="secondary" loading={renew.isPending} onClick={() => run('renew')}>
          {ta('security.renew.submit')}
        </Button>
        <Button type="button" variant="secondary" data-color="danger" loading={disable.isPending} onClick={() => run('disable')}>
          {ta('security.disable.submit')}
        </Button>
      </div>
    </form>
  );
}
