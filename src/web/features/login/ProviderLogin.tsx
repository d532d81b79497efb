import { Alert, Button, Paragraph } from '@digdir/designsystemet-react';
import { oidcStartUrl, useAuthOptions } from '../../api/auth';
import { useAuthI18n } from '../security/use-auth-i18n';
import { oidcFailureSchema } from '../../../contracts/auth';

interface Props {
  next: string;
  /** The reason the provider's login failed, from the address (?feil=). */
  failure: string | null;
}

/** «Logg inn med Feide», only when the server has an OpenID provider; and why the last try failed. */
export function ProviderLogin({ next, failure }: Props) {
  const { ta } = useAuthI18n();
  const options = useAuthOptions();
  const known = oidcFailureSchema.safeParse(failure);
  const provider = options.data?.oidc;
  return (
    <>
      {known.success && (
        <Alert data-color="warning" role="alert">
          <Paragraph>{ta(`login.failure.${known.data}`)}</Paragraph>
        </Alert>
      )}
      {provider && (
        <div className="login__provider">
          {/* A plain link: the login leaves the app for the provider's own page. */}
          <Button asChild className="login__provider-button">
            <a href={oidcStartUrl(next === '/' ? null : next)}>{ta('login.withProvider', { provider: provider.providerName })}</a>
          </Button>
          <Paragraph data-size="sm" className="login__or">
            {ta('login.or')}
          </Paragraph>
        </div>
      )}
    </>
  );
}
