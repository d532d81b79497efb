import { Tag } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { LessonSummary } from '../../../contracts/attendance';
import { paths } from '../../app/paths';
import { schoolClock, shortTime } from './dates';
import { AttentionIcon, CheckIcon, ClockIcon, CrossedIcon, HomeIcon } from './icons';
import type { LessonState } from './lesson-state';

const stateIcon: Record<LessonState, ReactNode> = {
  registered: <CheckIcon />,
  notHeld: <CrossedIcon />,
  due: <AttentionIcon />,
  upcoming: <ClockIcon />,
};

/**
 * One lesson of the day: when, which group and subject, and whether it is registered (in words and an icon).
 * `showTeacher` names the lesson's teacher, for lists of colleagues' lessons.
 */
export function LessonCard({ lesson, state, showTeacher = false }: { lesson: LessonSummary; state: LessonState; showTeacher?: boolean }) {
  const { t: ta } = useTranslation('attendance');
  const time = `${shortTime(lesson.startsAt)}–${shortTime(lesson.endsAt)}`;
  const counts =
    state === 'registered'
      ? [ta('today.absentCount', { count: lesson.absentCount }), ta('today.lateCount', { count: lesson.lateCount })].join(' · ')
      : null;

  return (
    <li className={`lesson-card lesson-card--${state}`}>
      <div className="lesson-card__when">
        <span className="lesson-card__period">{ta('lesson.period', { period: lesson.period })}</span>
        <span className="lesson-card__time">{time}</span>
      </div>
      <div className="lesson-card__body">
        <Link to={paths.lesson(lesson.id)} className="lesson-card__link">
          <span className="lesson-card__group">{lesson.group.name}</span> <span className="lesson-card__subject">{lesson.subject.name}</span>
          <span className="visually-hidden">, {ta('lesson.period', { period: lesson.period })}</span>
        </Link>
        <p className="lesson-card__state">
          {stateIcon[state]}
          <span>
            <strong>{ta(`today.state.${state}`)}</strong>
            {state === 'registered' && lesson.registeredAt ? ` ${ta('today.registeredAt', { time: schoolClock(lesson.registeredAt) })}` : ''}
            {counts ? <span className="lesson-card__counts"> · {counts}</span> : null}
          </span>
        </p>
        {showTeacher && (
          <p className="lesson-card__note muted">
            {lesson.teacher ? ta('lesson.teacher', { name: lesson.teacher.name }) : ta('lesson.noTeacher')}
          </p>
        )}
        {lesson.substitute && <p className="lesson-card__note muted">{ta('lesson.substitute', { name: lesson.substitute.name })}</p>}
      </div>
      {lesson.noticeCount > 0 && (
        <Tag data-color="info" data-size="sm" className="lesson-card__notices">
          <HomeIcon />
          {ta('today.notices', { count: lesson.noticeCount })}
        </Tag>
      )}
    </li>
  );
}
