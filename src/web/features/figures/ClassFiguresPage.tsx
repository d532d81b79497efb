import { useParams } from 'react-router';
import { useClassFigures } from '../../api/figures';
import { paths } from '../../app/paths';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { AppLink } from '../../components/AppLink';
import { Loading } from '../../components/Loading';
import { useDocumentTitle } from '../../components/use-document-title';
import type { BackLabel } from './back-link-state';
import { GroupFiguresSection } from './GroupFiguresSection';
import { PageHeading } from './PageHeading';
import { PatternsLink } from '../patterns/PatternsLinks';
import { useFiguresI18n } from './use-figures-i18n';
import { useWindowParam } from './window-param';
import './figures.css';

/** A class's pupils and their absence, linked from the class page. */
export function ClassFiguresPage() {
  const { tf } = useFiguresI18n();
  const { classId = '' } = useParams();
  const [asked, setAsked] = useWindowParam();
  const query = useClassFigures(classId, asked);
  const figures = query.data;
  const title = figures ? tf('class.title', { name: figures.title }) : tf('class.titleFallback');
  useDocumentTitle(title);

  const backLink = (
    <AppLink to={paths.classDetail(classId)} className="back-link">
      <span aria-hidden="true">← </span>
      {figures ? tf('class.back', { name: figures.title }) : tf('class.backFallback')}
    </AppLink>
  );

  if (query.isPending || query.isError) {
    return (
      <>
        {backLink}
        <PageHeading title={title} />
        {query.isPending ? <Loading label={tf('loading')} /> : <ApiErrorAlert error={query.error} />}
      </>
    );
  }
  const data = query.data;
  const backLabel: BackLabel = { ns: 'figures', key: 'class.title', values: { name: data.title } };
  return (
    <>
      {backLink}
      <PageHeading title={title} lead={tf('class.lead', { school: data.school.name, count: data.rows.length })} />
      <PatternsLink to={{ classId }} />
      <GroupFiguresSection
        figures={data}
        source={{ kind: 'class', classId }}
        asked={asked}
        onAsk={setAsked}
        backLabel={backLabel}
        showClass={false}
        busy={query.isPlaceholderData}
      />
    </>
  );
}
