import { Link, NavLink, useMatch } from 'react-router';
import type { Me } from '../../../contracts/auth';
import { canReadPolicy, isOwnerAdmin, leadershipSchools } from '../../app/access';
import { paths } from '../../app/paths';
import { useRulesI18n } from './use-rules-i18n';

/**
 * «Bekymringsfullt fravær» and «Utsendinger» for the leadership (their first
 * school; the page switches between schools), the owner's outbox for the
 * administrator, and «Regler for fravær» for whoever may read the rules.
 */
export function RulesNavItems({ me }: { me: Me }) {
  const { tr } = useRulesI18n();
  const onConcerns = useMatch('/skole/:schoolId/bekymringer') !== null;
  const onSchoolOutbox = useMatch('/skole/:schoolId/utsendinger') !== null;
  const onOwnerOutbox = useMatch(paths.ownerOutbox) !== null;
  const firstSchool = leadershipSchools(me)[0];
  const outboxPath = isOwnerAdmin(me) ? paths.ownerOutbox : firstSchool ? paths.schoolOutbox(firstSchool.id) : null;
  return (
    <>
      {firstSchool && (
        <li>
          <Link to={paths.schoolConcerns(firstSchool.id)} className="site-nav__link" aria-current={onConcerns ? 'page' : undefined}>
            {tr('nav.schoolConcerns')}
          </Link>
        </li>
      )}
      {outboxPath && (
        <li>
          <Link
            to={outboxPath}
            className="site-nav__link"
            aria-current={onSchoolOutbox || onOwnerOutbox ? 'page' : undefined}
          >
            {tr('nav.outbox')}
          </Link>
        </li>
      )}
      {canReadPolicy(me) && (
        <li>
          <NavLink to={paths.policy} className="site-nav__link">
            {tr('nav.policy')}
          </NavLink>
        </li>
      )}
    </>
  );
}
