import { useParams } from 'react-router';
import { useClassPatterns } from '../../api/patterns';
import { paths } from '../../app/paths';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { AppLink } from '../../components/AppLink';
import { Loading } from '../../components/Loading';
import { useDocumentTitle } from '../../components/use-document-title';
import type { BackLabel } from '../figures/back-link-state';
import { PageHeading } from '../figures/PageHeading';
import { GroupPatternsSection } from './GroupPatternsSection';
import { usePatternParams } from './pattern-params';
import { usePatternsI18n } from './use-patterns-i18n';
import '../figures/figures.css';

/** A class's pupils with absence patterns, linked from the class's figures. */
export function ClassPatternsPage() {
  const { tp } = usePatternsI18n();
  const { classId = '' } = useParams();
  const [filter, setFilter] = usePatternParams();
  const query = useClassPatterns(classId, filter);
  const title = query.data ? tp('group.classTitle', { name: query.data.title }) : tp('group.classTitleFallback');
  useDocumentTitle(title);
  const backLink = (
    <AppLink to={paths.classFigures(classId)} className="back-link">
      <span aria-hidden="true">← </span>
      {query.data ? tp('group.backToClass', { name: query.data.title }) : tp('group.backToClassFallback')}
    </AppLink>
  );
  if (query.isPending || query.isError) {
    return (
      <>
        {backLink}
        <PageHeading title={title} />
        {query.isPending ? <Loading label={tp('group.loading')} /> : <ApiErrorAlert error={query.error} />}
      </>
    );
  }
  const backLabel: BackLabel = { ns: 'patterns', key: 'group.classTitle', values: { name: query.data.title } };
  return (
    <>
      {backLink}
      <PageHeading title={title} lead={tp('group.lead', { school: query.data.school.name })} />
      <GroupPatternsSection data={query.data} filter={filter} onFilter={setFilter} schoolView={false} backLabel={backLabel} busy={query.isPlaceholderData} />
    </>
  );
}
