import { Checkbox, Fieldset, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { earliestDate, PERIODS, withFromDate, withPeriod, type NoticeDraft, type NoticeField } from './form-state';
import { groupErrorProps, RadioGroup } from './RadioGroup';

interface Props {
  draft: NoticeDraft;
  today: string;
  onChange(draft: NoticeDraft): void;
  errors: Partial<Record<NoticeField, string>>;
  fieldId(field: NoticeField): string;
}

/** Which days, and whole days or some lessons. */
export function WhenFields({ draft, today, onChange, errors, fieldId }: Props) {
  const { t } = useTranslation();
  const min = earliestDate(draft.kind, today);
  const lessonsErrorId = useId();

  return (
    <>
      <Fieldset className="notice-form__dates">
        <Fieldset.Legend>{t('notices:form.dates')}</Fieldset.Legend>
        <Fieldset.Description>
          {draft.kind === 'absence' ? t('notices:form.datesAbsenceHelp') : t('notices:form.datesLeaveHelp')}
        </Fieldset.Description>
        <div className="notice-form__date-pair">
          <Textfield
            id={fieldId('fromDate')}
            label={t('notices:form.from')}
            type="date"
            name="fromDate"
            min={min}
            value={draft.fromDate}
            onChange={(event) => onChange(withFromDate(draft, event.target.value))}
            error={errors.fromDate}
          />
          <Textfield
            id={fieldId('toDate')}
            label={t('notices:form.to')}
            type="date"
            name="toDate"
            min={draft.fromDate || min}
            value={draft.toDate}
            onChange={(event) => onChange({ ...draft, toDate: event.target.value })}
            error={errors.toDate}
          />
        </div>
      </Fieldset>

      <RadioGroup
        id={`${fieldId('periods')}-extent`}
        name="extent"
        legend={t('notices:form.extent')}
        options={[
          { value: 'whole', label: t('notices:form.wholeDays') },
          { value: 'lessons', label: t('notices:form.someLessons') },
        ]}
        value={draft.extent}
        onChange={(extent) => onChange({ ...draft, extent: extent === 'lessons' ? 'lessons' : 'whole' })}
      />

      {draft.extent === 'lessons' && (
        <Fieldset className="notice-form__lessons">
          <Fieldset.Legend>{t('notices:form.lessons')}</Fieldset.Legend>
          <Fieldset.Description>{t('notices:form.lessonsHelp')}</Fieldset.Description>
          <div className="notice-form__lesson-grid">
            {PERIODS.map((period, index) => (
              <Checkbox
                key={period}
                id={index === 0 ? fieldId('periods') : undefined}
                name="periods"
                value={String(period)}
                label={t('notices:form.lesson', { period })}
                checked={draft.periods.includes(period)}
                onChange={(event) => onChange(withPeriod(draft, period, event.target.checked))}
                {...groupErrorProps(errors.periods, lessonsErrorId)}
              />
            ))}
          </div>
          {errors.periods && <ValidationMessage id={lessonsErrorId}>{errors.periods}</ValidationMessage>}
        </Fieldset>
      )}
    </>
  );
}
