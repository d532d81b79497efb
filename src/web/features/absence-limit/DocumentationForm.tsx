import { Alert, Button, Field, Heading, Label, Paragraph, Select, ValidationMessage } from '@digdir/designsystemet-react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SUBMISSION_REASONS, type LimitAbsence } from '../../../contracts/upper-secondary';
import { isApiRequestError } from '../../api/api-error';
import { useSubmitDocumentation } from '../../api/upper-secondary';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { useLimitI18n } from './use-limit-i18n';

interface Props {
  pupilId: string;
  chosen: readonly (LimitAbsence & { subjectName: string })[];
  onDone: () => void;
}

/** 5 MB, as the server takes it: said before the upload, not after. */
const MAX_BYTES = 5 * 1024 * 1024;

/** Hand in documentation for the lessons chosen in the tables: what it shows, and the file. */
export function DocumentationForm({ pupilId, chosen, onDone }: Props) {
  const { tu, fmt } = useLimitI18n();
  const { t: ta } = useTranslation('attendance');
  const submit = useSubmitDocumentation(pupilId);
  const [reason, setReason] = useState<string>('health_medical_note');
  const [file, setFile] = useState<File | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [sent, setSent] = useState(false);
  const fileId = useId();

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!file) return setProblem(tu('form.fileMissing'));
    if (file.size > MAX_BYTES) return setProblem(tu('form.fileTooLarge'));
    setProblem(null);
    submit.mutate({ reasonCode: reason, markIds: chosen.map((c) => c.markId), file }, { onSuccess: () => setSent(true) });
  };

  if (sent) {
    return (
      <Alert data-color="success" role="status">
        <Heading level={3} data-size="xs">
          {tu('form.sentTitle')}
        </Heading>
        <Paragraph>{tu('form.sentBody')}</Paragraph>
        <Button type="button" variant="secondary" data-size="sm" onClick={onDone}>
          {tu('form.close')}
        </Button>
      </Alert>
    );
  }
  const fieldError = isApiRequestError(submit.error) ? submit.error.fields.find((f) => f.path === 'file')?.message : undefined;
  return (
    <form className="limit-form" onSubmit={onSubmit} aria-labelledby="documentation-form-title">
      <Heading level={3} data-size="xs" id="documentation-form-title">
        {tu('form.title', { count: chosen.length })}
      </Heading>
      <ul className="limit-form__lessons">
        {chosen.map((c) => (
          <li key={c.markId}>{tu('form.lesson', { subject: c.subjectName, day: fmt.day(c.date), period: c.period, deadline: fmt.date(c.documentableUntil ?? c.date) })}</li>
        ))}
      </ul>
      <Field>
        <Label>{tu('form.reason')}</Label>
        <Select value={reason} onChange={(e) => setReason(e.target.value)}>
          {SUBMISSION_REASONS.map((code) => (
            <Select.Option key={code} value={code}>
              {ta(`reasons.${code}`, { defaultValue: code })}
            </Select.Option>
          ))}
        </Select>
      </Field>
      <Field>
        <Label htmlFor={fileId}>{tu('form.file')}</Label>
        <Paragraph data-size="sm" className="muted">
          {tu('form.fileHelp')}
        </Paragraph>
        <input
          id={fileId}
          type="file"
          accept="application/pdf,image/jpeg,image/png"
          onChange={(e) => setFile(e.target.files?.[0] ?? null)}
          className="limit-form__file"
        />
        {(problem ?? fieldError) && <ValidationMessage>{problem ?? fieldError}</ValidationMessage>}
      </Field>
      <Paragraph data-size="sm" className="muted">
        {tu('form.privacy')}
      </Paragraph>
      {submit.isError && !fieldError && <ApiErrorAlert error={submit.error} />}
      <div className="limit-form__buttons">
        <Button type="submit" loading={submit.isPending}>
          {tu('form.submit')}
        </Button>
        <Button type="button" variant="tertiary" onClick={onDone}>
          {tu('form.cancel')}
        </Button>
      </div>
    </form>
  );
}
