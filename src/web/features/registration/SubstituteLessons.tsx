import { Details, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSchoolLessons } from '../../api/attendance';
import { teacherSchoolsOf } from '../../app/access';
import { useSession } from '../../app/session-context';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { Loading } from '../../components/Loading';
import { LessonCard } from './LessonCard';
import { lessonState } from './lesson-state';

/**
 * «Vikartimer»: the other lessons of the teacher's school on the day, so a
 * substitute (vikar) can open a colleague's lesson and register it. Collapsed
 * by default; the lessons are fetched the first time it is opened.
 */
export function SubstituteLessons({ date, clock }: { date: string; clock: { date: string; time: string } }) {
  const { t: ta } = useTranslation('attendance');
  const me = useSession();
  const schools = teacherSchoolsOf(me);
  if (schools.length === 0) return null;
  return (
    <section className="today-lessons" aria-labelledby="substitute-lessons-heading">
      <Heading level={2} data-size="sm" id="substitute-lessons-heading">
        {ta('substitutes.heading')}
      </Heading>
      {schools.map((school) => (
        <SchoolLessons
          key={school.id}
          school={school}
          named={schools.length > 1}
          userId={me.user.id}
          date={date}
          clock={clock}
        />
      ))}
    </section>
  );
}

function SchoolLessons({
  school,
  named,
  userId,
  date,
  clock,
}: {
  school: { id: string; name: string };
  named: boolean;
  userId: string;
  date: string;
  clock: { date: string; time: string };
}) {
  const { t: ta } = useTranslation('attendance');
  const [opened, setOpened] = useState(false);
  const query = useSchoolLessons(school.id, date, opened);
  // The user's own lessons (given or already covered) are in the list above.
  const lessons = (query.data?.lessons ?? []).filter((l) => l.teacher?.id !== userId && l.substitute?.id !== userId);

  return (
    <Details
      data-size="sm"
      onToggle={(event) => {
        if ((event.currentTarget as HTMLDetailsElement).open) setOpened(true);
      }}
    >
      <Details.Summary>{named ? ta('substitutes.summaryAt', { school: school.name }) : ta('substitutes.summary')}</Details.Summary>
      <Details.Content>
        <Paragraph data-size="sm" className="muted">
          {ta('substitutes.lead')}
        </Paragraph>
        {!opened ? null : query.isPending ? (
          <Loading label={ta('substitutes.loading')} />
        ) : query.isError ? (
          <ApiErrorAlert error={query.error} />
        ) : lessons.length === 0 ? (
          <Paragraph className="panel">{ta('substitutes.none')}</Paragraph>
        ) : (
          <ol className="lesson-list">
            {lessons.map((lesson) => (
              <LessonCard key={lesson.id} lesson={lesson} state={lessonState(lesson, clock)} showTeacher />
            ))}
          </ol>
        )}
      </Details.Content>
    </Details>
  );
}
