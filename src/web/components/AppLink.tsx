import { Link as DsLink } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import { Link as RouterLink, type To } from 'react-router';

interface Props {
  to: To;
  children: ReactNode;
  className?: string;
}

/** A Designsystemet link that navigates inside the app without reloading the page. */
export function AppLink({ to, children, className }: Props) {
  return (
    <DsLink asChild className={className}>
      <RouterLink to={to}>{children}</RouterLink>
    </DsLink>
  );
}
