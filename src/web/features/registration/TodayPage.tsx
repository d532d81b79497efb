import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useMyLessons } from '../../api/attendance';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { Loading } from '../../components/Loading';
import { useDocumentTitle } from '../../components/use-document-title';
import { DaySwitcher } from './DaySwitcher';
import { isIsoDate, longDate, schoolClock, schoolToday } from './dates';
import { LessonCard } from './LessonCard';
import { lessonState } from './lesson-state';
import { SubstituteLessons } from './SubstituteLessons';
import { useLocale } from './use-locale';
import { useNow } from './use-now';
import './today.css';

export const DATE_PARAM = 'dato';

/** «I dag»: the teacher's lessons of a day in time order, each registered or not, and colleagues' lessons to take as substitute. */
export function TodayPage() {
  const { t: ta } = useTranslation('attendance');
  const locale = useLocale();
  const [search, setSearch] = useSearchParams();
  const now = useNow();
  const today = schoolToday(now);
  const asked = search.get(DATE_PARAM);
  const date = isIsoDate(asked) ? asked : today;
  const isToday = date === today;
  const query = useMyLessons(date);
  const dayName = longDate(date, locale, date.slice(0, 4) !== today.slice(0, 4));
  const title = isToday ? ta('today.title') : capitalise(dayName);
  useDocumentTitle(title);

  const setDate = (next: string) => setSearch(next === today ? {} : { [DATE_PARAM]: next }, { replace: true });
  const lessons = [...(query.data?.lessons ?? [])].sort((a, b) => a.startsAt.localeCompare(b.startsAt) || a.period - b.period);
  const clock = { date: today, time: schoolClock(now) };
  const states = lessons.map((lesson) => lessonState(lesson, clock));
  const due = states.filter((s) => s === 'due').length;

  return (
    <>
      <div className="page-heading">
        <Heading level={1} data-size="lg">
          {title}
        </Heading>
        <Paragraph className="page-heading__lead">{isToday ? capitalise(dayName) : ta('today.otherDayLead')}</Paragraph>
      </div>
      <DaySwitcher date={date} today={today} onChange={setDate} />
      <section className="today-lessons" aria-labelledby="today-lessons-heading">
        <div className="today-lessons__heading">
          <Heading level={2} data-size="sm" id="today-lessons-heading">
            {ta('today.lessonsHeading')}
          </Heading>
          {lessons.length > 0 && (
            <Paragraph data-size="sm" className="muted" role="status">
              {[ta('today.lessonCount', { count: lessons.length }), due > 0 ? ta('today.dueCount', { count: due }) : ta('today.allDone')].join(' · ')}
            </Paragraph>
          )}
        </div>
        {query.isPending ? (
          <Loading label={ta('today.loading')} />
        ) : query.isError ? (
          <ApiErrorAlert error={query.error} />
        ) : lessons.length === 0 ? (
          <Paragraph className="panel">{ta('today.none')}</Paragraph>
        ) : (
          <ol className="lesson-list">
            {lessons.map((lesson, i) => (
              <LessonCard key={lesson.id} lesson={lesson} state={states[i] ?? 'upcoming'} />
            ))}
          </ol>
        )}
      </section>
      <SubstituteLessons date={date} clock={clock} />
    </>
  );
}

export const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
