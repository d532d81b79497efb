import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useMyContactFigures } from '../../api/figures';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { Loading } from '../../components/Loading';
import { useDocumentTitle } from '../../components/use-document-title';
import { MyConcernsSection } from '../rules/MyConcernsSection';
import { MyFiguresHeading } from '../rules/MyFiguresHeading';
import type { BackLabel } from './back-link-state';
import { GroupFiguresSection } from './GroupFiguresSection';
import { PageHeading } from './PageHeading';
import { useFiguresI18n } from './use-figures-i18n';
import { useWindowParam } from './window-param';
import './figures.css';

const BACK_LABEL = { ns: 'figures', key: 'mine.title', values: {} } as const satisfies BackLabel;

/** «Mine elever»: the contact teacher's own pupils and how much they are away. */
export function MyPupilsPage() {
  const { tf } = useFiguresI18n();
  const [asked, setAsked] = useWindowParam();
  const query = useMyContactFigures(asked);
  const title = tf('mine.title');
  useDocumentTitle(title);
  const figures = query.data?.figures;

  if (query.isPending) {
    return (
      <>
        <PageHeading title={title} />
        <Loading label={tf('loading')} />
      </>
    );
  }
  if (query.isError) {
    return (
      <>
        <PageHeading title={title} />
        <ApiErrorAlert error={query.error} />
      </>
    );
  }
  if (!figures) {
    return (
      <>
        <PageHeading title={title} />
        <section className="panel" aria-labelledby="mine-empty">
          <Heading level={2} data-size="sm" id="mine-empty">
            {tf('mine.emptyTitle')}
          </Heading>
          <Paragraph>{tf('mine.emptyBody')}</Paragraph>
        </section>
      </>
    );
  }
  return (
    <>
      <PageHeading
        title={title}
        lead={tf('mine.lead', { classes: figures.title, school: figures.school.name, count: figures.rows.length })}
      />
      <MyConcernsSection />
      <MyFiguresHeading />
      <GroupFiguresSection
        figures={figures}
        source={{ kind: 'mine' }}
        asked={asked}
        onAsk={setAsked}
        backLabel={BACK_LABEL}
        showClass
        busy={query.isPlaceholderData}
      />
    </>
  );
}
