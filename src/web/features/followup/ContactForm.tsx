import { Details, Textfield } from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import { CONTACT_CHANNELS, CONTACT_OUTCOMES } from '../../../contracts/followup-records';
import type { CaseView } from '../../../contracts/followup-api';
import { useCaseWrite } from '../../api/followup';
import { SelectField, SubmitRow } from './fields';
import { localNow, localToInstant, useFollowupI18n } from './use-followup-i18n';

/** «Logg kontakt»: a call, a meeting or a message, with whom, and what came of it. */
export function ContactForm({ view }: { view: CaseView }) {
  const { tf } = useFollowupI18n();
  const write = useCaseWrite<unknown>(view.id, '/contacts');
  const [at, setAt] = useState(localNow());
  const [channel, setChannel] = useState<string>('phone');
  const [withName, setWithName] = useState('');
  const [withRole, setWithRole] = useState('guardians');
  const [initiatedBy, setInitiatedBy] = useState('school');
  const [summary, setSummary] = useState('');
  const [outcome, setOutcome] = useState<string>('followUp');
  const [open, setOpen] = useState(false);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    write.mutate(
      { at: localToInstant(at), channel, withWhom: [{ name: withName, role: withRole }], initiatedBy, summary, outcome },
      { onSuccess: () => { setSummary(''); setOpen(false); } },
    );
  };
  return (
    <Details open={open} onToggle={(e) => setOpen((e.target as HTMLDetailsElement).open)}>
      <Details.Summary>{tf('ui.contact.title')}</Details.Summary>
      <Details.Content>
        <form className="followup-form" onSubmit={submit} aria-label={tf('ui.contact.title')}>
          <Textfield label={tf('ui.fields.at')} type="datetime-local" value={at} onChange={(e) => setAt(e.target.value)} />
          <SelectField label={tf('ui.contact.channel')} value={channel} onChange={setChannel} options={CONTACT_CHANNELS.map((c) => ({ value: c, label: tf(`contactChannels.${c}`) }))} />
          <Textfield label={tf('ui.contact.withName')} value={withName} onChange={(e) => setWithName(e.target.value)} />
          <SelectField label={tf('ui.contact.withRole')} value={withRole} onChange={setWithRole} options={['guardians', 'pupil', 'gp', 'ppt', 'network'].map((r) => ({ value: r, label: tf(`roles.${r}`) }))} />
          <SelectField label={tf('ui.contact.initiatedBy')} value={initiatedBy} onChange={setInitiatedBy} options={['school', 'home'].map((r) => ({ value: r, label: tf(`ui.contact.by.${r}`) }))} />
          <Textfield label={tf('ui.contact.summary')} multiline rows={3} value={summary} onChange={(e) => setSummary(e.target.value)} />
          <SelectField label={tf('ui.contact.outcome')} value={outcome} onChange={setOutcome} options={CONTACT_OUTCOMES.map((o) => ({ value: o, label: tf(`contactOutcomes.${o}`) }))} />
          <SubmitRow label={tf('ui.contact.submit')} mutation={write} />
        </form>
      </Details.Content>
    </Details>
  );
}
