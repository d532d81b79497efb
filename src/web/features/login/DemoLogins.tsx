import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { useDemoLogins } from '../../api/auth';
import { useAuthI18n } from '../security/use-auth-i18n';

interface Props {
  onPick(email: string, password: string): void;
}

/** While the server runs with the demo school: its accounts, one click each. */
export function DemoLogins({ onPick }: Props) {
  const { t } = useTranslation();
  const { ta } = useAuthI18n();
  const demo = useDemoLogins();
  if (!demo.data) return null;
  const { password, logins } = demo.data;
  return (
    <section className="login__demo panel" aria-labelledby="demo-heading">
      <Heading level={2} data-size="sm" id="demo-heading">
        {t('login.demo.title')}
      </Heading>
      <Paragraph data-size="sm">{t('login.demo.lead', { password })}</Paragraph>
      <ul className="demo-logins">
        {logins.map((login) => (
          <li key={login.email}>
            <button type="button" className="demo-logins__button" onClick={() => onPick(login.email, password)}>
              <span className="demo-logins__description">{login.description}</span>
              <span className="demo-logins__email">{login.email}</span>
              {login.totpCode && (
                <span className="demo-logins__code">{ta('login.demoCode', { code: login.totpCode })}</span>
              )}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
