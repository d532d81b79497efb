import { Field, Label, Select } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { useNavigate } from 'react-router';

/** For leaders of more than one school: which school's page to show. */
export function SchoolSwitch({ schools, current, pathOf, label }: { schools: { id: string; name: string }[]; current: string; pathOf(id: string): string; label: string }) {
  const id = useId();
  const navigate = useNavigate();
  if (schools.length < 2) return null;
  return (
    <Field className="overview-filter">
      <Label htmlFor={id}>{label}</Label>
      <Select id={id} value={current} onChange={(e) => void navigate(pathOf(e.target.value))}>
        {schools.map((s) => (
          <Select.Option key={s.id} value={s.id}>
            {s.name}
          </Select.Option>
        ))}
      </Select>
    </Field>
  );
}
