import { Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { isApiRequestError } from '../../api/api-error';
import { useOpenCase, usePupilCases } from '../../api/followup';
import { usePupilConcerns } from '../../api/rules';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { paths } from '../../app/paths';
import { CaseTable } from './CaseTable';
import { SelectField, SubmitRow } from './fields';
import { useFollowupI18n } from './use-followup-i18n';
import './followup.css';

/**
 * The pupil's follow-up cases on the pupil's page, and «Opprett sak» from an
 * open concern (its figures go with the case) or by hand. Only for those the
 * server lets open a case: anyone else sees no panel.
 */
export function PupilCasesPanel({ pupilId }: { pupilId: string }) {
  const { tf } = useFollowupI18n();
  const cases = usePupilCases(pupilId);
  const concerns = usePupilConcerns(pupilId);
  const open = useOpenCase(pupilId);
  const navigate = useNavigate();
  const [choice, setChoice] = useState('');
  const [reason, setReason] = useState('');

  if (cases.isPending) return null;
  if (cases.isError) {
    if (isApiRequestError(cases.error) && (cases.error.status === 403 || cases.error.status === 404)) return null;
    return <ApiErrorAlert error={cases.error} />;
  }
  const openCase = cases.data.cases.find((c) => c.status === 'open');
  const openConcerns = (concerns.data?.concerns ?? []).filter((c) => c.status === 'open' && c.holds && !c.approaching);
  const selected = choice || openConcerns[0]?.id || 'manual';

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const body = selected === 'manual' ? { from: { kind: 'manual' as const, reason } } : { from: { kind: 'concern' as const, concernId: selected } };
    open.mutate(body, { onSuccess: (view) => void navigate(paths.followupCase(view.id)) });
  };

  return (
    <section className="panel followup-panel" aria-labelledby="pupil-cases-title">
      <Heading level={2} data-size="sm" id="pupil-cases-title">
        {tf('ui.pupil.title')}
      </Heading>
      {cases.data.cases.length > 0 ? <CaseTable cases={cases.data.cases} showPupil={false} /> : <Paragraph data-size="sm">{tf('ui.pupil.none')}</Paragraph>}
      {!openCase && (
        <form className="followup-form" onSubmit={submit} aria-labelledby="open-case-title">
          <Heading level={3} data-size="xs" id="open-case-title">
            {tf('ui.open.title')}
          </Heading>
          <SelectField
            label={tf('ui.open.from')}
            value={selected}
            onChange={setChoice}
            options={[...openConcerns.map((c) => ({ value: c.id, label: tf('ui.open.fromConcern', { rule: c.rule.name }) })), { value: 'manual', label: tf('ui.open.manual') }]}
          />
          {selected === 'manual' && <Textfield label={tf('ui.open.reason')} multiline rows={3} value={reason} onChange={(e) => setReason(e.target.value)} />}
          <SubmitRow label={tf('ui.open.submit')} mutation={open} />
        </form>
      )}
    </section>
  );
}
