import { Alert, Button, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Notice } from '../../../contracts/notices';
import { fieldMessages } from '../../api/api-error';
import { useDecideLeave } from '../../api/notices';

/** Long enough for a reason about school matters, short enough to keep it at that. */
const NOTE_MAX = 500;

interface Props {
  notice: Notice;
  schoolId: string;
  pupil: string;
  onDecided(notice: Notice): void;
}

/** Approve, or refuse with a short note about school matters (never health). */
export function DecisionForm({ notice, schoolId, pupil, onDecided }: Props) {
  const { t } = useTranslation();
  const decide = useDecideLeave(schoolId);
  const [note, setNote] = useState('');
  const [noteMissing, setNoteMissing] = useState(false);
  const noteRef = useRef<HTMLTextAreaElement>(null);

  const send = (decision: 'approved' | 'refused') => {
    const trimmed = note.trim();
    if (decision === 'refused' && !trimmed) {
      setNoteMissing(true);
      decide.reset();
      noteRef.current?.focus();
      return;
    }
    setNoteMissing(false);
    decide.mutate(
      { noticeId: notice.id, decision: { decision, note: trimmed || null } },
      {
        onSuccess: onDecided,
        onError: (error) => {
          if (fieldMessages(error).note) noteRef.current?.focus();
        },
      },
    );
  };

  const serverNote = fieldMessages(decide.error).note;
  const noteError = noteMissing ? t('notices:decision.noteRequired') : serverNote;
  const formError = decide.error && !serverNote ? decide.error.message : null;

  return (
    <div className="decision" role="group" aria-label={t('notices:decision.label', { name: pupil })}>
      <Textfield
        ref={noteRef}
        multiline
        rows={2}
        label={t('notices:decision.note')}
        description={t('notices:decision.noteHelp')}
        value={note}
        maxLength={NOTE_MAX}
        onChange={(event) => {
          setNote(event.target.value);
          if (noteMissing && event.target.value.trim()) setNoteMissing(false);
        }}
        error={noteError}
      />
      {formError && (
        <Alert data-color="danger" role="alert">
          <Paragraph>{formError}</Paragraph>
        </Alert>
      )}
      <div className="decision__buttons">
        <Button type="button" onClick={() => send('approved')} loading={decide.isPending && decide.variables.decision.decision === 'approved'} disabled={decide.isPending}>
          {t('notices:decision.approve')}
        </Button>
        <Button type="button" variant="secondary" onClick={() => send('refused')} loading={decide.isPending && decide.variables.decision.decision === 'refused'} disabled={decide.isPending}>
          {t('notices:decision.refuse')}
        </Button>
      </div>
    </div>
  );
}
