import { Button, Heading, Paragraph, Tag, Textfield } from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import type { z } from 'zod';
import type { retentionSettingSchema } from '../../../contracts/retention';
import { useRetention, useSetRetention } from '../../api/retention';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { Loading } from '../../components/Loading';
import { useDocumentTitle } from '../../components/use-document-title';
import { useAuditI18n } from '../audit/use-audit-i18n';
import './retention.css';

type Setting = z.output<typeof retentionSettingSchema>;

function RecordTypeForm({ setting }: { setting: Setting }) {
  const { ta } = useAuditI18n();
  const save = useSetRetention();
  const [months, setMonths] = useState(String(setting.months));
  const [savedAt, setSavedAt] = useState<number | null>(null);
  const type = setting.recordType;
  const value = Number(months);
  const outside = months !== '' && (!Number.isInteger(value) || value < setting.minMonths || value > setting.maxMonths);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (outside || months === '') return;
    save.mutate({ recordType: type, months: value }, { onSuccess: () => setSavedAt(Date.now()) });
  };
  const headingId = `retention-${type}`;
  return (
    <form className="panel retention-type" aria-labelledby={headingId} onSubmit={submit}>
      <Heading level={2} data-size="xs" id={headingId}>
        {ta(`retention.types.${type}.name` as never)}{' '}
        {setting.months !== setting.defaultMonths && (
          <Tag data-color="info" data-size="sm">
            {ta('retention.ownChoice')}
          </Tag>
        )}
      </Heading>
      <Paragraph data-size="sm">{ta(`retention.types.${type}.what` as never)}</Paragraph>
      <div className="retention-type__field">
        <Textfield
          label={ta('retention.months')}
          description={ta('retention.bounds', { counted: ta(`retention.types.${type}.countedFrom` as never), default: setting.defaultMonths, min: setting.minMonths, max: setting.maxMonths })}
          type="number"
          inputMode="numeric"
          min={setting.minMonths}
          max={setting.maxMonths}
          value={months}
          onChange={(e) => {
            setMonths(e.target.value);
            setSavedAt(null);
          }}
          error={outside ? ta('retention.outOfBounds', { min: setting.minMonths, max: setting.maxMonths }) : undefined}
        />
        <Button type="submit" variant="secondary" disabled={save.isPending || outside || Number(months) === setting.months}>
          {ta('retention.save')}
        </Button>
      </div>
      <div aria-live="polite">{savedAt !== null && !save.isPending && <Paragraph data-size="sm">{ta('retention.saved', { months: setting.months })}</Paragraph>}</div>
      {save.isError && <ApiErrorAlert error={save.error} />}
    </form>
  );
}

/** «Lagringstid»: how long the owner keeps each record type before the nightly job deletes it, for its administrator. */
export function RetentionPage() {
  const { ta } = useAuditI18n();
  const query = useRetention();
  useDocumentTitle(ta('retention.title'));
  return (
    <div className="retention-page">
      <Heading level={1} data-size="lg">
        {ta('retention.title')}
      </Heading>
      <Paragraph>{ta('retention.intro')}</Paragraph>
      <Paragraph data-size="sm" className="muted">
        {ta('retention.archive')}
      </Paragraph>
      {query.isPending ? (
        <Loading label={ta('retention.loading')} />
      ) : query.isError ? (
        <ApiErrorAlert error={query.error} />
      ) : (
        <div className="retention-types">
          {query.data.settings.map((setting) => (
            <RecordTypeForm key={setting.recordType} setting={setting} />
          ))}
        </div>
      )}
    </div>
  );
}
