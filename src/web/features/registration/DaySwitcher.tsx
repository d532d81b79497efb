import { Button, Field, Input, Label } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { isIsoDate, stepSchoolDay } from './dates';
import { ChevronIcon } from './icons';

interface Props {
  date: string;
  today: string;
  onChange(date: string): void;
}

/** Previous and next school day, back to today, or any date. */
export function DaySwitcher({ date, today, onChange }: Props) {
  const { t: ta } = useTranslation('attendance');
  const dateId = useId();
  return (
    <nav className="day-switcher" aria-label={ta('today.switcher.label')}>
      <div className="day-switcher__steps">
        <Button type="button" variant="secondary" data-size="sm" onClick={() => onChange(stepSchoolDay(date, -1))}>
          <ChevronIcon direction="left" />
          {ta('today.switcher.previous')}
        </Button>
        <Button type="button" variant={date === today ? 'tertiary' : 'secondary'} data-size="sm" onClick={() => onChange(today)} aria-pressed={date === today}>
          {ta('today.switcher.today')}
        </Button>
        <Button type="button" variant="secondary" data-size="sm" onClick={() => onChange(stepSchoolDay(date, 1))}>
          {ta('today.switcher.next')}
          <ChevronIcon direction="right" />
        </Button>
      </div>
      <Field className="day-switcher__date" data-size="sm">
        <Label htmlFor={dateId}>{ta('today.switcher.date')}</Label>
        <Input
          id={dateId}
          type="date"
          value={date}
          onChange={(event) => {
            if (isIsoDate(event.target.value)) onChange(event.target.value);
          }}
        />
      </Field>
    </nav>
  );
}
