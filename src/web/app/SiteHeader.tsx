import { Button } from '@digdir/designsystemet-react';
import { FollowupNavItem } from '../features/followup/FollowupNavItem';
import { useTranslation } from 'react-i18next';
import { NavLink, useNavigate } from 'react-router';
import type { Me } from '../../contracts/auth';
import { useLogout } from '../api/auth';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { ProductName } from '../components/ProductName';
import { FiguresNavItems } from '../features/figures/FiguresNavItems';
import { ImportsNavItem } from '../features/imports/ImportsNavItem';
import { ContactWeekNavItem, TodayNavItem } from '../features/registration/AttendanceNavItems';
import { useAuthI18n } from '../features/security/use-auth-i18n';
import { RulesNavItems } from '../features/rules/RulesNavItems';
import { OverviewNavItems } from '../features/overview/OverviewNavItems';
import { canDecideLeave, canReportAbsence, canSeeClasses, distinctRoles } from './access';
import { paths } from './paths';
import { LimitNavItems } from '../features/absence-limit/LimitNavItems';
import './site-header.css';

export function SiteHeader({ me }: { me: Me }) {
  const { t } = useTranslation();
  const { ta } = useAuthI18n();
  const navigate = useNavigate();
  const logout = useLogout();
  const fullName = `${me.user.givenName} ${me.user.familyName}`;
  const roles = distinctRoles(me)
    .map((role) => t(`roles.${role}`))
    .join(', ');

  const onLogout = () => {
    logout.mutate(undefined, { onSettled: () => void navigate(paths.login, { replace: true }) });
  };

  return (
    <header className="site-header">
      <div className="site-header__bar">
        <div className="site-header__brand">
          <ProductName />
          <span className="site-header__owner">{me.owner.name}</span>
        </div>
        <div className="site-header__tools">
          <LanguageSwitch />
          <div className="site-header__account">
            <div className="site-header__user">
              <span className="site-header__user-name">{fullName}</span>
              <span className="site-header__user-roles">{roles}</span>
            </div>
            <Button type="button" variant="secondary" data-size="sm" onClick={onLogout} loading={logout.isPending}>
              {t('shell.logout')}
            </Button>
          </div>
        </div>
      </div>
      <nav className="site-nav" aria-label={t('shell.mainNavigation')}>
        <ul className="site-nav__list">
          <TodayNavItem me={me} />
          <li>
            <NavLink to={paths.start} end className="site-nav__link">
              {t('nav.start')}
            </NavLink>
          </li>
          {canSeeClasses(me) && (
            <li>
              <NavLink to={paths.classes} className="site-nav__link">
                {t('nav.classes')}
              </NavLink>
            </li>
          )}
          <ContactWeekNavItem me={me} />
          <FiguresNavItems me={me} />
          {canReportAbsence(me) && (
            <li>
              <NavLink to={paths.reportAbsence} className="site-nav__link">
                {t('notices:nav.report')}
              </NavLink>
            </li>
          )}
          {canDecideLeave(me) && (
            <li>
              <NavLink to={paths.leaveRequests} className="site-nav__link">
                {t('notices:nav.leaveRequests')}
              </NavLink>
            </li>
          )}
          <RulesNavItems me={me} />
          <OverviewNavItems me={me} />
          <FollowupNavItem me={me} />
          <LimitNavItems me={me} />
          <ImportsNavItem me={me} />
          <li>
            <NavLink to={paths.security} className="site-nav__link">
              {ta('nav.security')}
            </NavLink>
          </li>
        </ul>
      </nav>
    </header>
  );
}
