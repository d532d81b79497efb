import { useNavigate, useParams } from 'react-router';
import { useSchoolPatterns } from '../../api/patterns';
import { leadershipSchools } from '../../app/access';
import { paths } from '../../app/paths';
import { useSession } from '../../app/session-context';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { AppLink } from '../../components/AppLink';
import { Loading } from '../../components/Loading';
import { useDocumentTitle } from '../../components/use-document-title';
import { SchoolPicker } from '../classes/SchoolPicker';
import type { BackLabel } from '../figures/back-link-state';
import { PageHeading } from '../figures/PageHeading';
import { GroupPatternsSection } from './GroupPatternsSection';
import { usePatternParams } from './pattern-params';
import { usePatternsI18n } from './use-patterns-i18n';
import '../figures/figures.css';

const BACK_LABEL = { ns: 'patterns', key: 'group.schoolTitle', values: {} } as const satisfies BackLabel;

/** Every pupil of the school with an absence pattern, for its leadership; filterable by kind and class. */
export function SchoolPatternsPage() {
  const { tp } = usePatternsI18n();
  const me = useSession();
  const navigate = useNavigate();
  const { schoolId = '' } = useParams();
  const [filter, setFilter] = usePatternParams();
  const query = useSchoolPatterns(schoolId, filter);
  const schools = leadershipSchools(me);
  const title = tp('group.schoolTitle');
  useDocumentTitle(title);
  const backLink = (
    <AppLink to={paths.schoolFigures(schoolId)} className="back-link">
      <span aria-hidden="true">← </span>
      {tp('group.backToSchool')}
    </AppLink>
  );
  const picker = schools.length > 1 ? <SchoolPicker schools={schools} value={schoolId} onChange={(id) => void navigate(paths.schoolPatterns(id))} /> : null;
  if (query.isPending || query.isError) {
    return (
      <>
        {backLink}
        <PageHeading title={title} />
        {picker}
        {query.isPending ? <Loading label={tp('group.loadingSchool')} /> : <ApiErrorAlert error={query.error} />}
      </>
    );
  }
  return (
    <>
      {backLink}
      <PageHeading title={title} lead={tp('group.lead', { school: query.data.school.name })} />
      {picker}
      <GroupPatternsSection key={schoolId} data={query.data} filter={filter} onFilter={setFilter} schoolView backLabel={BACK_LABEL} busy={query.isPlaceholderData} />
    </>
  );
}
