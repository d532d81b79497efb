import { Button, Details, Heading, Paragraph, Tag, Textfield } from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import { CASE_MEMBER_ROLES, type CaseView } from '../../../contracts/followup-api';
import { CONSENT_SERVICES } from '../../../contracts/followup-consent';
import { useCaseWrite } from '../../api/followup';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { SelectField, SubmitRow } from './fields';
import { useFollowupI18n } from './use-followup-i18n';

const TASK_COLOR = { done: 'success', open: 'info', dueToday: 'warning', overdue: 'danger' } as const;

function TaskDone({ caseId, taskId }: { caseId: string; taskId: string }) {
  const { tf } = useFollowupI18n();
  const done = useCaseWrite<Record<string, never>>(caseId, `/tasks/${encodeURIComponent(taskId)}/done`);
  return (
    <>
      <Button variant="tertiary" data-size="sm" disabled={done.isPending} onClick={() => done.mutate({})}>
        {tf('ui.team.markDone')}
      </Button>
      {done.isError && <ApiErrorAlert error={done.error} />}
    </>
  );
}

/** The team around the pupil and the tasks given to people at the school, each with its day. */
export function TeamAndTasks({ view }: { view: CaseView }) {
  const { tf, date } = useFollowupI18n();
  const assign = useCaseWrite<{ title: string; assigneeUserId: string; dueOn?: string }>(view.id, '/tasks');
  const member = useCaseWrite<{ userId: string; role: string; service?: string }>(view.id, '/members');
  const [title, setTitle] = useState('');
  const [assignee, setAssignee] = useState(view.staff[0]?.userId ?? '');
  const [dueOn, setDueOn] = useState('');
  const [memberId, setMemberId] = useState(view.staff[0]?.userId ?? '');
  const [role, setRole] = useState<string>('counsellor');
  const [service, setService] = useState<string>('ppt');
  const staffOptions = view.staff.map((s) => ({ value: s.userId, label: s.name }));
  const outside = role === 'outsideService';
  // An outside service is chosen from the owner's outside services, and says which service it is.
  const memberOptions = outside ? view.outsideServices.map((s) => ({ value: s.userId, label: s.name })) : staffOptions;
  const memberChoice = memberOptions.some((o) => o.value === memberId) ? memberId : (memberOptions[0]?.value ?? '');

  const submitTask = (e: FormEvent) => {
    e.preventDefault();
    assign.mutate({ title, assigneeUserId: assignee, ...(dueOn ? { dueOn } : {}) }, { onSuccess: () => setTitle('') });
  };
  const submitMember = (e: FormEvent) => {
    e.preventDefault();
    member.mutate({ userId: memberChoice, role, ...(outside ? { service } : {}) });
  };
  return (
    <section className="panel" aria-labelledby="case-team">
      <Heading level={2} data-size="sm" id="case-team">
        {tf('ui.team.title')}
      </Heading>
      <Paragraph data-size="sm">
        {view.members.length === 0
          ? tf('ui.team.none')
          : view.members.map((m) => `${m.name} (${m.service ? `${tf(`roles.${m.role}`)}: ${tf(`consentServices.${m.service}`)}` : tf(`roles.${m.role}`)})`).join(', ')}
      </Paragraph>
      {view.tasks.length > 0 && (
        <ul className="followup-tasks">
          {view.tasks.map((task) => (
            <li key={task.id}>
              <span>
                {task.title} – {task.assignee.name}
                {task.dueOn && <> · {tf('ui.staircase.dueOn', { date: date(task.dueOn) })}</>}
              </span>{' '}
              <Tag data-color={TASK_COLOR[task.status]} data-size="sm">
                {tf(`ui.team.status.${task.status}`)}
              </Tag>
              {task.status !== 'done' && view.status === 'open' && view.mayWrite && (
                <TaskDone caseId={view.id} taskId={task.id} />
              )}
            </li>
          ))}
        </ul>
      )}
      {view.status === 'open' && view.mayWrite && (
        <>
          <Details>
            <Details.Summary>{tf('ui.team.taskTitle')}</Details.Summary>
            <Details.Content>
              <form className="followup-form" onSubmit={submitTask}>
                <Textfield label={tf('ui.team.task')} value={title} onChange={(e) => setTitle(e.target.value)} />
                <SelectField label={tf('ui.team.assignee')} value={assignee} onChange={setAssignee} options={staffOptions} />
                <Textfield label={tf('ui.agreement.deadline')} type="date" value={dueOn} onChange={(e) => setDueOn(e.target.value)} />
                <SubmitRow label={tf('ui.team.assign')} mutation={assign} />
              </form>
            </Details.Content>
          </Details>
          <Details>
            <Details.Summary>{tf('ui.team.memberTitle')}</Details.Summary>
            <Details.Content>
              <form className="followup-form" onSubmit={submitMember}>
                <SelectField label={tf('ui.team.role')} value={role} onChange={setRole} options={CASE_MEMBER_ROLES.map((r) => ({ value: r, label: tf(`roles.${r}`) }))} />
                <SelectField label={tf('ui.team.person')} value={memberChoice} onChange={setMemberId} options={memberOptions} />
                {outside && (
                  <>
                    <SelectField
                      label={tf('ui.team.service')}
                      value={service}
                      onChange={setService}
                      options={CONSENT_SERVICES.filter((s) => s !== 'school').map((s) => ({ value: s, label: tf(`consentServices.${s}`) }))}
                    />
                    <Paragraph data-size="sm">{tf('ui.team.outsideNote')}</Paragraph>
                  </>
                )}
                <SubmitRow label={tf('ui.team.addMember')} mutation={member} />
              </form>
            </Details.Content>
          </Details>
        </>
      )}
    </section>
  );
}
