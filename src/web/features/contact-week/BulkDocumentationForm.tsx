import { Alert, Button, Field, Fieldset, Heading, Label, Paragraph, Radio, Select, ValidationMessage } from '@digdir/designsystemet-react';
import { useId, useState, type FormEvent, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { documentationSchema, type AbsenceReason, type DocumentationState } from '../../../contracts/attendance';

const categories: readonly AbsenceReason['category'][] = ['health', 'leave', 'exempt', 'not_absence', 'other'];

interface Props {
  selectedCount: number;
  reasons: readonly AbsenceReason[];
  saving: boolean;
  /** Field messages from the server: "reasonCode", and the rest. */
  reasonError: string | undefined;
  formError: string | null;
  successRef?: Ref<HTMLDivElement>;
  errorRef?: Ref<HTMLDivElement>;
  success: string | null;
  onSubmit(documentation: DocumentationState, reasonCode: string | null): void;
}

/**
 * Documentation state and a structured reason for every absence ticked.
 * There is deliberately no free-text field: free text about health in a
 * teacher-facing field was part of a fine from Datatilsynet.
 */
export function BulkDocumentationForm(props: Props) {
  const { selectedCount, reasons, saving, reasonError, formError, success, successRef, errorRef, onSubmit } = props;
  const { t: ta } = useTranslation('attendance');
  const reasonId = useId();
  const [documentation, setDocumentation] = useState<DocumentationState>('documented');
  const [reasonCode, setReasonCode] = useState('');
  const [noneSelected, setNoneSelected] = useState(false);
  const withReason = documentation !== 'undocumented';
  const showNoneSelected = noneSelected && selectedCount === 0;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setNoneSelected(selectedCount === 0);
    if (selectedCount === 0) return;
    onSubmit(documentation, withReason && reasonCode ? reasonCode : null);
  };

  return (
    <form className="bulk-documentation panel" onSubmit={submit} noValidate aria-labelledby="bulk-documentation-heading">
      <div className="bulk-documentation__heading">
        <Heading level={2} data-size="xs" id="bulk-documentation-heading">
          {ta('week.bulk.title')}
        </Heading>
        <Paragraph data-size="sm" className="muted" aria-live="polite">
          {ta('week.bulk.selected', { count: selectedCount })}
        </Paragraph>
      </div>
      {success && (
        <Alert data-color="success" role="status" tabIndex={-1} ref={successRef}>
          <Paragraph>{success}</Paragraph>
        </Alert>
      )}
      {(formError || showNoneSelected) && (
        <Alert data-color="danger" role="alert" tabIndex={-1} ref={errorRef}>
          <Paragraph>{showNoneSelected ? ta('week.bulk.noneSelected') : formError}</Paragraph>
        </Alert>
      )}
      <div className="bulk-documentation__fields">
        <Fieldset data-size="sm">
          <Fieldset.Legend>{ta('week.bulk.documentation')}</Fieldset.Legend>
          <div className="bulk-documentation__choices">
            {documentationSchema.options.map((state) => (
              <Radio
                key={state}
                name="documentation"
                value={state}
                label={ta(`documentation.${state}`)}
                checked={documentation === state}
                onChange={() => {
                  setDocumentation(state);
                  if (state === 'undocumented') setReasonCode('');
                }}
              />
            ))}
          </div>
        </Fieldset>
        <Field data-size="sm" className="bulk-documentation__reason">
          <Label htmlFor={reasonId}>{ta('week.bulk.reason')}</Label>
          <Select
            id={reasonId}
            value={reasonCode}
            disabled={!withReason}
            aria-invalid={reasonError ? true : undefined}
            onChange={(event) => setReasonCode(event.target.value)}
          >
            <Select.Option value="">{withReason ? ta('week.bulk.chooseReason') : ta('week.bulk.noReasonWhenUndocumented')}</Select.Option>
            {categories.map((category) => {
              const inCategory = reasons.filter((r) => r.category === category);
              return inCategory.length === 0 ? null : (
                <optgroup key={category} label={ta(`reasonCategories.${category}`)}>
                  {inCategory.map((reason) => (
                    <Select.Option key={reason.code} value={reason.code}>
                      {ta(`reasons.${reason.code}`, { defaultValue: reason.code })}
                    </Select.Option>
                  ))}
                </optgroup>
              );
            })}
          </Select>
          {reasonError && <ValidationMessage>{reasonError}</ValidationMessage>}
        </Field>
        <Button type="submit" loading={saving} className="bulk-documentation__submit">
          {selectedCount === 0 ? ta('week.bulk.submitNone') : ta('week.bulk.submit', { count: selectedCount })}
        </Button>
      </div>
    </form>
  );
}
