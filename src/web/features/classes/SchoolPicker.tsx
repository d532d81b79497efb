import { Field, Label, Select } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  schools: readonly { id: string; name: string }[];
  value: string;
  onChange(schoolId: string): void;
}

export function SchoolPicker({ schools, value, onChange }: Props) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <Field className="school-picker">
      <Label htmlFor={id}>{t('classes.school')}</Label>
      <Select id={id} value={value} onChange={(event) => onChange(event.target.value)} width="auto">
        {schools.map((school) => (
          <Select.Option key={school.id} value={school.id}>
            {school.name}
          </Select.Option>
        ))}
      </Select>
    </Field>
  );
}
