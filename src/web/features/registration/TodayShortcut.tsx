import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMyLessons } from '../../api/attendance';
import { canRegisterLessons } from '../../app/access';
import { paths } from '../../app/paths';
import { useSession } from '../../app/session-context';
import { schoolClock, schoolToday } from './dates';
import { lessonState } from './lesson-state';
import { useNow } from './use-now';
import './today.css';

/** On the start page, for a teacher: straight to today's register, with what is waiting. */
export function TodayShortcut() {
  const { t: ta } = useTranslation('attendance');
  const me = useSession();
  if (!canRegisterLessons(me)) return null;
  return <Shortcut label={ta('start.title')} lead={ta('start.lead')} />;
}

function Shortcut({ label, lead }: { label: string; lead: string }) {
  const { t: ta } = useTranslation('attendance');
  const now = useNow();
  const today = schoolToday(now);
  const lessons = useMyLessons(today);
  const clock = { date: today, time: schoolClock(now) };
  const list = lessons.data?.lessons ?? [];
  const due = list.filter((lesson) => lessonState(lesson, clock) === 'due').length;
  const status = !lessons.data
    ? null
    : list.length === 0
      ? ta('start.noLessons')
      : due > 0
        ? ta('today.dueCount', { count: due })
        : ta('start.lessonsToday', { count: list.length });

  return (
    <section className="today-shortcut" aria-labelledby="today-shortcut-heading">
      <Heading level={2} data-size="sm" id="today-shortcut-heading">
        <Link to={paths.today} className="today-shortcut__link">
          {label}
          <span aria-hidden="true"> →</span>
        </Link>
      </Heading>
      <Paragraph data-size="sm">{lead}</Paragraph>
      {status && (
        <Paragraph data-size="sm" className="today-shortcut__status">
          {status}
        </Paragraph>
      )}
    </section>
  );
}
