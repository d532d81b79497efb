import { Button, Checkbox, Details, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import { CIRCLES, type Circle } from '../../../contracts/followup-mapping';
import type { CaseView } from '../../../contracts/followup-api';
import { useCaseWrite } from '../../api/followup';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { MappingSummaries } from './MappingSummaries';
import { localNow, localToInstant, useFollowupI18n } from './use-followup-i18n';

interface CircleDraft { resources: string; risks: string; measures: string }
const blank: CircleDraft = { resources: '', risks: '', measures: '' };
/** One thing a line: how people write lists in a meeting. */
const lines = (value: string) => value.split('\n').map((l) => l.trim()).filter(Boolean);

/**
 * Tiltakssirkelen: for each of the eight circles, what is a resource, what is
 * a risk, and what may be done. Circles left empty are not sent, since few
 * meetings get through all eight.
 */
export function CircleMappingForm({ view }: { view: CaseView }) {
  const { tf } = useFollowupI18n();
  const write = useCaseWrite<unknown>(view.id, '/mappings');
  const [at, setAt] = useState(localNow());
  const [drafts, setDrafts] = useState<Partial<Record<Circle, CircleDraft>>>({});
  const [internal, setInternal] = useState(false);
  const [open, setOpen] = useState(false);

  const filled = CIRCLES.filter((c) => {
    const d = drafts[c];
    return d && (lines(d.resources).length || lines(d.risks).length || lines(d.measures).length);
  });
  const change = (c: Circle, patch: Partial<CircleDraft>) => setDrafts({ ...drafts, [c]: { ...blank, ...drafts[c], ...patch } });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const circles = Object.fromEntries(
      filled.map((c) => {
        const d = drafts[c] ?? blank;
        return [c, { resources: lines(d.resources), risks: lines(d.risks), measures: lines(d.measures).map((text) => ({ text })) }];
      }),
    );
    write.mutate({ tool: 'circle', mapping: { at: localToInstant(at), circles, internal } }, { onSuccess: () => { setDrafts({}); setOpen(false); } });
  };
  return (
    <Details open={open} onToggle={(e) => setOpen((e.target as HTMLDetailsElement).open)}>
      <Details.Summary>{tf('ui.circle.title')}</Details.Summary>
      <Details.Content>
        <MappingSummaries view={view} tool="circle" />
        <form className="followup-form" onSubmit={submit} aria-label={tf('ui.circle.title')}>
          <Textfield label={tf('ui.fields.at')} type="datetime-local" value={at} onChange={(e) => setAt(e.target.value)} />
          <Paragraph data-size="sm" className="muted">
            {tf('ui.circle.help')}
          </Paragraph>
          {CIRCLES.map((c) => (
            <fieldset key={c} className="followup-judgement">
              <legend>{tf(`circles.${c}`)}</legend>
              <div className="followup-circle">
                <Textfield label={tf('ui.circle.resources')} multiline rows={2} value={drafts[c]?.resources ?? ''} onChange={(e) => change(c, { resources: e.target.value })} />
                <Textfield label={tf('ui.circle.risks')} multiline rows={2} value={drafts[c]?.risks ?? ''} onChange={(e) => change(c, { risks: e.target.value })} />
                <Textfield label={tf('ui.circle.measures')} multiline rows={2} value={drafts[c]?.measures ?? ''} onChange={(e) => change(c, { measures: e.target.value })} />
              </div>
            </fieldset>
          ))}
          <Checkbox label={tf('ui.circle.internal')} checked={internal} onChange={(e) => setInternal(e.target.checked)} />
          <div>
            <Button type="submit" disabled={write.isPending || filled.length === 0}>
              {tf('ui.circle.submit')}
            </Button>
          </div>
          {write.isError && <ApiErrorAlert error={write.error} />}
        </form>
      </Details.Content>
    </Details>
  );
}
