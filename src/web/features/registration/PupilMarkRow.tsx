import { Field, Input, Label, Tag, ToggleGroup, ValidationMessage } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { MarkStatus, RegistrationPupil } from '../../../contracts/attendance';
import { MAX_MINUTES_DIGITS, type Draft } from './drafts';
import { HomeIcon } from './icons';
import { isMarkStatus, markStatuses } from './lesson-state';

/** Each status has its colour, but the letter and word say it too. */
const statusColor: Record<MarkStatus, string> = { M: 'neutral', F: 'danger', S: 'warning', O: 'info' };

interface Props {
  index: number;
  pupil: RegistrationPupil;
  draft: Draft;
  error: string | undefined;
  onStatus(status: MarkStatus): void;
  onMinutes(minutes: string): void;
}

/** One pupil: M, F, S or O as a segmented radio group, and the minutes when late. */
export function PupilMarkRow({ index, pupil, draft, error, onStatus, onMinutes }: Props) {
  const { t: ta } = useTranslation('attendance');
  const minutesId = useId();
  const errorId = useId();
  const name = `${pupil.givenName} ${pupil.familyName}`;
  const notice = pupil.notice;
  const savedMark = pupil.mark && pupil.mark.status !== 'M' && pupil.mark.status !== 'O' ? pupil.mark : null;

  return (
    <li id={`pupil-${pupil.id}`} className="pupil-mark" data-pupil-row={index} data-status={draft.status} data-invalid={error ? true : undefined}>
      <div className="pupil-mark__who">
        <span className="pupil-mark__name">
          {pupil.familyName}, {pupil.givenName}
        </span>
        {notice && (
          <Tag data-color="info" data-size="sm" className="pupil-mark__notice">
            <HomeIcon />
            {ta(notice.kind === 'leave_request' ? 'registration.notice.leave' : 'registration.notice.absence')}
            {notice.reasonCode ? `: ${ta(`reasons.${notice.reasonCode}`, { defaultValue: notice.reasonCode })}` : ''}
          </Tag>
        )}
        {savedMark && !notice && (
          <span className="pupil-mark__documentation muted">
            {ta(`documentation.${savedMark.documentation}`)}
            {savedMark.reasonCode ? ` · ${ta(`reasons.${savedMark.reasonCode}`, { defaultValue: savedMark.reasonCode })}` : ''}
          </span>
        )}
      </div>
      <div className="pupil-mark__controls">
        <ToggleGroup
          className="mark-toggle"
          aria-label={ta('registration.markFor', { name })}
          name={`mark-${pupil.id}`}
          aria-describedby={error ? errorId : undefined}
          value={draft.status}
          onChange={(value) => {
            if (isMarkStatus(value)) onStatus(value);
          }}
        >
          {markStatuses.map((status) => (
            <ToggleGroup.Item key={status} value={status} data-color={statusColor[status]} className="mark-toggle__item">
              <span className="mark-toggle__key" aria-hidden="true">
                {status}
              </span>
              <span className="mark-toggle__word">{ta(`status.${status}`)}</span>
            </ToggleGroup.Item>
          ))}
        </ToggleGroup>
      </div>
      <div className="pupil-mark__late">
        {draft.status === 'S' && (
          <Field className="pupil-mark__minutes" data-size="sm">
            <Label htmlFor={minutesId}>
              {ta('registration.minutes')}
              <span className="visually-hidden">, {name}</span>
            </Label>
            <Input
              id={minutesId}
              inputMode="numeric"
              autoComplete="off"
              pattern="[0-9]*"
              maxLength={MAX_MINUTES_DIGITS}
              size={4}
              value={draft.minutes}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? errorId : undefined}
              onChange={(event) => onMinutes(event.target.value.replace(/\D/g, '').slice(0, MAX_MINUTES_DIGITS))}
            />
          </Field>
        )}
      </div>
      {error && <ValidationMessage id={errorId} className="pupil-mark__error">{error}</ValidationMessage>}
    </li>
  );
}
