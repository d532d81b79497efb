import { Button } from '@digdir/designsystemet-react';
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { RegistrationSaved } from '../../../contracts/attendance';
import { schoolClock } from './dates';
import type { Counts } from './drafts';
import { CheckIcon } from './icons';

interface Props {
  ref?: Ref<HTMLDivElement>;
  counts: Counts;
  held: boolean;
  saving: boolean;
  saved: RegistrationSaved | null;
  dirty: boolean;
}

/** Always in reach at the bottom of the screen: the counts, what happened to the last save, and the button. */
export function SaveBar({ ref, counts, held, saving, saved, dirty }: Props) {
  const { t: ta } = useTranslation('attendance');
  const summary = held
    ? [
        ta('counts.present', { count: counts.present }),
        ta('counts.absent', { count: counts.absent }),
        ta('counts.late', { count: counts.late }),
        ta('counts.organised', { count: counts.organised }),
      ].join(' · ')
    : ta('registration.notHeldSummary');

  return (
    <div className="save-bar">
      <div className="save-bar__text">
        <p className="save-bar__counts">{summary}</p>
        <div className="save-bar__status" role="status" tabIndex={-1} ref={ref}>
          {saving ? (
            ta('registration.saving')
          ) : saved && !dirty ? (
            <span className="save-bar__saved">
              <CheckIcon />
              <span>
                <strong>{ta('registration.savedAt', { time: schoolClock(saved.registeredAt) })}</strong>{' '}
                {saved.status === 'held'
                  ? ta('registration.savedCounts', {
                      present: saved.counts.present,
                      absent: saved.counts.absent,
                      late: saved.counts.late,
                      organised: saved.counts.organised,
                    })
                  : ta('registration.savedNotHeld')}
              </span>
            </span>
          ) : dirty ? (
            ta('registration.unsaved')
          ) : null}
        </div>
      </div>
      <div className="save-bar__action">
        <Button type="submit" loading={saving} data-size="lg">
          {saving ? ta('registration.saving') : ta('registration.save')}
        </Button>
        <span className="save-bar__hint muted" aria-hidden="true">
          <kbd>Enter</kbd> / <kbd>Ctrl</kbd>+<kbd>S</kbd>
        </span>
      </div>
    </div>
  );
}
