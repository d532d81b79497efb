import { Button, Details, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import { PERSPECTIVES, SCHOOL_DAY_PARTS } from '../../../contracts/followup-mapping';
import type { CaseView } from '../../../contracts/followup-api';
import { useCaseWrite } from '../../api/followup';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { SelectField } from './fields';
import { MappingSummaries } from './MappingSummaries';
import { localNow, localToInstant, useFollowupI18n } from './use-followup-i18n';

type Part = (typeof SCHOOL_DAY_PARTS)[number];
const SCORES = ['', ...Array.from({ length: 10 }, (_, i) => String(i + 1))];

/**
 * Skalering: the pupil puts each part of the school day on a scale from 1
 * (do not like at all) to 10 (like very much). Parts left blank are not sent:
 * the pupil need not scale what does not matter, and a row of their own words
 * can be added.
 */
export function DayScalingForm({ view }: { view: CaseView }) {
  const { tf } = useFollowupI18n();
  const write = useCaseWrite<unknown>(view.id, '/mappings');
  const [at, setAt] = useState(localNow());
  const [perspective, setPerspective] = useState<string>('pupil');
  const [scores, setScores] = useState<Partial<Record<Part, string>>>({});
  const [ownLabel, setOwnLabel] = useState('');
  const [ownScore, setOwnScore] = useState('');
  const [open, setOpen] = useState(false);

  const items = [
    ...SCHOOL_DAY_PARTS.filter((p) => scores[p]).map((part) => ({ part, score: Number(scores[part]) })),
    ...(ownLabel.trim() && ownScore ? [{ label: ownLabel.trim(), score: Number(ownScore) }] : []),
  ];
  const submit = (e: FormEvent) => {
    e.preventDefault();
    write.mutate(
      { tool: 'scaling', mapping: { at: localToInstant(at), perspective, items } },
      { onSuccess: () => { setScores({}); setOwnLabel(''); setOwnScore(''); setOpen(false); } },
    );
  };
  const scoreOptions = SCORES.map((s) => ({ value: s, label: s || tf('ui.scaling.notScaled') }));
  return (
    <Details open={open} onToggle={(e) => setOpen((e.target as HTMLDetailsElement).open)}>
      <Details.Summary>{tf('ui.scaling.title')}</Details.Summary>
      <Details.Content>
        <MappingSummaries view={view} tool="scaling" />
        <form className="followup-form" onSubmit={submit} aria-label={tf('ui.scaling.title')}>
          <Textfield label={tf('ui.fields.at')} type="datetime-local" value={at} onChange={(e) => setAt(e.target.value)} />
          <SelectField label={tf('ui.mapping.perspective')} value={perspective} onChange={setPerspective} options={PERSPECTIVES.map((p) => ({ value: p, label: tf(`perspectives.${p}`) }))} />
          <Paragraph data-size="sm" className="muted">
            {tf('ui.scaling.help')}
          </Paragraph>
          <div className="followup-scores">
            {SCHOOL_DAY_PARTS.map((p) => (
              <SelectField key={p} label={tf(`schoolDayParts.${p}`)} value={scores[p] ?? ''} onChange={(v) => setScores({ ...scores, [p]: v })} options={scoreOptions} />
            ))}
          </div>
          <div className="followup-row">
            <Textfield label={tf('ui.scaling.ownLabel')} value={ownLabel} onChange={(e) => setOwnLabel(e.target.value)} />
            <SelectField label={tf('ui.scaling.ownScore')} value={ownScore} onChange={setOwnScore} options={scoreOptions} />
          </div>
          <div>
            <Button type="submit" disabled={write.isPending || items.length === 0}>
              {tf('ui.scaling.submit')}
            </Button>
          </div>
          {write.isError && <ApiErrorAlert error={write.error} />}
        </form>
      </Details.Content>
    </Details>
  );
}
