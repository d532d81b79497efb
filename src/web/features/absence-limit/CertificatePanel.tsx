import { Button, Checkbox, Heading, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useCertificate, useSetLeaveOffs } from '../../api/upper-secondary';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { Loading } from '../../components/Loading';
import { useLimitI18n } from './use-limit-i18n';

/** The certificate (opplæringsforskrifta § 9-53): days and single hours apart, and the whole days left off, marked as such. */
export function CertificatePanel({ pupilId }: { pupilId: string }) {
  const { tu, fmt } = useLimitI18n();
  const query = useCertificate(pupilId, true);
  const save = useSetLeaveOffs(pupilId);
  const [editing, setEditing] = useState<Set<string> | null>(null);
  if (query.isPending) return <Loading label={tu('certificate.loading')} />;
  if (query.isError) return <ApiErrorAlert error={query.error} />;
  const c = query.data;
  return (
    <section className="limit-section" aria-labelledby="certificate-title">
      <Heading level={2} data-size="sm" id="certificate-title">
        {tu('certificate.title')}
      </Heading>
      <dl className="limit-facts">
        <div>
          <dt>{tu('certificate.days')}</dt>
          <dd>{tu('certificate.daysValue', { recorded: fmt.integer(c.days.recorded), absent: fmt.integer(c.days.absent), leftOff: fmt.integer(c.days.leftOff) })}</dd>
        </div>
        <div>
          <dt>{tu('certificate.hours')}</dt>
          <dd>{tu('certificate.hoursValue', { hours: fmt.hours(c.hours.recorded), lessons: fmt.integer(c.hours.lessons) })}</dd>
        </div>
      </dl>
      <Paragraph data-size="sm" className="muted">
        {tu(c.requested ? 'certificate.requested' : 'certificate.suggested', { max: c.maxDaysLeftOff })}
      </Paragraph>
      {c.wholeDays.length > 0 && (
        <Table data-size="sm" className="certificate-days">
          <caption className="visually-hidden">{tu('certificate.caption')}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell scope="col">{tu('certificate.day')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{tu('certificate.may')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{tu('certificate.onCertificate')}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {c.wholeDays.map((d) => (
              <Table.Row key={d.date} data-left-off={d.leftOff || undefined}>
                <Table.HeaderCell scope="row">{fmt.day(d.date)}</Table.HeaderCell>
                <Table.Cell>{d.mayBeLeftOff ? tu(`certificate.reason.${d.mayBeLeftOff}`) : '–'}</Table.Cell>
                <Table.Cell>
                  {editing && d.mayBeLeftOff ? (
                    <Checkbox
                      data-size="sm"
                      label={tu('certificate.leaveOff')}
                      checked={editing.has(d.date)}
                      onChange={(e) => {
                        const next = new Set(editing);
                        if (e.target.checked) next.add(d.date);
                        else next.delete(d.date);
                        setEditing(next);
                      }}
                    />
                  ) : d.leftOff ? (
                    <Tag data-color="success" data-size="sm">
                      {tu('certificate.leftOff')}
                    </Tag>
                  ) : (
                    tu('certificate.recorded')
                  )}
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
      {save.isError && <ApiErrorAlert error={save.error} />}
      {c.mayEdit && c.wholeDays.some((d) => d.mayBeLeftOff) && (
        <div className="limit-form__buttons">
          {editing ? (
            <>
              <Button type="button" data-size="sm" loading={save.isPending} onClick={() => save.mutate([...editing].sort(), { onSuccess: () => setEditing(null) })}>
                {tu('certificate.save')}
              </Button>
              <Button type="button" variant="tertiary" data-size="sm" onClick={() => setEditing(null)}>
                {tu('form.cancel')}
              </Button>
            </>
          ) : (
            <Button type="button" variant="secondary" data-size="sm" onClick={() => setEditing(new Set(c.wholeDays.filter((d) => d.leftOff).map((d) => d.date)))}>
              {tu('certificate.edit')}
            </Button>
          )}
        </div>
      )}
    </section>
  );
}
