import { Alert, Button, Heading, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { useEndOtherSessions, useMySessions } from '../../api/auth';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { Loading } from '../../components/Loading';
import { useLocale } from '../registration/use-locale';
import { describeUserAgent, formatMoment } from './format';
import { useAuthI18n } from './use-auth-i18n';

/** One's own sessions that still work, and «Logg ut andre økter». */
export function SessionsPanel({ provider }: { provider: string }) {
  const { t } = useTranslation();
  const { ta } = useAuthI18n();
  const locale = useLocale();
  const sessions = useMySessions();
  const endOthers = useEndOtherSessions();

  return (
    <section className="panel" aria-labelledby="security-sessions">
      <Heading level={2} data-size="sm" id="security-sessions">
        {ta('security.sessions.title')}
      </Heading>
      <Paragraph data-size="sm">{ta('security.sessions.lead')}</Paragraph>
      {sessions.isPending ? (
        <Loading label={t('common.loading')} />
      ) : sessions.isError ? (
        <ApiErrorAlert error={sessions.error} />
      ) : (
        <>
          <Table className="security__sessions" data-size="sm">
            <caption className="visually-hidden">{ta('security.sessions.tableLabel')}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{ta('security.sessions.device')}</Table.HeaderCell>
                <Table.HeaderCell>{ta('security.sessions.started')}</Table.HeaderCell>
                <Table.HeaderCell>{ta('security.sessions.lastSeen')}</Table.HeaderCell>
                <Table.HeaderCell>{ta('security.sessions.how')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {sessions.data.sessions.map((session) => {
                const device = describeUserAgent(session.userAgent);
                const method = session.authMethod === 'oidc' ? provider : ta('security.sessions.password');
                return (
                  <Table.Row key={session.id}>
                    <Table.Cell>
                      {device ? ta('security.sessions.on', device) : ta('security.sessions.unknownDevice')}{' '}
                      {session.current && (
                        <Tag data-color="accent" data-size="sm">
                          {ta('security.sessions.current')}
                        </Tag>
                      )}
                    </Table.Cell>
                    <Table.Cell>{formatMoment(session.createdAt, locale)}</Table.Cell>
                    <Table.Cell>{formatMoment(session.lastSeenAt, locale)}</Table.Cell>
                    <Table.Cell>{session.secondFactor ? ta('security.sessions.withSecondFactor', { method }) : method}</Table.Cell>
                  </Table.Row>
                );
              })}
            </Table.Body>
          </Table>
          {endOthers.data && (
            <Alert data-color="success" role="status">
              <Paragraph>{ta('security.sessions.ended', { count: endOthers.data.ended })}</Paragraph>
            </Alert>
          )}
          {endOthers.error !== null && <ApiErrorAlert error={endOthers.error} />}
          {sessions.data.sessions.length > 1 ? (
            <Button type="button" variant="secondary" loading={endOthers.isPending} onClick={() => endOthers.mutate()}>
              {ta('security.sessions.endOthers')}
            </Button>
          ) : (
            !endOthers.data && <Paragraph data-size="sm">{ta('security.sessions.onlyThis')}</Paragraph>
          )}
        </>
      )}
    </section>
  );
}
