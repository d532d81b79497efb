import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { addDays, dateRange } from '../registration/dates';
import { ChevronIcon } from '../registration/icons';
import { useLocale } from '../registration/use-locale';

interface Props {
  week: { week: number; from: string; to: string } | null;
  /** Any day of the week shown. */
  date: string;
  isThisWeek: boolean;
  onChange(date: string | null): void;
}

/** «Uke 48, 23.–29. november 2026», with the weeks before and after. */
export function WeekPicker({ week, date, isThisWeek, onChange }: Props) {
  const { t: ta } = useTranslation('attendance');
  const locale = useLocale();
  return (
    <nav className="week-picker" aria-label={ta('week.picker.label')}>
      <div className="week-picker__current" aria-live="polite">
        <Heading level={2} data-size="sm">
          {week ? ta('week.picker.week', { week: week.week }) : '…'}
        </Heading>
        {week && <Paragraph data-size="sm" className="muted">{dateRange(week.from, week.to, locale)}</Paragraph>}
      </div>
      <div className="week-picker__steps">
        <Button type="button" variant="secondary" data-size="sm" onClick={() => onChange(addDays(week?.from ?? date, -7))}>
          <ChevronIcon direction="left" />
          {ta('week.picker.previous')}
        </Button>
        <Button type="button" variant={isThisWeek ? 'tertiary' : 'secondary'} data-size="sm" aria-pressed={isThisWeek} onClick={() => onChange(null)}>
          {ta('week.picker.thisWeek')}
        </Button>
        <Button type="button" variant="secondary" data-size="sm" onClick={() => onChange(addDays(week?.from ?? date, 7))}>
          {ta('week.picker.next')}
          <ChevronIcon direction="right" />
        </Button>
      </div>
    </nav>
  );
}
