import { Details, Heading, Paragraph } from '@digdir/designsystemet-react';
import { lazy, Suspense, useMemo, useState } from 'react';
import { usePupilPatterns } from '../../api/patterns';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { Loading } from '../../components/Loading';
import { describePattern } from './describe';
import { PatternFills } from './PatternFills';
import { PatternList, patternKey } from './PatternList';
import { usePatternsI18n } from './use-patterns-i18n';
import { WeekdayLessonGrid } from './WeekdayLessonGrid';
import { YearCalendar } from './YearCalendar';
import './patterns.css';

const PupilCharts = lazy(() => import('./PupilCharts'));

/**
 * The pupil's school year at a glance: the patterns in words with their
 * dates, the calendar where a pattern's dates can be marked, absence by
 * weekday and lesson, per subject against the owner's thresholds, and week by
 * week.
 */
export function PupilPatternsSection({ pupilId }: { pupilId: string }) {
  const { tp, fmt } = usePatternsI18n();
  const query = usePupilPatterns(pupilId);
  const [marked, setMarked] = useState<string | null>(null);
  const data = query.data;
  const teacherName = useMemo(() => {
    const names = new Map((data?.teachers ?? []).map((t) => [t.id, t.name]));
    return (id: string) => names.get(id);
  }, [data]);
  const markedPattern = data?.patterns.find((p) => patternKey(p) === marked) ?? null;
  const markedDates = useMemo(() => new Set(markedPattern?.evidence ?? []), [markedPattern]);

  const heading = (
    <Heading level={2} data-size="sm" id="pupil-patterns">
      {tp('section.title')}
    </Heading>
  );
  if (query.isPending || query.isError) {
    return (
      <section className="figures-section" aria-labelledby="pupil-patterns">
        {heading}
        {query.isPending ? <Loading label={tp('section.loading')} /> : <ApiErrorAlert error={query.error} />}
      </section>
    );
  }
  const { patterns, schoolYear } = query.data;
  return (
    <>
      <PatternFills />
      <section className="figures-section" aria-labelledby="pupil-patterns">
        {heading}
        <Paragraph className="muted">{tp('section.lead')}</Paragraph>
        {patterns.length === 0 ? (
          <Paragraph className="panel">{tp('section.none')}</Paragraph>
        ) : (
          <PatternList patterns={patterns} teacherName={teacherName} marked={marked} onMark={setMarked} />
        )}
        <Details data-size="sm">
          <Details.Summary>{tp('section.howTitle')}</Details.Summary>
          <Details.Content>
            <Paragraph data-size="sm">{tp('section.how')}</Paragraph>
          </Details.Content>
        </Details>
      </section>
      <section className="figures-section" aria-labelledby="pupil-year">
        <Heading level={2} data-size="sm" id="pupil-year">
          {tp('year.title')}
        </Heading>
        {!schoolYear ? (
          <Paragraph className="panel">{tp('section.noYear')}</Paragraph>
        ) : (
          <>
            <YearCalendar
              from={schoolYear.from}
              to={schoolYear.to}
              asOf={query.data.asOf}
              days={query.data.days}
              holidays={query.data.holidays}
              marked={markedDates}
              markedLabel={markedPattern ? describePattern(markedPattern, tp, fmt, teacherName).title : null}
            />
            <WeekdayLessonGrid grid={query.data.grid} />
            <Suspense fallback={<Loading label={tp('chart.loading')} />}>
              <PupilCharts data={query.data} />
            </Suspense>
          </>
        )}
      </section>
    </>
  );
}
