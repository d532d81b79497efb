import { Details, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import { CAUSE_CATEGORIES, PERSPECTIVES, leadingCauses } from '../../../contracts/followup-mapping';
import type { CaseView } from '../../../contracts/followup-api';
import { useCaseWrite } from '../../api/followup';
import { SelectField, SubmitRow } from './fields';
import { localNow, localToInstant, useFollowupI18n } from './use-followup-i18n';

const empty = () => Object.fromEntries(CAUSE_CATEGORIES.map((c) => [c, 0])) as Record<(typeof CAUSE_CATEGORIES)[number], number>;

/**
 * Årsakskartlegging: how much each of the eight explanations applies (0-100),
 * from the pupil's or the guardians' view, filled in apart, with the subjects
 * and situations that are hard.
 */
export function CauseMappingForm({ view }: { view: CaseView }) {
  const { tf } = useFollowupI18n();
  const write = useCaseWrite<unknown>(view.id, '/mappings');
  const [at, setAt] = useState(localNow());
  const [perspective, setPerspective] = useState<string>('pupil');
  const [scores, setScores] = useState(empty());
  const [subjects, setSubjects] = useState('');
  const [notes, setNotes] = useState('');
  const [open, setOpen] = useState(false);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    write.mutate(
      {
        tool: 'causeMapping',
        mapping: {
          at: localToInstant(at),
          perspective,
          scores,
          detail: { subjects: subjects.split(',').map((s) => s.trim()).filter(Boolean).map((subject) => ({ subject })), teachers: [], situations: [], otherSituations: [] },
          ...(notes.trim() ? { notes: notes.trim() } : {}),
        },
      },
      { onSuccess: () => { setScores(empty()); setOpen(false); } },
    );
  };
  return (
    <Details open={open} onToggle={(e) => setOpen((e.target as HTMLDetailsElement).open)}>
      <Details.Summary>{tf('ui.mapping.title')}</Details.Summary>
      <Details.Content>
        {view.mappings.causeMappings.map((m) => (
          <Paragraph key={m.id} data-size="sm">
            {tf('ui.mapping.done', {
              perspective: tf(`perspectives.${m.perspective}`),
              causes: leadingCauses(m).map((c) => `${tf(`causes.${c.category}`)} (${c.score})`).join(', ') || tf('ui.mapping.noLeading'),
            })}
          </Paragraph>
        ))}
        <form className="followup-form" onSubmit={submit} aria-label={tf('ui.mapping.title')}>
          <Textfield label={tf('ui.fields.at')} type="datetime-local" value={at} onChange={(e) => setAt(e.target.value)} />
          <SelectField label={tf('ui.mapping.perspective')} value={perspective} onChange={setPerspective} options={PERSPECTIVES.map((p) => ({ value: p, label: tf(`perspectives.${p}`) }))} />
          <Paragraph data-size="sm" className="muted">
            {tf('ui.mapping.help')}
          </Paragraph>
          <div className="followup-scores">
            {CAUSE_CATEGORIES.map((c) => (
              <Textfield
                key={c}
                label={tf(`causes.${c}`)}
                type="number"
                min={0}
                max={100}
                step={10}
                value={String(scores[c])}
                onChange={(e) => setScores({ ...scores, [c]: Math.max(0, Math.min(100, Number(e.target.value) || 0)) })}
              />
            ))}
          </div>
          <Textfield label={tf('ui.mapping.subjects')} value={subjects} onChange={(e) => setSubjects(e.target.value)} />
          <Textfield label={tf('ui.mapping.notes')} multiline rows={2} value={notes} onChange={(e) => setNotes(e.target.value)} />
          <SubmitRow label={tf('ui.mapping.submit')} mutation={write} />
        </form>
      </Details.Content>
    </Details>
  );
}
