import { Checkbox, Details, Fieldset, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import { EVALUATION_OUTCOMES } from '../../../contracts/followup-case';
import { MEASURE_JUDGEMENTS } from '../../../contracts/followup-agreement';
import type { CaseView } from '../../../contracts/followup-api';
import { useCaseWrite } from '../../api/followup';
import { useSession } from '../../app/session-context';
import { SelectField, SubmitRow } from './fields';
import { PupilVoiceFields, voiceOf, type VoiceState } from './PupilVoiceFields';
import { today, useFollowupI18n } from './use-followup-i18n';

/** The evaluation: every measure judged (carried out? did it help?), the way on chosen, the pupil's voice; a new version of the agreement. */
export function EvaluationForm({ view, onDone }: { view: CaseView; onDone?: (outcomes: readonly string[]) => void }) {
  const { tf } = useFollowupI18n();
  const me = useSession();
  const agreement = view.agreements[view.agreements.length - 1];
  const content = agreement?.versions[agreement.versions.length - 1]?.content;
  const write = useCaseWrite<unknown>(view.id, agreement ? `/agreements/${agreement.id}/evaluations` : '/agreements');
  const [judged, setJudged] = useState<Record<string, { carriedOut: string; worked: string }>>({});
  const [outcomes, setOutcomes] = useState<string[]>([]);
  const [next, setNext] = useState('');
  const [voice, setVoice] = useState<VoiceState>({ how: 'inPerson', text: '' });
  const [open, setOpen] = useState(false);
  if (!agreement || !content) return null;
  const of = (id: string) => judged[id] ?? { carriedOut: 'yes', worked: 'yes' };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    write.mutate(
      {
        evaluation: {
          on: today(),
          present: [{ name: `${me.user.givenName} ${me.user.familyName}`, role: 'contactTeacher', userId: me.user.id }],
          judgements: content.measures.map((m) => ({ measureId: m.id, ...of(m.id) })),
          outcomes,
          pupilVoice: voiceOf(voice),
        },
        ...(next ? { nextEvaluationOn: next } : {}),
      },
      { onSuccess: () => { setOpen(false); onDone?.(outcomes); } },
    );
  };
  return (
    <Details open={open} onToggle={(e) => setOpen((e.target as HTMLDetailsElement).open)}>
      <Details.Summary>{tf('ui.evaluation.title')}</Details.Summary>
      <Details.Content>
        <form className="followup-form" onSubmit={submit} aria-label={tf('ui.evaluation.title')}>
          {content.measures.map((m) => (
            <fieldset key={m.id} className="followup-judgement">
              <legend>
                {tf(`parties.${m.party}`)}: {m.text}
              </legend>
              <div className="followup-row">
                <SelectField label={tf('ui.evaluation.carriedOut')} value={of(m.id).carriedOut} onChange={(v) => setJudged({ ...judged, [m.id]: { ...of(m.id), carriedOut: v } })} options={MEASURE_JUDGEMENTS.map((j) => ({ value: j, label: tf(`judgements.${j}`) }))} />
                <SelectField label={tf('ui.evaluation.worked')} value={of(m.id).worked} onChange={(v) => setJudged({ ...judged, [m.id]: { ...of(m.id), worked: v } })} options={[...MEASURE_JUDGEMENTS, 'unknown'].map((j) => ({ value: j, label: tf(`judgements.${j}`) }))} />
              </div>
            </fieldset>
          ))}
          <Fieldset>
            <Fieldset.Legend>{tf('ui.evaluation.outcome')}</Fieldset.Legend>
            {EVALUATION_OUTCOMES.map((o) => (
              <Checkbox key={o} label={tf(`evaluationOutcomes.${o}`)} value={o} checked={outcomes.includes(o)} onChange={(e) => setOutcomes(e.target.checked ? [...outcomes, o] : outcomes.filter((x) => x !== o))} />
            ))}
          </Fieldset>
          {outcomes.includes('continue') && <Textfield label={tf('ui.evaluation.next')} type="date" value={next} onChange={(e) => setNext(e.target.value)} />}
          <PupilVoiceFields value={voice} onChange={setVoice} />
          <Paragraph data-size="sm" className="muted">
            {tf('ui.evaluation.help')}
          </Paragraph>
          <SubmitRow label={tf('ui.evaluation.submit')} mutation={write} />
        </form>
      </Details.Content>
    </Details>
  );
}
