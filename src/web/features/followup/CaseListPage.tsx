import { Heading, Paragraph } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import { useParams } from 'react-router';
import { AppLink } from '../../components/AppLink';
import { useMyCases, useSchoolCases } from '../../api/followup';
import { useMe } from '../../api/auth';
import { schoolsWithRole } from '../../app/access';
import { paths } from '../../app/paths';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { Loading } from '../../components/Loading';
import { useDocumentTitle } from '../../components/use-document-title';
import { CaseTable } from './CaseTable';
import { useFollowupI18n } from './use-followup-i18n';
import './followup.css';

function CaseList({ query, title, children }: { query: ReturnType<typeof useMyCases>; title: string; children?: ReactNode }) {
  const { tf } = useFollowupI18n();
  useDocumentTitle(title);
  return (
    <>
      <Heading level={1} data-size="lg">
        {title}
      </Heading>
      {children}
      {query.isPending ? (
        <Loading label={tf('ui.loading')} />
      ) : query.isError ? (
        <ApiErrorAlert error={query.error} />
      ) : query.data.cases.length === 0 ? (
        <Paragraph>{tf('ui.list.empty')}</Paragraph>
      ) : (
        <section className="panel">
          <CaseTable cases={query.data.cases} />
        </section>
      )}
    </>
  );
}

/** «Mine saker»: the contact teacher's pupils' cases and those on whose team the user is. */
export function MyCasesPage() {
  const { tf } = useFollowupI18n();
  const me = useMe();
  // The leadership sees every case of its school there; «Mine saker» holds only the cases they have a part in.
  const led = me.data ? schoolsWithRole(me.data, 'leadership') : [];
  return (
    <CaseList query={useMyCases()} title={tf('ui.list.mineTitle')}>
      {led.length > 0 && (
        <ul className="case-list-links">
          {led.map((school) => (
            <li key={school.id}>
              <AppLink to={paths.schoolCases(school.id)}>{tf('ui.list.allAtSchool', { school: school.name })}</AppLink>
            </li>
          ))}
        </ul>
      )}
    </CaseList>
  );
}

/** The school's cases, for the leadership. */
export function SchoolCasesPage() {
  const { tf } = useFollowupI18n();
  const { schoolId = '' } = useParams();
  return <CaseList query={useSchoolCases(schoolId)} title={tf('ui.list.schoolTitle')} />;
}
