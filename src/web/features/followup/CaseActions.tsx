import { Button, Details, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import { CLOSING_REASONS } from '../../../contracts/followup-case';
import type { CaseView } from '../../../contracts/followup-api';
import { useCaseWrite } from '../../api/followup';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { SelectField, SubmitRow } from './fields';
import { useFollowupI18n } from './use-followup-i18n';

type Move = { move: 'advance' | 'stay' | 'back'; note?: string };
const MOVE_OF = { next: 'advance', stay: 'stay', back: 'back' } as const;

/** Which way the staircase goes from here, closing with a reason, and reopening. */
export function CaseActions({ view }: { view: CaseView }) {
  const { tf } = useFollowupI18n();
  const move = useCaseWrite<Move>(view.id, '/moves');
  const close = useCaseWrite<{ reason: string; note?: string }>(view.id, '/close');
  const reopen = useCaseWrite<{ note: string }>(view.id, '/reopen');
  const [reason, setReason] = useState<string>('attendanceNormal');
  const [note, setNote] = useState('');
  const [reopenNote, setReopenNote] = useState('');

  if (view.status === 'closed') {
    const submit = (e: FormEvent) => {
      e.preventDefault();
      reopen.mutate({ note: reopenNote });
    };
    return (
      <section className="panel" aria-labelledby="case-reopen">
        <Heading level={2} data-size="sm" id="case-reopen">
          {tf('ui.actions.reopenTitle')}
        </Heading>
        <form className="followup-form" onSubmit={submit}>
          <Textfield label={tf('ui.actions.reopenNote')} multiline rows={2} value={reopenNote} onChange={(e) => setReopenNote(e.target.value)} />
          <div>
            <Button type="submit" variant="secondary" disabled={reopen.isPending}>
              {tf('ui.actions.reopen')}
            </Button>
          </div>
          {reopen.isError && <ApiErrorAlert error={reopen.error} />}
        </form>
      </section>
    );
  }

  const outcomes = view.current?.outcomes.filter((o) => o.outcome !== 'close') ?? [];
  const submitClose = (e: FormEvent) => {
    e.preventDefault();
    close.mutate({ reason, ...(note.trim() ? { note: note.trim() } : {}) });
  };
  return (
    <section className="panel" aria-labelledby="case-actions">
      <Heading level={2} data-size="sm" id="case-actions">
        {tf('ui.actions.title')}
      </Heading>
      {view.current && view.current.missing.length > 0 && (
        <Paragraph data-size="sm">{tf('ui.actions.missing', { records: view.current.missing.map((k) => tf(`recordKinds.${k}`)).join(', ') })}</Paragraph>
      )}
      {view.current && view.current.suggested.length > 0 && (
        <Paragraph data-size="sm">{tf('ui.actions.suggested', { moves: view.current.suggested.map((m) => tf(`outcomes.${m}`)).join(', ') })}</Paragraph>
      )}
      <div className="followup-actions">
        {outcomes.map((o) => (
          <Button key={o.outcome} variant={o.outcome === 'next' ? 'primary' : 'secondary'} disabled={!o.ready || move.isPending} onClick={() => move.mutate({ move: MOVE_OF[o.outcome as keyof typeof MOVE_OF] })}>
            {tf(`ui.actions.move.${o.outcome}`)}
          </Button>
        ))}
      </div>
      {move.isError && <ApiErrorAlert error={move.error} />}
      <Details>
        <Details.Summary>{tf('ui.actions.closeTitle')}</Details.Summary>
        <Details.Content>
          <form className="followup-form" onSubmit={submitClose}>
            <SelectField label={tf('ui.actions.closeReason')} value={reason} onChange={setReason} options={CLOSING_REASONS.map((r) => ({ value: r, label: tf(`closingReasons.${r}`) }))} />
            <Textfield label={tf('ui.actions.closeNote')} multiline rows={2} value={note} onChange={(e) => setNote(e.target.value)} />
            <SubmitRow label={tf('ui.actions.close')} mutation={close} />
          </form>
        </Details.Content>
      </Details>
    </section>
  );
}
