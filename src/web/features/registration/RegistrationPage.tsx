import { Alert, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { LessonRegistration } from '../../../contracts/attendance';
import { useLessonHistory, useLessonRegistration } from '../../api/attendance';
import { paths } from '../../app/paths';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { AppLink } from '../../components/AppLink';
import { Loading } from '../../components/Loading';
import { useDocumentTitle } from '../../components/use-document-title';
import { longDate, schoolClock, schoolToday, shortTime } from './dates';
import { KeyboardHelp } from './KeyboardHelp';
import { opensAt } from './lesson-state';
import { RegistrationForm } from './RegistrationForm';
import { useLocale } from './use-locale';
import './registration.css';

/** Registering one lesson at /timer/:lessonId. */
export function RegistrationPage() {
  const { t: ta } = useTranslation('attendance');
  const { lessonId: raw = '' } = useParams();
  const lessonId = /^\d+$/.test(raw) ? Number(raw) : 0;
  const query = useLessonRegistration(lessonId);
  const registration = query.data;
  const title = registration ? `${registration.lesson.group.name} · ${registration.lesson.subject.name}` : ta('registration.title');
  useDocumentTitle(registration ? ta('registration.documentTitle', { lesson: title }) : title);

  if (!registration) {
    return (
      <>
        <BackLink date={null} />
        <Heading level={1} data-size="lg">
          {title}
        </Heading>
        {query.isError ? <ApiErrorAlert error={query.error} /> : <Loading label={ta('registration.loading')} />}
      </>
    );
  }

  return (
    <>
      <BackLink date={registration.lesson.date} />
      <LessonHeading registration={registration} title={title} />
      {!registration.open && <NotOpenYet registration={registration} />}
      {registration.open && <KeyboardHelp />}
      <RegistrationForm registration={registration} reloading={query.isFetching} onReload={() => query.refetch()} />
    </>
  );
}

function BackLink({ date }: { date: string | null }) {
  const { t: ta } = useTranslation('attendance');
  const to = !date || date === schoolToday() ? paths.today : paths.day(date);
  return (
    <AppLink to={to} className="back-link">
      <span aria-hidden="true">← </span>
      {ta('registration.back')}
    </AppLink>
  );
}

function LessonHeading({ registration, title }: { registration: LessonRegistration; title: string }) {
  const { t: ta } = useTranslation('attendance');
  const locale = useLocale();
  const { lesson, registeredBy } = registration;
  const history = useLessonHistory(lesson.id, lesson.registeredAt !== null);
  const changes = history.data?.entries.length ?? 0;
  const when = [
    `${ta('lesson.period', { period: lesson.period })}, ${shortTime(lesson.startsAt)}–${shortTime(lesson.endsAt)}`,
    longDate(lesson.date, locale),
    registration.school.name,
  ].join(' · ');

  return (
    <div className="page-heading">
      <Heading level={1} data-size="lg">
        {title}
      </Heading>
      <Paragraph className="page-heading__lead">{when}</Paragraph>
      <Paragraph data-size="sm" className="registration-meta">
        <span>
          {lesson.registeredAt
            ? ta('registration.registeredBy', { name: registeredBy?.name ?? '', time: schoolClock(lesson.registeredAt) })
            : ta('registration.notRegistered')}
        </span>
        {lesson.substitute && <span>{ta('lesson.substitute', { name: lesson.substitute.name })}</span>}
        {changes > 0 && <AppLink to={paths.lessonHistory(lesson.id)}>{ta('registration.historyLink', { count: changes })}</AppLink>}
      </Paragraph>
    </div>
  );
}

function NotOpenYet({ registration }: { registration: LessonRegistration }) {
  const { t: ta } = useTranslation('attendance');
  const locale = useLocale();
  const { lesson } = registration;
  const laterToday = lesson.date === schoolToday();
  return (
    <Alert data-color="info">
      <Heading level={2} data-size="xs">
        {ta('registration.notOpenTitle')}
      </Heading>
      <Paragraph>
        {laterToday
          ? ta('registration.notOpenToday', { time: opensAt(lesson.startsAt) })
          : ta('registration.notOpenLater', { date: longDate(lesson.date, locale) })}
      </Paragraph>
    </Alert>
  );
}
