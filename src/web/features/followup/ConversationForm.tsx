import { Details, Heading, Textfield } from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import type { CaseView } from '../../../contracts/followup-api';
import { useCaseWrite, useGuides } from '../../api/followup';
import { useSession } from '../../app/session-context';
import { SelectField, SubmitRow } from './fields';
import { PupilVoiceFields, voiceOf, type VoiceState } from './PupilVoiceFields';
import { localNow, localToInstant, useFollowupI18n } from './use-followup-i18n';

/** A conversation with the pupil or the guardians, following one of the guides, with minutes and the pupil's voice. */
export function ConversationForm({ view }: { view: CaseView }) {
  const { tf, text } = useFollowupI18n();
  const me = useSession();
  const guides = useGuides();
  const write = useCaseWrite<unknown>(view.id, '/conversations');
  const [at, setAt] = useState(localNow());
  const [withWhom, setWithWhom] = useState('pupilAndGuardians');
  const [guardian, setGuardian] = useState('');
  const [guideId, setGuideId] = useState('');
  const [answers, setAnswers] = useState<Record<string, string>>({});
  const [voice, setVoice] = useState<VoiceState>({ how: 'inPerson', text: '' });
  const [minutes, setMinutes] = useState('');
  const [open, setOpen] = useState(false);
  const guide = guides.data?.guides.find((g) => g.id === guideId);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const participants = [
      { name: `${me.user.givenName} ${me.user.familyName}`, role: 'contactTeacher', userId: me.user.id },
      ...(withWhom !== 'guardians' ? [{ name: `${view.pupil.givenName} ${view.pupil.familyName}`, role: 'pupil' }] : []),
      ...(withWhom !== 'pupil' && guardian.trim() ? [{ name: guardian.trim(), role: 'guardians' }] : []),
    ];
    write.mutate(
      {
        at: localToInstant(at),
        with: withWhom,
        participants,
        ...(guideId ? { guideId } : {}),
        answers: Object.entries(answers).filter(([, a]) => a.trim()).map(([questionId, answer]) => ({ questionId, answer: answer.trim() })),
        pupilVoice: voiceOf(voice),
        ...(minutes.trim() ? { minutes: minutes.trim() } : {}),
      },
      { onSuccess: () => setOpen(false) },
    );
  };
  return (
    <Details open={open} onToggle={(e) => setOpen((e.target as HTMLDetailsElement).open)}>
      <Details.Summary>{tf('ui.conversation.title')}</Details.Summary>
      <Details.Content>
        <form className="followup-form" onSubmit={submit} aria-label={tf('ui.conversation.title')}>
          <Textfield label={tf('ui.fields.at')} type="datetime-local" value={at} onChange={(e) => setAt(e.target.value)} />
          <SelectField label={tf('ui.conversation.with')} value={withWhom} onChange={setWithWhom} options={['pupil', 'guardians', 'pupilAndGuardians'].map((w) => ({ value: w, label: tf(`conversationWith.${w}`) }))} />
          {withWhom !== 'pupil' && <Textfield label={tf('ui.conversation.guardian')} value={guardian} onChange={(e) => setGuardian(e.target.value)} />}
          <SelectField
            label={tf('ui.conversation.guide')}
            value={guideId}
            onChange={setGuideId}
            options={[{ value: '', label: tf('ui.conversation.noGuide') }, ...(guides.data?.guides ?? []).map((g) => ({ value: g.id, label: text(g.name) }))]}
          />
          {guide?.sections.map((section) => (
            <fieldset key={section.id} className="followup-guide">
              <legend>{text(section.title)}</legend>
              {section.questions.map((q) => (
                <Textfield key={q.id} label={text(q.text)} multiline rows={2} value={answers[q.id] ?? ''} onChange={(e) => setAnswers({ ...answers, [q.id]: e.target.value })} />
              ))}
            </fieldset>
          ))}
          <PupilVoiceFields value={voice} onChange={setVoice} />
          <Heading level={4} data-size="2xs">
            {tf('ui.conversation.minutesTitle')}
          </Heading>
          <Textfield label={tf('ui.conversation.minutes')} multiline rows={4} value={minutes} onChange={(e) => setMinutes(e.target.value)} />
          <SubmitRow label={tf('ui.conversation.submit')} mutation={write} />
        </form>
      </Details.Content>
    </Details>
  );
}
