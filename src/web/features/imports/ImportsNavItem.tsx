import { NavLink } from 'react-router';
import type { Me } from '../../../contracts/auth';
import { canImportAnywhere, IMPORT_PATH } from './import-access';
import { useImportsI18n } from './use-imports-i18n';

/** «Import» in the main menu, for the school's leadership and the owner's administrator. */
export function ImportsNavItem({ me }: { me: Me }) {
  const { ti } = useImportsI18n();
  if (!canImportAnywhere(me)) return null;
  return (
    <li>
      <NavLink to={IMPORT_PATH} className="site-nav__link">
        {ti('page.title')}
      </NavLink>
    </li>
  );
}
