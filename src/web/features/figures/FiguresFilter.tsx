import { Field, Label, Select, Textfield } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { useFiguresI18n } from './use-figures-i18n';

export interface FilterValue {
  className: string;
  name: string;
}

interface Props {
  classNames: readonly string[];
  value: FilterValue;
  onChange(value: FilterValue): void;
}

/** For a school's many pupils: one class, and a part of a name. */
export function FiguresFilter({ classNames, value, onChange }: Props) {
  const { tf } = useFiguresI18n();
  const classId = useId();
  return (
    <div className="figures-filter" role="search" aria-label={tf('filter.label')}>
      <Field className="figures-filter__class">
        <Label htmlFor={classId}>{tf('filter.class')}</Label>
        <Select id={classId} value={value.className} onChange={(e) => onChange({ ...value, className: e.target.value })}>
          <Select.Option value="">{tf('filter.allClasses')}</Select.Option>
          {classNames.map((name) => (
            <Select.Option key={name} value={name}>
              {name}
            </Select.Option>
          ))}
        </Select>
      </Field>
      <Textfield
        className="figures-filter__name"
        label={tf('filter.name')}
        type="search"
        autoComplete="off"
        value={value.name}
        onChange={(e) => onChange({ ...value, name: e.target.value })}
      />
    </div>
  );
}

/** Case and accents do not matter: «andre» finds André. */
export function normalise(text: string): string {
  return text.toLocaleLowerCase('nb').normalize('NFKD').replace(/\p{Diacritic}/gu, '').trim();
}
