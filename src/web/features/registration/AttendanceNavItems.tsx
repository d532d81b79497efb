// The menu items of attendance, each for the roles that use it.
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import type { Me } from '../../../contracts/auth';
import { canRegisterLessons, canSeeContactWeek } from '../../app/access';
import { paths } from '../../app/paths';

/** «I dag», first in the menu for a teacher. */
export function TodayNavItem({ me }: { me: Me }) {
  const { t: ta } = useTranslation('attendance');
  if (!canRegisterLessons(me)) return null;
  return (
    <li>
      <NavLink to={paths.today} className="site-nav__link">
        {ta('nav.today')}
      </NavLink>
    </li>
  );
}

/** «Uka mi», the contact teacher's week. */
export function ContactWeekNavItem({ me }: { me: Me }) {
  const { t: ta } = useTranslation('attendance');
  if (!canSeeContactWeek(me)) return null;
  return (
    <li>
      <NavLink to={paths.contactWeek} className="site-nav__link">
        {ta('nav.contactWeek')}
      </NavLink>
    </li>
  );
}
