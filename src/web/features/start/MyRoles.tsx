import { Heading } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../app/session-context';

/** The user's roles, each with the school it is for, or the whole school owner. */
export function MyRoles() {
  const { t } = useTranslation();
  const me = useSession();
  return (
    <section className="panel" aria-labelledby="start-roles">
      <Heading level={2} data-size="sm" id="start-roles">
        {t('start.roles.title')}
      </Heading>
      {me.roles.length === 0 ? (
        <p className="muted">{t('start.roles.none')}</p>
      ) : (
        <ul className="role-list">
          {me.roles.map((r) => (
            <li key={`${r.role}:${r.schoolId ?? 'owner'}`}>
              <span className="role-list__role">{t(`roles.${r.role}`)}</span>
              <span className="role-list__where">
                {r.schoolName ?? t('start.roles.wholeOwner', { owner: me.owner.name })}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
