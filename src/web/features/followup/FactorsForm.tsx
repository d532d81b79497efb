import { Button, Checkbox, Details, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import { PERSPECTIVES } from '../../../contracts/followup-mapping';
import type { CaseView } from '../../../contracts/followup-api';
import { useCaseWrite } from '../../api/followup';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { SelectField } from './fields';
import { MappingSummaries } from './MappingSummaries';
import { localNow, localToInstant, useFollowupI18n } from './use-followup-i18n';

const lines = (value: string) => value.split('\n').map((l) => l.trim()).filter(Boolean);

/**
 * Utløsende og opprettholdende faktorer: what may have started the absence and
 * what keeps it going, one a line. They are hypotheses unless told otherwise,
 * since the worksheet is meant to be tested against what happens.
 */
export function FactorsForm({ view }: { view: CaseView }) {
  const { tf } = useFollowupI18n();
  const write = useCaseWrite<unknown>(view.id, '/mappings');
  const [at, setAt] = useState(localNow());
  const [perspective, setPerspective] = useState<string>('school');
  const [triggering, setTriggering] = useState('');
  const [maintaining, setMaintaining] = useState('');
  const [hypothesis, setHypothesis] = useState(true);
  const [open, setOpen] = useState(false);

  const empty = lines(triggering).length + lines(maintaining).length === 0;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const factors = (value: string) => lines(value).map((text) => ({ text, hypothesis }));
    write.mutate(
      { tool: 'factors', mapping: { at: localToInstant(at), perspective, triggering: factors(triggering), maintaining: factors(maintaining) } },
      { onSuccess: () => { setTriggering(''); setMaintaining(''); setOpen(false); } },
    );
  };
  return (
    <Details open={open} onToggle={(e) => setOpen((e.target as HTMLDetailsElement).open)}>
      <Details.Summary>{tf('ui.factors.title')}</Details.Summary>
      <Details.Content>
        <MappingSummaries view={view} tool="factors" />
        <form className="followup-form" onSubmit={submit} aria-label={tf('ui.factors.title')}>
          <Textfield label={tf('ui.fields.at')} type="datetime-local" value={at} onChange={(e) => setAt(e.target.value)} />
          <SelectField label={tf('ui.mapping.perspective')} value={perspective} onChange={setPerspective} options={PERSPECTIVES.map((p) => ({ value: p, label: tf(`perspectives.${p}`) }))} />
          <Paragraph data-size="sm" className="muted">
            {tf('ui.factors.help')}
          </Paragraph>
          <Textfield label={tf('ui.factors.triggering')} multiline rows={3} value={triggering} onChange={(e) => setTriggering(e.target.value)} />
          <Textfield label={tf('ui.factors.maintaining')} multiline rows={3} value={maintaining} onChange={(e) => setMaintaining(e.target.value)} />
          <Checkbox label={tf('ui.factors.hypothesis')} checked={hypothesis} onChange={(e) => setHypothesis(e.target.checked)} />
          <div>
            <Button type="submit" disabled={write.isPending || empty}>
              {tf('ui.factors.submit')}
            </Button>
          </div>
          {write.isError && <ApiErrorAlert error={write.error} />}
        </form>
      </Details.Content>
    </Details>
  );
}
