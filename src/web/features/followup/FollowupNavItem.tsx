import { NavLink } from 'react-router';
import type { Me } from '../../../contracts/auth';
import { hasRole } from '../../app/access';
import { paths } from '../../app/paths';
import { useFollowupI18n } from './use-followup-i18n';

const CASE_ROLES = ['teacher', 'leadership', 'counsellor', 'nurse', 'resource_team', 'outside_service'] as const;

/** «Saker»: the follow-up cases, for the staff who can have a part in one, and outside services on a case's team by consent. */
export function FollowupNavItem({ me }: { me: Me }) {
  const { tf } = useFollowupI18n();
  if (!CASE_ROLES.some((role) => hasRole(me, role))) return null;
  return (
    <li>
      <NavLink to={paths.followupCases} className="site-nav__link" end={false}>
        {tf('ui.nav.cases')}
      </NavLink>
    </li>
  );
}
