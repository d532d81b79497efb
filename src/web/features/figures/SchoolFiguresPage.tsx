import { useNavigate, useParams } from 'react-router';
import { useSchoolFigures } from '../../api/figures';
import { leadershipSchools } from '../../app/access';
import { paths } from '../../app/paths';
import { useSession } from '../../app/session-context';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { Loading } from '../../components/Loading';
import { useDocumentTitle } from '../../components/use-document-title';
import { SchoolPicker } from '../classes/SchoolPicker';
import type { BackLabel } from './back-link-state';
import { GroupFiguresSection } from './GroupFiguresSection';
import { PageHeading } from './PageHeading';
import { PatternsLink } from '../patterns/PatternsLinks';
import { useFiguresI18n } from './use-figures-i18n';
import { useWindowParam, windowQuery } from './window-param';
import './figures.css';

const BACK_LABEL = { ns: 'figures', key: 'school.title', values: {} } as const satisfies BackLabel;

/** «Fraværsoversikt»: every pupil of the school, for its leadership. */
export function SchoolFiguresPage() {
  const { tf } = useFiguresI18n();
  const me = useSession();
  const navigate = useNavigate();
  const { schoolId = '' } = useParams();
  const [asked, setAsked] = useWindowParam();
  const query = useSchoolFigures(schoolId, asked);
  const schools = leadershipSchools(me);
  const title = tf('school.title');
  useDocumentTitle(title);

  const picker =
    schools.length > 1 ? (
      <SchoolPicker
        schools={schools}
        value={schoolId}
        onChange={(id) => void navigate(`${paths.schoolFigures(id)}${windowQuery(asked)}`)}
      />
    ) : null;

  if (query.isPending || query.isError) {
    return (
      <>
        <PageHeading title={title} />
        {picker}
        {query.isPending ? <Loading label={tf('loading')} /> : <ApiErrorAlert error={query.error} />}
      </>
    );
  }
  const figures = query.data;
  return (
    <>
      <PageHeading title={title} lead={tf('school.lead', { school: figures.school.name, count: figures.rows.length })} />
      {picker}
      <PatternsLink to={{ schoolId }} />
      <GroupFiguresSection
        key={schoolId}
        figures={figures}
        source={{ kind: 'school', schoolId }}
        asked={asked}
        onAsk={setAsked}
        backLabel={BACK_LABEL}
        showClass
        filterable
        busy={query.isPlaceholderData}
      />
    </>
  );
}
