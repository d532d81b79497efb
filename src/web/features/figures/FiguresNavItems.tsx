import { Link, NavLink, useMatch } from 'react-router';
import type { Me } from '../../../contracts/auth';
import { canSeeMyPupils, leadershipSchools } from '../../app/access';
import { paths } from '../../app/paths';
import { useFiguresI18n } from './use-figures-i18n';

/** «Mine elever» for teachers, «Fraværsoversikt» for the leadership: list items for the main menu. */
export function FiguresNavItems({ me }: { me: Me }) {
  const { tf } = useFiguresI18n();
  // Any school's overview is «the» overview page, whichever school is picked.
  const onOverview = useMatch('/skole/:schoolId/fravaer') !== null;
  const firstSchool = leadershipSchools(me)[0];
  return (
    <>
      {canSeeMyPupils(me) && (
        <li>
          <NavLink to={paths.myPupils} className="site-nav__link">
            {tf('nav.myPupils')}
          </NavLink>
        </li>
      )}
      {firstSchool && (
        <li>
          <Link
            to={paths.schoolFigures(firstSchool.id)}
            className="site-nav__link"
            aria-current={onOverview ? 'page' : undefined}
          >
            {tf('nav.schoolOverview')}
          </Link>
        </li>
      )}
    </>
  );
}
