import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { useLocation, useParams } from 'react-router';
import { usePupilFigures } from '../../api/figures';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { AppLink } from '../../components/AppLink';
import { Loading } from '../../components/Loading';
import { useDocumentTitle } from '../../components/use-document-title';
import { PupilConcernsPanel } from '../rules/PupilConcernsPanel';
import { PupilCasesPanel } from '../followup/PupilCasesPanel';
import { AccessRequestPanel } from '../audit/AccessRequestPanel';
import { backToOf } from './back-link-state';
import { DateLists } from './DateLists';
import { LateArrivalsTable } from './LateArrivalsTable';
import { LevelLegend } from './LevelLegend';
import { PageHeading } from './PageHeading';
import { PupilPatternsSection } from '../patterns/PupilPatternsSection';
import { SubjectTable } from './SubjectTable';
import { StaffLimitSection } from '../absence-limit/StaffLimitSection';
import { useFiguresI18n } from './use-figures-i18n';
import { useWindowParam } from './window-param';
import { WindowCard } from './WindowCard';
import { WindowSwitch } from './WindowSwitch';
import './figures.css';
import './pupil-figures.css';

/** One pupil's absence: each period at a glance, then one period in detail with the dates behind it. */
export function PupilFiguresPage() {
  const { tf, fmt } = useFiguresI18n();
  const { t } = useTranslation();
  const { pupilId = '' } = useParams();
  const location = useLocation();
  const backTo = backToOf(location.state);
  const [asked, setAsked] = useWindowParam();
  const query = usePupilFigures(pupilId);
  const pupil = query.data?.pupil;
  const title = pupil ? tf('pupil.title', { name: `${pupil.givenName} ${pupil.familyName}` }) : tf('pupil.titleFallback');
  useDocumentTitle(title);

  const backLink = backTo && (
    <AppLink to={backTo.path} className="back-link">
      <span aria-hidden="true">← </span>
      {tf('pupil.back', { page: t(backTo.label.key, { ns: backTo.label.ns, ...backTo.label.values }) })}
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

  const { school, asOf, limits, windows } = query.data;
  const lead = [query.data.pupil.className, school.name, tf('pupil.asOf', { date: fmt.date(asOf) })]
    .filter((part): part is string => Boolean(part))
    .join(' · ');
  const selected = windows.find((w) => w.window.kind === asked) ?? windows[0];

  return (
    <>
      {backLink}
      <PageHeading title={title} lead={lead} />
      <PupilConcernsPanel key={pupilId} pupilId={pupilId} />
      <PupilCasesPanel key={`cases-${pupilId}`} pupilId={pupilId} />
      {school.level === 'upper_secondary' && <StaffLimitSection pupilId={query.data.pupil.id} />}
      {!selected ? (
        <Paragraph className="panel">{tf('pupil.noWindows')}</Paragraph>
      ) : (
        <>
          <section className="figures-section" aria-labelledby="pupil-overview">
            <Heading level={2} data-size="sm" id="pupil-overview">
              {tf('pupil.overviewTitle')}
            </Heading>
            <div className="window-cards">
              {windows.map((w) => (
                <WindowCard key={w.window.kind} figures={w} />
              ))}
            </div>
          </section>
          <PupilPatternsSection pupilId={pupilId} />
          <section className="figures-section" aria-labelledby="pupil-details">
            <div className="figures-toolbar">
              <Heading level={2} data-size="sm" id="pupil-details">
                {tf('pupil.detailsTitle', { window: tf(`windowInline.${selected.window.kind}`) })}
              </Heading>
              {windows.length > 1 && (
                <WindowSwitch
                  value={selected.window.kind}
                  kinds={windows.map((w) => w.window.kind)}
                  onChange={setAsked}
                />
              )}
            </div>
            {limits && <LevelLegend limits={limits} />}
            <SubjectTable subjects={selected.bySubject} limits={limits} windowName={tf(`windowInline.${selected.window.kind}`)} />
            <LateArrivalsTable lateArrivals={selected.lateArrivals} windowName={tf(`windowInline.${selected.window.kind}`)} />
            <Heading level={3} data-size="xs">
              {tf('pupil.dates.title')}
            </Heading>
            <DateLists figures={selected} />
          </section>
        </>
      )}
      <AccessRequestPanel pupilId={query.data.pupil.id} schoolId={school.id} />
    </>
  );
}
