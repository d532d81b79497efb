import { Button, Field, Label, Radio, Fieldset, Textarea } from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import type { SubjectLimit } from '../../../contracts/upper-secondary';
import { useRecordDiscretion } from '../../api/upper-secondary';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { useLimitI18n } from './use-limit-i18n';

/** The principal's decision between 10 and 15 % (opplæringsforskrifta § 9-8 fourth paragraph), with grounds. */
export function DiscretionForm({ pupilId, subject }: { pupilId: string; subject: SubjectLimit }) {
  const { tu } = useLimitI18n();
  const record = useRecordDiscretion(pupilId);
  const [open, setOpen] = useState(false);
  const [decision, setDecision] = useState<'grade_allowed' | 'limit_applies'>('grade_allowed');
  const [grounds, setGrounds] = useState('');
  if (!open) {
    return (
      <Button type="button" variant="secondary" data-size="sm" onClick={() => setOpen(true)}>
        {tu(subject.discretion ? 'discretion.change' : 'discretion.record')}
      </Button>
    );
  }
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    record.mutate({ subjectId: subject.subjectId, decision, grounds }, { onSuccess: () => setOpen(false) });
  };
  return (
    <form className="limit-form" onSubmit={onSubmit}>
      <Fieldset>
        <Fieldset.Legend>{tu('discretion.legend', { subject: subject.subjectName })}</Fieldset.Legend>
        {(['grade_allowed', 'limit_applies'] as const).map((d) => (
          <Radio key={d} name={`discretion-${subject.subjectId}`} value={d} label={tu(`discretion.decision.${d}`)} checked={decision === d} onChange={() => setDecision(d)} />
        ))}
      </Fieldset>
      <Field>
        <Label>{tu('discretion.groundsLabel')}</Label>
        <Textarea value={grounds} onChange={(e) => setGrounds(e.target.value)} rows={3} maxLength={2000} />
      </Field>
      {record.isError && <ApiErrorAlert error={record.error} />}
      <div className="limit-form__buttons">
        <Button type="submit" data-size="sm" loading={record.isPending}>
          {tu('discretion.save')}
        </Button>
        <Button type="button" variant="tertiary" data-size="sm" onClick={() => setOpen(false)}>
          {tu('form.cancel')}
        </Button>
      </div>
    </form>
  );
}
