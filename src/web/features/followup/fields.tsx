import { Button, Field, Label, Select } from '@digdir/designsystemet-react';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { useId } from 'react';

interface SelectFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  options: readonly { value: string; label: string }[];
  className?: string;
}

/** A labelled choice, Designsystemet's Field, Label and Select together. */
export function SelectField({ label, value, onChange, options, className }: SelectFieldProps) {
  const id = useId();
  return (
    <Field className={className}>
      <Label htmlFor={id}>{label}</Label>
      <Select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        {options.map((o) => (
          <Select.Option key={o.value} value={o.value}>
            {o.label}
          </Select.Option>
        ))}
      </Select>
    </Field>
  );
}

/** A form's submit button, held while the write is on its way, and what went wrong with the last try. */
export function SubmitRow({ label, mutation }: { label: string; mutation: { isPending: boolean; isError: boolean; error: unknown } }) {
  return (
    <>
      <div>
        <Button type="submit" disabled={mutation.isPending}>
          {label}
        </Button>
      </div>
      {mutation.isError && <ApiErrorAlert error={mutation.error} />}
    </>
  );
}
