import { Alert, Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useAuthI18n } from './use-auth-i18n';

/** The recovery codes, shown once right after they were made. */
export function RecoveryCodes({ codes, onDone }: { codes: readonly string[]; onDone(): void }) {
  const { ta } = useAuthI18n();
  return (
    <Alert data-color="success" className="security__codes">
      <Heading level={3} data-size="xs">
        {ta('security.recovery.title')}
      </Heading>
      <Paragraph data-size="sm">{ta('security.recovery.lead')}</Paragraph>
      <ul className="security__code-list" aria-label={ta('security.recovery.listLabel')}>
        {codes.map((code) => (
          <li key={code}>
            <code>{code}</code>
          </li>
        ))}
      </ul>
      <Button type="button" onClick={onDone}>
        {ta('security.recovery.done')}
      </Button>
    </Alert>
  );
}
