import { Heading } from '@digdir/designsystemet-react';
import { useQueries } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { schoolClassesSchema } from '../../../contracts/classes';
import { useMySchools } from '../../api/classes';
import { apiJson } from '../../api/client';
import { queryKeys } from '../../api/query-keys';
import { hasRole } from '../../app/access';
import { paths } from '../../app/paths';
import { useSession } from '../../app/session-context';
import { AppLink } from '../../components/AppLink';

/** For a contact teacher: straight to their own classes. Nothing for anyone else. */
export function MyContactClasses() {
  const { t } = useTranslation();
  const me = useSession();
  const isTeacher = hasRole(me, 'teacher');
  const schools = useMySchools(isTeacher);
  const schoolIds = isTeacher ? (schools.data?.schools.map((s) => s.id) ?? []) : [];
  const results = useQueries({
    queries: schoolIds.map((schoolId) => ({
      queryKey: queryKeys.schoolClasses(schoolId),
      queryFn: ({ signal }: { signal: AbortSignal }) =>
        apiJson('GET', `/api/schools/${encodeURIComponent(schoolId)}/classes`, schoolClassesSchema, { signal }),
    })),
  });
  const mine = results.flatMap((result) =>
    (result.data?.classes ?? [])
      .filter((c) => c.contactTeachers.some((teacher) => teacher.id === me.user.id))
      .map((c) => ({ ...c, schoolName: result.data?.school.name ?? '' })),
  );
  if (mine.length === 0) return null;
  const severalSchools = schoolIds.length > 1;

  return (
    <div className="start-block">
      <Heading level={3} data-size="xs">
        {t('start.tasks.myClasses')}
      </Heading>
      <ul className="class-cards">
        {mine.map((c) => (
          <li key={c.id} className="class-card">
            <AppLink to={paths.classDetail(c.id)} className="class-card__link">
              {t('classes.className', { name: c.name })}
            </AppLink>
            <span className="muted">
              {t('classes.pupilCount', { count: c.pupilCount })}
              {severalSchools ? ` · ${c.schoolName}` : ''}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
