import { Alert, Heading, Paragraph } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiRequestError } from '../api/api-error';
import { StepUp } from '../features/security/StepUp';
import { useAuthI18n } from '../features/security/use-auth-i18n';

interface Props {
  error: unknown;
  /** Shown under the message, e.g. a link back or a retry button. */
  children?: ReactNode;
}

/** A failed request told in the user's language: the server's translated message, or the app's own. */
export function ApiErrorAlert({ error, children }: Props) {
  const { t } = useTranslation();
  const { ta } = useAuthI18n();
  // The server wants a second factor for this: the prompt to give it, and the page carries on after.
  if (isApiRequestError(error) && error.code === 'second_factor_required') {
    return (
      <Alert data-color="info" role="alert" className="api-error">
        <Heading level={2} data-size="xs">
          {ta('security.stepUp.title')}
        </Heading>
        <Paragraph>{error.message}</Paragraph>
        <StepUp />
      </Alert>
    );
  }
  const status = isApiRequestError(error) ? error.status : 0;
  const title =
    status === 403 ? t('errors.forbiddenTitle') : status === 404 ? t('errors.notFoundTitle') : t('errors.title');
  const message = isApiRequestError(error) ? error.message : t('errors.unexpected');
  return (
    <Alert data-color={status === 403 || status === 404 ? 'warning' : 'danger'} role="alert" className="api-error">
      <Heading level={2} data-size="xs">
        {title}
      </Heading>
      <Paragraph>{message}</Paragraph>
      {children}
    </Alert>
  );
}
