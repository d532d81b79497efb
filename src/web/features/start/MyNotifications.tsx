import { Button, Heading, Link as DsLink, Paragraph } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { Link as RouterLink } from 'react-router';
import { useMyNotifications, useReadNotifications } from '../../api/rules';
import { canSeeMyPupils, receivesStaffNotifications } from '../../app/access';
import { paths } from '../../app/paths';
import { useSession } from '../../app/session-context';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { AppLink } from '../../components/AppLink';
import { Loading } from '../../components/Loading';
import { useRulesI18n } from '../rules/use-rules-i18n';
import '../rules/rules.css';

/** A morning with many new ones shows the newest first, and the rest on request. */
const FIRST_SHOWN = 5;

/**
 * The staff member's new notifications from the rules: which pupil, what was
 * met, by when. Opening one marks it read; the list shows only what is new.
 */
export function MyNotifications() {
  const { tr, fmt } = useRulesI18n();
  const me = useSession();
  const staff = receivesStaffNotifications(me);
  const query = useMyNotifications(staff);
  const read = useReadNotifications();
  const [showAll, setShowAll] = useState(false);
  if (!staff) return null;

  const unread = query.data?.notifications.filter((n) => !n.read) ?? [];
  const shown = showAll ? unread : unread.slice(0, FIRST_SHOWN);

  return (
    <section className="panel start-notifications" aria-labelledby="start-notifications-title">
      <div className="start-notifications__head">
        <Heading level={2} data-size="sm" id="start-notifications-title">
          {tr('notifications.title')}
          {unread.length > 0 && <span className="rules-count"> {tr('notifications.count', { count: unread.length })}</span>}
        </Heading>
        {unread.length > 1 && (
          <Button type="button" variant="tertiary" data-size="sm" onClick={() => read.mutate(unread.map((n) => n.id))}>
            {tr('notifications.markAll')}
          </Button>
        )}
      </div>
      {query.isPending ? (
        <Loading label={tr('loading')} />
      ) : query.isError ? (
        <ApiErrorAlert error={query.error} />
      ) : unread.length === 0 ? (
        <Paragraph data-size="sm" className="muted">
          {tr('notifications.empty')}
        </Paragraph>
      ) : (
        <ul className="notification-list">
          {shown.map((n) => (
            <li key={n.id} className="notification">
              <DsLink asChild>
                <RouterLink
                  to={paths.pupilFigures(n.pupilId)}
                  className="notification__subject"
                  onClick={() => read.mutate([n.id])}
                >
                  {n.subject}
                </RouterLink>
              </DsLink>
              <Paragraph data-size="sm">{n.body}</Paragraph>
              <Paragraph data-size="xs" className="muted">
                <time dateTime={n.createdAt}>{fmt.dateTime(n.createdAt)}</time>
              </Paragraph>
            </li>
          ))}
        </ul>
      )}
      {shown.length < unread.length && (
        <div>
          <Button type="button" variant="secondary" data-size="sm" onClick={() => setShowAll(true)}>
            {tr('notifications.showAll', { count: unread.length })}
          </Button>
        </div>
      )}
      {canSeeMyPupils(me) && <AppLink to={paths.myPupils}>{tr('notifications.toMyPupils')}</AppLink>}
    </section>
  );
}
