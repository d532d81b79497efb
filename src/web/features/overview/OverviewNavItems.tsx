import { NavLink } from 'react-router';
import type { Me } from '../../../contracts/auth';
import { hasRole, leadershipSchools, schoolsOf } from '../../app/access';
import { overviewPaths } from './overview-paths';
import { useOverviewI18n } from './use-overview-i18n';

/** «Månedsgjennomgang», «Rutinetrofasthet» and «Årshjul» for the leadership; «Statistikk» for the owner's analyst and administrator. */
export function OverviewNavItems({ me }: { me: Me }) {
  const { to } = useOverviewI18n();
  const lead = leadershipSchools(me)[0];
  const ownerWide = me.roles.some((r) => (r.role === 'owner_analyst' || r.role === 'admin') && r.schoolId === null);
  const calendarSchool = lead ?? (hasRole(me, 'teacher') ? schoolsOf(me)[0] : undefined);
  return (
    <>
      {lead && (
        <>
          <li>
            <NavLink to={overviewPaths.monthlyReview(lead.id)} className="site-nav__link">
              {to('nav.monthlyReview')}
            </NavLink>
          </li>
          <li>
            <NavLink to={overviewPaths.fidelity(lead.id)} className="site-nav__link">
              {to('nav.fidelity')}
            </NavLink>
          </li>
        </>
      )}
      {calendarSchool && (
        <li>
          <NavLink to={overviewPaths.calendar(calendarSchool.id)} className="site-nav__link">
            {to('nav.calendar')}
          </NavLink>
        </li>
      )}
      {ownerWide && (
        <li>
          <NavLink to={overviewPaths.statistics} className="site-nav__link">
            {to('nav.statistics')}
          </NavLink>
        </li>
      )}
    </>
  );
}
