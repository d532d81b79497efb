import { Alert, Button, Fieldset, Heading, Paragraph, Radio, Textarea, Textfield, Label, Field } from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import type { LimitAbsence } from '../../../contracts/upper-secondary';
import { useCreateComplaint } from '../../api/upper-secondary';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { useLimitI18n } from './use-limit-i18n';

interface Props {
  pupilId: string;
  absence: LimitAbsence & { subjectName: string };
  onDone: () => void;
}

/** Ask the subject teacher to correct a recorded absence: what it should have been, and why. */
export function ComplaintForm({ pupilId, absence, onDone }: Props) {
  const { tu, fmt } = useLimitI18n();
  const create = useCreateComplaint(pupilId);
  const [claim, setClaim] = useState<'present' | 'late' | 'organised_study'>('present');
  const [minutes, setMinutes] = useState('');
  const [explanation, setExplanation] = useState('');
  const [sent, setSent] = useState(false);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate(
      { markId: absence.markId, claim, ...(claim === 'late' ? { minutesLate: Number(minutes) } : {}), explanation },
      { onSuccess: () => setSent(true) },
    );
  };
  if (sent) {
    return (
      <Alert data-color="success" role="status">
        <Paragraph>{tu('complaint.sent')}</Paragraph>
        <Button type="button" variant="secondary" data-size="sm" onClick={onDone}>
          {tu('form.close')}
        </Button>
      </Alert>
    );
  }
  return (
    <form className="limit-form" onSubmit={onSubmit} aria-labelledby="complaint-form-title">
      <Heading level={3} data-size="xs" id="complaint-form-title">
        {tu('complaint.title', { subject: absence.subjectName, day: fmt.day(absence.date), period: absence.period })}
      </Heading>
      <Paragraph data-size="sm">{tu('complaint.lead', { date: fmt.date(absence.contestableUntil ?? absence.date) })}</Paragraph>
      <Fieldset>
        <Fieldset.Legend>{tu('complaint.claim')}</Fieldset.Legend>
        {(['present', 'late', 'organised_study'] as const).map((c) => (
          <Radio key={c} name="claim" value={c} label={tu(`complaint.claims.${c}`)} checked={claim === c} onChange={() => setClaim(c)} />
        ))}
      </Fieldset>
      {claim === 'late' && (
        <Textfield label={tu('complaint.minutes')} inputMode="numeric" value={minutes} onChange={(e) => setMinutes(e.target.value)} />
      )}
      <Field>
        <Label>{tu('complaint.explanation')}</Label>
        <Textarea value={explanation} onChange={(e) => setExplanation(e.target.value)} rows={3} maxLength={1000} />
      </Field>
      {create.isError && <ApiErrorAlert error={create.error} />}
      <div className="limit-form__buttons">
        <Button type="submit" loading={create.isPending}>
          {tu('complaint.submit')}
        </Button>
        <Button type="button" variant="tertiary" onClick={onDone}>
          {tu('form.cancel')}
        </Button>
      </div>
    </form>
  );
}
