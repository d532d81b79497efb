import { Alert, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { canDecideLeave, leaveSchoolsOf } from '../../app/access';
import { useSession } from '../../app/session-context';
import { useDocumentTitle } from '../../components/use-document-title';
import { SchoolPicker } from '../classes/SchoolPicker';
import { SchoolLeaveRequests } from './SchoolLeaveRequests';
import '../notices/notices.css';
import './leave-requests.css';

const SCHOOL_PARAM = 'skole';

/** «Permisjonssøknader»: a contact teacher's pupils', or all at the school for the leadership. */
export function LeaveRequestsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('notices:leave.title'));
  const me = useSession();
  const [search, setSearch] = useSearchParams();
  const schools = leaveSchoolsOf(me);
  const selected = schools.find((s) => s.id === search.get(SCHOOL_PARAM)) ?? schools[0];

  return (
    <>
      <div className="page-heading">
        <Heading level={1} data-size="lg">
          {t('notices:leave.title')}
        </Heading>
        <Paragraph className="page-heading__lead">{t('notices:leave.lead')}</Paragraph>
      </div>
      {!canDecideLeave(me) || !selected ? (
        <Alert data-color="info">
          <Paragraph>{t('notices:leave.notForYou')}</Paragraph>
        </Alert>
      ) : (
        <>
          {schools.length > 1 && (
            <SchoolPicker
              schools={schools}
              value={selected.id}
              onChange={(schoolId) => setSearch({ [SCHOOL_PARAM]: schoolId }, { replace: true })}
            />
          )}
          <SchoolLeaveRequests key={selected.id} schoolId={selected.id} />
        </>
      )}
    </>
  );
}
