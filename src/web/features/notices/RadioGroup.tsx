import { Fieldset, Radio, ValidationMessage } from '@digdir/designsystemet-react';
import { useId, type ReactNode } from 'react';

export interface RadioOption {
  value: string;
  label: ReactNode;
  description?: ReactNode;
}

interface Props {
  /** The id of the first radio, so the form can move focus here when the choice is missing. */
  id: string;
  name: string;
  legend: ReactNode;
  description?: ReactNode;
  options: readonly RadioOption[];
  value: string;
  onChange(value: string): void;
  /** Shown under the choices and tied to every radio of the group. */
  error?: string | undefined;
  className?: string;
}

/** One choice among a few, as a fieldset with a legend: easy to tap on a phone and clear to a screen reader. */
export function RadioGroup({ id, name, legend, description, options, value, onChange, error, className }: Props) {
  const errorId = useId();
  return (
    <Fieldset className={className}>
      <Fieldset.Legend>{legend}</Fieldset.Legend>
      {description && <Fieldset.Description>{description}</Fieldset.Description>}
      {options.map((option, index) => (
        <Radio
          key={option.value}
          id={index === 0 ? id : undefined}
          name={name}
          value={option.value}
          label={option.label}
          description={option.description}
          checked={value === option.value}
          onChange={() => onChange(option.value)}
          {...groupErrorProps(error, errorId)}
        />
      ))}
      {error && <ValidationMessage id={errorId}>{error}</ValidationMessage>}
    </Fieldset>
  );
}

/**
 * Marks every input of a group invalid and described by the group's message.
 * Designsystemet links a fieldset's message only when a field itself changes,
 * so a message that appears on submit is tied here, as its group hooks do.
 */
export function groupErrorProps(error: string | undefined, errorId: string) {
  return error ? { 'aria-invalid': true, 'aria-describedby': errorId } : {};
}
