import { Checkbox, Field, Fieldset, Label, Radio, Select, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { MEASURE_INFO } from '../../../domain/rules/measures';
import { RECIPIENTS } from '../../../domain/rules/policy-schema';
import { groupErrorProps } from '../notices/RadioGroup';
import type { RuleEdit, RuleField } from './policy-form';
import { useRulesI18n } from './use-rules-i18n';

interface Props {
  edit: RuleEdit;
  /** Messages by field, the form's own or the server's. */
  errors: Partial<Record<RuleField, string>>;
  /** The id of each field's first input, for the error summary's links. */
  fieldId(field: RuleField): string;
  onChange(change: Partial<RuleEdit>): void;
}

/** One rule's numbers, who is told, and the deadline. */
export function RuleFieldset({ edit, errors, fieldId, onChange }: Props) {
  const { tr } = useRulesI18n();
  const notifyErrorId = useId();
  const dueErrorId = useId();
  const info = edit.measure ? MEASURE_INFO[edit.measure] : null;
  const unit = info ? tr(info.kind === 'percent' ? 'editor.unit.percent' : `editor.unit.${info.unit}`) : undefined;
  const toggle = (recipient: string, on: boolean) =>
    onChange({ notify: on ? [...edit.notify, recipient] : edit.notify.filter((r) => r !== recipient) });

  return (
    <Fieldset className="rule-fieldset">
      <Fieldset.Legend>{edit.name || edit.id}</Fieldset.Legend>
      {edit.measure && <Fieldset.Description>{tr(`measure.${edit.measure}`)}</Fieldset.Description>}
      <div className="rule-fieldset__numbers">
        <Field>
          <Label htmlFor={fieldId('comparison')}>{tr('editor.comparison')}</Label>
          <Select
            id={fieldId('comparison')}
            value={edit.comparison}
            onChange={(e) => onChange({ comparison: e.target.value === 'moreThan' ? 'moreThan' : 'atLeast' })}
            aria-invalid={errors.comparison ? true : undefined}
          >
            <Select.Option value="atLeast">{tr('editor.atLeast')}</Select.Option>
            <Select.Option value="moreThan">{tr('editor.moreThan')}</Select.Option>
          </Select>
          {errors.comparison && <ValidationMessage>{errors.comparison}</ValidationMessage>}
        </Field>
        <Textfield
          id={fieldId('threshold')}
          label={tr('editor.threshold')}
          inputMode="decimal"
          autoComplete="off"
          suffix={unit}
          value={edit.threshold}
          onChange={(e) => onChange({ threshold: e.target.value })}
          error={errors.threshold}
          className="rule-fieldset__number"
        />
        <Textfield
          id={fieldId('approaching')}
          label={tr('editor.approaching')}
          inputMode="decimal"
          autoComplete="off"
          suffix={unit}
          value={edit.approaching}
          onChange={(e) => onChange({ approaching: e.target.value })}
          error={errors.approaching}
          className="rule-fieldset__number"
        />
      </div>
      <Fieldset className="rule-fieldset__group">
        <Fieldset.Legend>{tr('editor.notify')}</Fieldset.Legend>
        <div className="rule-fieldset__checks">
          {RECIPIENTS.map((recipient, index) => (
            <Checkbox
              key={recipient}
              id={index === 0 ? fieldId('notify') : undefined}
              label={tr(`recipient.${recipient}`)}
              value={recipient}
              checked={edit.notify.includes(recipient)}
              onChange={(e) => toggle(recipient, e.target.checked)}
              {...groupErrorProps(errors.notify, notifyErrorId)}
            />
          ))}
        </div>
        {errors.notify && <ValidationMessage id={notifyErrorId}>{errors.notify}</ValidationMessage>}
      </Fieldset>
      <Fieldset className="rule-fieldset__group">
        <Fieldset.Legend>{tr('editor.due')}</Fieldset.Legend>
        <div className="rule-fieldset__due">
          <Radio
            id={fieldId('due')}
            name={`${fieldId('due')}-kind`}
            value="sameDay"
            label={tr('editor.dueSameDay')}
            checked={edit.due === 'sameDay'}
            onChange={() => onChange({ due: 'sameDay' })}
            {...groupErrorProps(errors.due, dueErrorId)}
          />
          <Radio
            name={`${fieldId('due')}-kind`}
            value="schoolDays"
            label={tr('editor.dueSchoolDays')}
            checked={edit.due === 'schoolDays'}
            onChange={() => onChange({ due: 'schoolDays', schoolDays: edit.schoolDays || '5' })}
            {...groupErrorProps(errors.due, dueErrorId)}
          />
          {edit.due === 'schoolDays' && (
            <Textfield
              label={tr('editor.schoolDays')}
              inputMode="numeric"
              autoComplete="off"
              value={edit.schoolDays}
              onChange={(e) => onChange({ schoolDays: e.target.value })}
              className="rule-fieldset__number"
              {...groupErrorProps(errors.due, dueErrorId)}
            />
          )}
        </div>
        {errors.due && <ValidationMessage id={dueErrorId}>{errors.due}</ValidationMessage>}
      </Fieldset>
    </Fieldset>
  );
}
