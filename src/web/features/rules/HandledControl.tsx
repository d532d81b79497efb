import { Button, Paragraph, ValidationMessage } from '@digdir/designsystemet-react';
import { useEffect, useRef, useState } from 'react';
import type { ConcernView } from '../../../contracts/rules';
import { useSetConcernHandled } from '../../api/rules';
import { useRulesI18n } from './use-rules-i18n';

interface Props {
  concern: ConcernView;
  /** «Angre» right after marking (Mine elever), or «Åpne igjen» for one followed up earlier (the pupil's page). */
  undo: 'undo' | 'reopen';
}

/**
 * «Fulgt opp» and its undo. Focus moves to the button that takes the place of
 * the one pressed, and the change is announced, so neither a keyboard nor a
 * screen reader loses its place.
 */
export function HandledControl({ concern, undo }: Props) {
  const { tr, fmt } = useRulesI18n();
  const mutation = useSetConcernHandled();
  const [announce, setAnnounce] = useState('');
  const buttonRef = useRef<HTMLButtonElement>(null);
  const moved = useRef(false);
  const handled = concern.status === 'handled';
  const name = `${concern.pupil.givenName} ${concern.pupil.familyName}`;
  const names = { rule: concern.rule.name, name };

  useEffect(() => {
    if (!moved.current) return;
    moved.current = false;
    buttonRef.current?.focus();
  }, [handled]);

  if (concern.status === 'superseded' || (!handled && !concern.holds)) return null;

  const toggle = () => {
    mutation.mutate(
      { concernId: concern.id, handled: !handled },
      {
        onSuccess: (next) => {
          moved.current = true;
          setAnnounce(tr(next.status === 'handled' ? 'concern.markedHandled' : 'concern.markedOpen', names));
        },
      },
    );
  };

  return (
    <div className="handled-control">
      {handled && concern.handled && (
        <Paragraph data-size="sm" className="handled-control__by">
          <svg className="handled-control__check" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
            <path d="M3 8.5l3 3 7-7" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" />
          </svg>
          {tr('concern.handledBy', { name: concern.handled.by, time: fmt.dateTime(concern.handled.at) })}
        </Paragraph>
      )}
      <Button
        ref={buttonRef}
        type="button"
        variant={handled ? 'tertiary' : 'secondary'}
        data-size="sm"
        onClick={toggle}
        loading={mutation.isPending}
        aria-label={tr(handled ? (undo === 'undo' ? 'concern.undoLabel' : 'concern.reopenLabel') : 'concern.markHandledLabel', names)}
      >
        {handled ? tr(undo === 'undo' ? 'concern.undo' : 'concern.reopen') : tr('concern.markHandled')}
      </Button>
      {mutation.isError && <ValidationMessage>{mutation.error.message}</ValidationMessage>}
      <span className="visually-hidden" role="status">
        {announce}
      </span>
    </div>
  );
}
