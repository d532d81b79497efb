import { Details, Textfield } from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import type { CaseView } from '../../../contracts/followup-api';
import type { Meeting } from '../../../contracts/followup-records';
import { useCaseWrite, useGuides } from '../../api/followup';
import { useSession } from '../../app/session-context';
import { ParticipantFields, participantsOf, type ParticipantDraft } from './ParticipantFields';
import { PupilVoiceFields, voiceOf, type VoiceState } from './PupilVoiceFields';
import { SubmitRow } from './fields';
import { localNow, localToInstant, today, useFollowupI18n } from './use-followup-i18n';

/** A meeting planned with the invitation and the agenda made from the mapping meeting's template. */
function PlanMeeting({ view }: { view: CaseView }) {
  const { tf, text } = useFollowupI18n();
  const guides = useGuides();
  const write = useCaseWrite<unknown>(view.id, '/meetings');
  const [title, setTitle] = useState(tf('ui.meeting.defaultTitle'));
  const [date, setDate] = useState(today());
  const [from, setFrom] = useState('14:00');
  const [to, setTo] = useState('15:00');
  const [place, setPlace] = useState('');
  const [guardian, setGuardian] = useState('');
  const [others, setOthers] = useState<ParticipantDraft[]>([]);
  const [open, setOpen] = useState(false);
  const agenda = guides.data?.agendas[0];

  const submit = (e: FormEvent) => {
    e.preventDefault();
    write.mutate(
      {
        title,
        invitation: {
          date,
          from,
          to,
          place,
          invited: [{ name: guardian || tf('roles.guardians'), role: 'guardians' }, { name: `${view.pupil.givenName} ${view.pupil.familyName}`, role: 'pupil' }, ...participantsOf(others)],
          ...(agenda ? { message: text(agenda.message) } : {}),
          agenda: agenda ? agenda.items.map((i) => ({ title: text(i.title), ...(i.detail ? { detail: text(i.detail) } : {}) })) : [{ title: tf('ui.meeting.defaultItem') }],
        },
      },
      { onSuccess: () => setOpen(false) },
    );
  };
  return (
    <Details open={open} onToggle={(e) => setOpen((e.target as HTMLDetailsElement).open)}>
      <Details.Summary>{tf('ui.meeting.planTitle')}</Details.Summary>
      <Details.Content>
        <form className="followup-form" onSubmit={submit} aria-label={tf('ui.meeting.planTitle')}>
          <Textfield label={tf('ui.meeting.title')} value={title} onChange={(e) => setTitle(e.target.value)} />
          <div className="followup-row">
            <Textfield label={tf('ui.meeting.date')} type="date" value={date} onChange={(e) => setDate(e.target.value)} />
            <Textfield label={tf('ui.meeting.from')} type="time" value={from} onChange={(e) => setFrom(e.target.value)} />
            <Textfield label={tf('ui.meeting.to')} type="time" value={to} onChange={(e) => setTo(e.target.value)} />
          </div>
          <Textfield label={tf('ui.meeting.place')} value={place} onChange={(e) => setPlace(e.target.value)} />
          <Textfield label={tf('ui.meeting.guardian')} value={guardian} onChange={(e) => setGuardian(e.target.value)} />
          <ParticipantFields legend={tf('ui.participants.invited')} value={others} onChange={setOthers} />
          <SubmitRow label={tf('ui.meeting.plan')} mutation={write} />
        </form>
      </Details.Content>
    </Details>
  );
}

/** The minutes of a planned meeting: notes under each agenda item, a decision, the pupil's voice. */
function Minutes({ view, meeting }: { view: CaseView; meeting: Meeting }) {
  const { tf } = useFollowupI18n();
  const me = useSession();
  const write = useCaseWrite<unknown>(view.id, `/meetings/${meeting.id}/minutes`);
  const [heldAt, setHeldAt] = useState(localNow());
  const [notes, setNotes] = useState<string[]>(meeting.invitation.agenda.map(() => ''));
  const [decision, setDecision] = useState('');
  const [voice, setVoice] = useState<VoiceState>({ how: 'inPerson', text: '' });
  const [others, setOthers] = useState<ParticipantDraft[]>([]);
  const author = { name: `${me.user.givenName} ${me.user.familyName}`, role: 'contactTeacher' as const, userId: me.user.id };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    write.mutate({
      heldAt: localToInstant(heldAt),
      present: [author, ...meeting.invitation.invited, ...participantsOf(others)],
      absent: [],
      items: meeting.invitation.agenda.map((item, i) => ({ title: item.title, notes: notes[i]?.trim() || '—' })),
      decisions: decision.trim() ? [{ text: decision.trim() }] : [],
      pupilVoice: voiceOf(voice),
      writtenBy: author,
    });
  };
  return (
    <Details>
      <Details.Summary>{tf('ui.meeting.minutesTitle', { title: meeting.title })}</Details.Summary>
      <Details.Content>
        <form className="followup-form" onSubmit={submit}>
          <Textfield label={tf('ui.meeting.heldAt')} type="datetime-local" value={heldAt} onChange={(e) => setHeldAt(e.target.value)} />
          {meeting.invitation.agenda.map((item, i) => (
            <Textfield key={i} label={item.title} multiline rows={2} value={notes[i] ?? ''} onChange={(e) => setNotes(notes.map((n, j) => (j === i ? e.target.value : n)))} />
          ))}
          <ParticipantFields legend={tf('ui.participants.alsoPresent')} value={others} onChange={setOthers} />
          <Textfield label={tf('ui.meeting.decision')} multiline rows={2} value={decision} onChange={(e) => setDecision(e.target.value)} />
          <PupilVoiceFields value={voice} onChange={setVoice} />
          <SubmitRow label={tf('ui.meeting.saveMinutes')} mutation={write} />
        </form>
      </Details.Content>
    </Details>
  );
}

export function MeetingForms({ view }: { view: CaseView }) {
  return (
    <>
      <PlanMeeting view={view} />
      {view.meetings.filter((m) => !m.record.minutes).map((m) => (
        <Minutes key={m.record.id} view={view} meeting={m.record} />
      ))}
    </>
  );
}
