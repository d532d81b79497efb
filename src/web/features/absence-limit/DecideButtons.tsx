import { Button, Field, Label, Textarea } from '@digdir/designsystemet-react';
import { useState } from 'react';
import type { Decide } from '../../../contracts/upper-secondary';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { useLimitI18n } from './use-limit-i18n';

interface Props {
  label: string;
  pending: boolean;
  error: unknown;
  onDecide: (decision: Decide) => void;
}

/** Accept, or reject with a reason the home will read. */
export function DecideButtons({ label, pending, error, onDecide }: Props) {
  const { tu } = useLimitI18n();
  const [rejecting, setRejecting] = useState(false);
  const [reason, setReason] = useState('');
  return (
    <div className="decide">
      {rejecting ? (
        <>
          <Field>
            <Label>{tu('decide.reason')}</Label>
            <Textarea value={reason} onChange={(e) => setReason(e.target.value)} rows={2} maxLength={500} />
          </Field>
          <div className="limit-form__buttons">
            <Button type="button" data-size="sm" data-color="danger" loading={pending} onClick={() => onDecide({ decision: 'rejected', reason })}>
              {tu('decide.reject')}
            </Button>
            <Button type="button" data-size="sm" variant="tertiary" onClick={() => setRejecting(false)}>
              {tu('form.cancel')}
            </Button>
          </div>
        </>
      ) : (
        <div className="limit-form__buttons">
          <Button type="button" data-size="sm" loading={pending} onClick={() => onDecide({ decision: 'accepted' })} aria-label={`${tu('decide.accept')}: ${label}`}>
            {tu('decide.accept')}
          </Button>
          <Button type="button" data-size="sm" variant="secondary" onClick={() => setRejecting(true)} aria-label={`${tu('decide.rejectStart')}: ${label}`}>
            {tu('decide.rejectStart')}
          </Button>
        </div>
      )}
      {Boolean(error) && <ApiErrorAlert error={error} />}
    </div>
  );
}
