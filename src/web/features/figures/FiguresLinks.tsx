// Ways into the figures from other pages (the class page and its pupil list),
// shown only to those who may see the figures at that school.
import { Link as DsLink } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import { Link as RouterLink, useLocation } from 'react-router';
import { canSeeFiguresAt } from '../../app/access';
import { paths } from '../../app/paths';
import { useSession } from '../../app/session-context';
import { AppLink } from '../../components/AppLink';
import type { BackLabel, BackTo } from './back-link-state';
import { useFiguresI18n } from './use-figures-i18n';

/** «Se fraværet i klassen» on the class page. */
export function ClassFiguresLink({ classId, schoolId }: { classId: string; schoolId: string }) {
  const { tf } = useFiguresI18n();
  const me = useSession();
  if (!canSeeFiguresAt(me, schoolId)) return null;
  return (
    <AppLink to={paths.classFigures(classId)} className="figures-entry-link">
      {tf('links.classFigures')}
      <span aria-hidden="true"> →</span>
    </AppLink>
  );
}

interface PupilLinkProps {
  pupilId: string;
  schoolId: string;
  /** The name of this page, for «Tilbake» on the pupil's page. */
  backLabel: BackLabel;
  children: ReactNode;
}

/** A pupil's name, linked to their figures where the user may see them. */
export function PupilFiguresLink({ pupilId, schoolId, backLabel, children }: PupilLinkProps) {
  const me = useSession();
  const location = useLocation();
  if (!canSeeFiguresAt(me, schoolId)) return <>{children}</>;
  const backTo: BackTo = { path: `${location.pathname}${location.search}`, label: backLabel };
  return (
    <DsLink asChild>
      <RouterLink to={paths.pupilFigures(pupilId)} state={{ backTo }}>
        {children}
      </RouterLink>
    </DsLink>
  );
}
