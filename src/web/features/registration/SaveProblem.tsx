import { Alert, Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import type { MouseEvent, Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { RegistrationPupil } from '../../../contracts/attendance';
import { isApiRequestError } from '../../api/api-error';

/** To the pupil's minutes field, or the chosen status: where the fix is made. */
function focusRow(event: MouseEvent<HTMLAnchorElement>, pupilId: string) {
  const row = document.getElementById(`pupil-${pupilId}`);
  const target = row?.querySelector<HTMLInputElement>('input:not([type="radio"])') ?? row?.querySelector<HTMLInputElement>('input:checked');
  if (!target) return;
  event.preventDefault();
  target.focus();
}

interface Props {
  ref?: Ref<HTMLDivElement>;
  error: unknown;
  pupils: readonly RegistrationPupil[];
  byPupil: Readonly<Record<string, string>>;
  general: readonly string[];
  reloading: boolean;
  onReload(): void;
}

/**
 * Why the last save failed. Someone else saved in between (409): their name
 * and time from the server, and a reload, never an overwrite. Field errors:
 * listed here and shown next to each pupil.
 */
export function SaveProblem({ ref, error, pupils, byPupil, general, reloading, onReload }: Props) {
  const { t: ta } = useTranslation('attendance');
  if (!error) return null;
  const apiError = isApiRequestError(error) ? error : null;
  const message = apiError?.message ?? ta('registration.saveFailed');

  if (apiError?.status === 409) {
    return (
      <Alert data-color="warning" role="alert" tabIndex={-1} ref={ref} className="api-error">
        <Heading level={2} data-size="xs">
          {ta('registration.conflictTitle')}
        </Heading>
        <Paragraph>{message}</Paragraph>
        <Button type="button" variant="secondary" data-size="sm" onClick={onReload} loading={reloading}>
          {ta('registration.reload')}
        </Button>
      </Alert>
    );
  }

  const pupilProblems = pupils.filter((p) => byPupil[p.id]);
  return (
    <Alert data-color="danger" role="alert" tabIndex={-1} ref={ref} className="api-error">
      <Heading level={2} data-size="xs">
        {ta('registration.notSavedTitle')}
      </Heading>
      <Paragraph>{pupilProblems.length > 0 ? ta('registration.fixFields') : message}</Paragraph>
      {(pupilProblems.length > 0 || general.length > 0) && (
        <ul className="save-problem__list">
          {general.map((text) => (
            <li key={text}>{text}</li>
          ))}
          {pupilProblems.map((pupil) => (
            <li key={pupil.id}>
              <a href={`#pupil-${pupil.id}`} onClick={(event) => focusRow(event, pupil.id)}>
                {pupil.givenName} {pupil.familyName}: {byPupil[pupil.id]}
              </a>
            </li>
          ))}
        </ul>
      )}
    </Alert>
  );
}
