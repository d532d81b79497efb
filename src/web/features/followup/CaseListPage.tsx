import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useParams } from 'react-router';
import { useMyCases, useSchoolCases } from '../../api/followup';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { Loading } from '../../components/Loading';
import { useDocumentTitle } from '../../components/use-document-title';
import { CaseTable } from './CaseTable';
import { useFollowupI18n } from './use-followup-i18n';
import './followup.css';

function CaseList({ query, title }: { query: ReturnType<typeof useMyCases>; title: string }) {
  const { tf } = useFollowupI18n();
  useDocumentTitle(title);
  return (
    <>
      <Heading level={1} data-size="lg">
        {title}
      </Heading>
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
  return <CaseList query={useMyCases()} title={tf('ui.list.mineTitle')} />;
}

/** The school's cases, for the leadership. */
export function SchoolCasesPage() {
  const { tf } = useFollowupI18n();
  const { schoolId = '' } = useParams();
  return <CaseList query={useSchoolCases(schoolId)} title={tf('ui.list.schoolTitle')} />;
}
