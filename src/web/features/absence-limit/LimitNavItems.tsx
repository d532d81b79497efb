import { Link, NavLink, useMatch } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Me } from '../../../contracts/auth';
import { canDecideLimitRequests, canSeeMyAbsence, hasRole, isOwnerAdmin, leadershipSchools } from '../../app/access';
import { paths } from '../../app/paths';
import { useLimitI18n } from './use-limit-i18n';

/** «Mitt fravær» for pupils and guardians; documentation, corrections and warnings for the staff who decide them; the access log and retention for who keeps them. */
export function LimitNavItems({ me }: { me: Me }) {
  const { tu } = useLimitI18n();
  const onWarnings = useMatch('/skole/:schoolId/varsler') !== null;
  const onAuditLog = useMatch('/skole/:schoolId/tilgangslogg') !== null;
  const { t: ta } = useTranslation('audit');
  const firstSchool = leadershipSchools(me)[0];
  return (
    <>
      {canSeeMyAbsence(me) && (
        <li>
          <NavLink to={paths.myAbsence} className="site-nav__link">
            {tu('nav.myAbsence')}
          </NavLink>
        </li>
      )}
      {canDecideLimitRequests(me) && (
        <li>
          <NavLink to={paths.submissions} className="site-nav__link">
            {tu('nav.submissions')}
          </NavLink>
        </li>
      )}
      {hasRole(me, 'teacher') && (
        <li>
          <NavLink to={paths.complaints} className="site-nav__link">
            {tu('nav.complaints')}
          </NavLink>
        </li>
      )}
      {firstSchool && (
        <li>
          <Link to={paths.auditLog(firstSchool.id)} className="site-nav__link" aria-current={onAuditLog ? 'page' : undefined}>
            {ta('nav.auditLog')}
          </Link>
        </li>
      )}
      {isOwnerAdmin(me) && (
        <li>
          <NavLink to={paths.retention} className="site-nav__link">
            {ta('nav.retention')}
          </NavLink>
        </li>
      )}
      {firstSchool && (
        <li>
          <Link to={paths.warnings(firstSchool.id)} className="site-nav__link" aria-current={onWarnings ? 'page' : undefined}>
            {tu('nav.warnings')}
          </Link>
        </li>
      )}
    </>
  );
}
