import { Button, Details, Heading, Paragraph, Search, Textfield } from '@digdir/designsystemet-react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { AGREEMENT_PARTIES, type AgreementMeasure } from '../../../contracts/followup-agreement';
import type { CaseView, MeasureHit } from '../../../contracts/followup-api';
import { useCaseWrite, useMeasureSearch, useSuggestions } from '../../api/followup';
import { useSession } from '../../app/session-context';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { SelectField } from './fields';
import { DayPlanFields, dayPlanOf, draftOf } from './DayPlanFields';
import { today, useFollowupI18n } from './use-followup-i18n';

const inWeeks = (weeks: number) => {
  const d = new Date();
  d.setDate(d.getDate() + weeks * 7);
  return d.toISOString().slice(0, 10);
};

/** Tiltaksbanken: what the mapping points at first, then a search; «Legg til» puts the measure in the agreement. */
function MeasurePicker({ caseId, onPick }: { caseId: string; onPick: (m: MeasureHit) => void }) {
  const { tf, text } = useFollowupI18n();
  const [q, setQ] = useState('');
  const suggestions = useSuggestions(caseId);
  const search = useMeasureSearch(q, '');
  const list = (items: readonly MeasureHit[], labelled: string) => (
    <ul className="followup-measures" aria-label={labelled}>
      {items.map((m) => (
        <li key={m.id}>
          <div>
            <strong>{text(m.title)}</strong> <span className="muted">({tf(`parties.${m.party}`)})</span>
            {m.reasons[0] && (
              <Paragraph data-size="xs" className="muted">
                {text(m.reasons[0].why)}
              </Paragraph>
            )}
          </div>
          <Button variant="secondary" data-size="sm" type="button" onClick={() => onPick(m)} aria-label={tf('ui.bank.addNamed', { title: text(m.title) })}>
            {tf('ui.bank.add')}
          </Button>
        </li>
      ))}
    </ul>
  );
  return (
    <div className="followup-bank">
      <Heading level={4} data-size="2xs">
        {tf('ui.bank.suggested')}
      </Heading>
      {suggestions.data && suggestions.data.measures.length > 0 ? list(suggestions.data.measures.slice(0, 6), tf('ui.bank.suggested')) : <Paragraph data-size="sm">{tf('ui.bank.noSuggestions')}</Paragraph>}
      <Search>
        <Search.Input aria-label={tf('ui.bank.search')} placeholder={tf('ui.bank.search')} value={q} onChange={(e) => setQ(e.target.value)} />
        <Search.Clear onClick={() => setQ('')} />
      </Search>
      {q.trim() && search.data && list(search.data.measures.slice(0, 8), tf('ui.bank.results'))}
    </div>
  );
}

/**
 * The collaboration agreement: goal, sub-goal, measures for school, home,
 * pupil, others and plan B with who is responsible and by when, the evaluation
 * date, and a day plan by hour. Saving an agreement that exists makes a new version; every version is kept.
 */
export function AgreementEditor({ view, fresh = false, onSaved }: { view: CaseView; fresh?: boolean; onSaved?: () => void }) {
  const { tf, locale } = useFollowupI18n();
  const me = useSession();
  const latest = view.agreements[view.agreements.length - 1];
  const current = latest?.versions[latest.versions.length - 1]?.content;
  // A new agreement after an evaluation starts from the old one's measures, but is made anew: its own dates, none before today.
  const existing = fresh ? undefined : latest;
  const start = today();
  const make = useCaseWrite<unknown>(view.id, '/agreements');
  const revise = useCaseWrite<unknown>(view.id, existing ? `/agreements/${existing.id}/versions` : '/agreements');
  const [goal, setGoal] = useState(current?.goal ?? tf('ui.agreement.defaultGoal'));
  const [subGoal, setSubGoal] = useState(current?.subGoals[0] ?? '');
  const [evaluationOn, setEvaluationOn] = useState(!fresh && current?.evaluationOn ? current.evaluationOn : inWeeks(3));
  const [measures, setMeasures] = useState<AgreementMeasure[]>((current?.measures ?? []).map(({ deadline, ...m }) => (fresh && deadline && deadline < start ? m : { ...m, ...(deadline ? { deadline } : {}) })));
  const [dayPlan, setDayPlan] = useState(draftOf(current?.dayPlan));
  const [open, setOpen] = useState(fresh);
  const anchor = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (fresh) anchor.current?.scrollIntoView({ block: 'start' });
  }, [fresh]);
  const myName = `${me.user.givenName} ${me.user.familyName}`;

  const pick = (m: MeasureHit) =>
    setMeasures([...measures, { id: crypto.randomUUID(), party: m.party as AgreementMeasure['party'], text: m.title[locale], measureId: m.id, responsible: m.party === 'home' ? tf('roles.guardians') : myName }]);
  const addOwn = () => setMeasures([...measures, { id: crypto.randomUUID(), party: 'planB', text: '', responsible: myName }]);
  const change = (i: number, patch: Partial<AgreementMeasure>) => setMeasures(measures.map((m, j) => (j === i ? { ...m, ...patch } : m)));

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const plan = dayPlanOf(dayPlan);
    const content = {
      madeOn: today(),
      present: [{ name: myName, role: 'contactTeacher', userId: me.user.id }, { name: `${view.pupil.givenName} ${view.pupil.familyName}`, role: 'pupil' }],
      goal,
      subGoals: subGoal.trim() ? [subGoal.trim()] : [],
      measures: measures.map(({ deadline, ...m }) => ({ ...m, ...(deadline ? { deadline } : {}) })),
      evaluationOn,
      ...(plan ? { dayPlan: plan } : {}),
    };
    (existing ? revise : make).mutate({ content }, { onSuccess: () => { setOpen(false); onSaved?.(); } });
  };
  const error = existing ? revise.error : make.error;
  return (
    <div ref={anchor}>
      <Details open={open} onToggle={(e) => setOpen((e.target as HTMLDetailsElement).open)}>
        <Details.Summary>{fresh ? tf('ui.agreement.newTitle') : existing ? tf('ui.agreement.reviseTitle', { version: existing.versions.length }) : tf('ui.agreement.title')}</Details.Summary>
        <Details.Content>
          <form className="followup-form" onSubmit={submit} aria-label={tf('ui.agreement.title')}>
            <Textfield label={tf('ui.agreement.goal')} multiline rows={2} value={goal} onChange={(e) => setGoal(e.target.value)} />
            <Textfield label={tf('ui.agreement.subGoal')} value={subGoal} onChange={(e) => setSubGoal(e.target.value)} />
            <Heading level={4} data-size="2xs">
              {tf('ui.agreement.measures')}
            </Heading>
            {measures.length === 0 && <Paragraph data-size="sm">{tf('ui.agreement.noMeasures')}</Paragraph>}
            <ol className="followup-agreement-measures">
              {measures.map((m, i) => (
                <li key={m.id}>
                  <SelectField label={tf('ui.agreement.party')} value={m.party} onChange={(party) => change(i, { party: party as AgreementMeasure['party'] })} options={AGREEMENT_PARTIES.map((p) => ({ value: p, label: tf(`parties.${p}`) }))} />
                  <Textfield label={tf('ui.agreement.measure')} value={m.text} onChange={(e) => change(i, { text: e.target.value })} />
                  <Textfield label={tf('ui.agreement.responsible')} value={m.responsible} onChange={(e) => change(i, { responsible: e.target.value })} />
                  <Textfield label={tf('ui.agreement.deadline')} type="date" value={m.deadline ?? ''} onChange={(e) => change(i, { deadline: e.target.value || undefined })} />
                  <Button type="button" variant="tertiary" data-size="sm" onClick={() => setMeasures(measures.filter((_, j) => j !== i))}>
                    {tf('ui.agreement.remove')}
                  </Button>
                </li>
              ))}
            </ol>
            <div>
              <Button type="button" variant="secondary" data-size="sm" onClick={addOwn}>
                {tf('ui.agreement.addOwn')}
              </Button>
            </div>
            <MeasurePicker caseId={view.id} onPick={pick} />
            <DayPlanFields value={dayPlan} onChange={setDayPlan} responsible={myName} />
            <Textfield label={tf('ui.agreement.evaluationOn')} type="date" value={evaluationOn} onChange={(e) => setEvaluationOn(e.target.value)} />
            <div>
              <Button type="submit" disabled={make.isPending || revise.isPending}>
                {existing ? tf('ui.agreement.saveVersion') : tf('ui.agreement.save')}
              </Button>
            </div>
            {error && <ApiErrorAlert error={error} />}
          </form>
        </Details.Content>
      </Details>
    </div>
  );
}
