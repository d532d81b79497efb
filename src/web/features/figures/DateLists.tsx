import { Heading, Paragraph } from '@digdir/designsystemet-react';
import type { WindowFigures } from '../../../contracts/figures';
import type { Formatter } from './format';
import { useFiguresI18n } from './use-figures-i18n';

interface Block {
  key: string;
  title: string;
  summary: string;
  hint?: string;
  dates: readonly string[];
}

function DateBlock({ block, fmt, none }: { block: Block; fmt: Formatter; none: string }) {
  const headingId = `dates-${block.key}`;
  return (
    <section className="date-block" aria-labelledby={headingId}>
      <Heading level={4} data-size="2xs" id={headingId}>
        {block.title}
      </Heading>
      <Paragraph data-size="sm" className="date-block__summary">
        {block.summary}
      </Paragraph>
      {block.hint && (
        <Paragraph data-size="sm" className="muted">
          {block.hint}
        </Paragraph>
      )}
      {block.dates.length === 0 ? (
        <Paragraph data-size="sm" className="muted">
          {none}
        </Paragraph>
      ) : (
        <ul className="date-list">
          {block.dates.map((date) => (
            <li key={date}>
              <time dateTime={date}>{fmt.day(date)}</time>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** Every pattern with the dates that make it: whole days, runs, single days, leaving early, undocumented absence. */
export function DateLists({ figures }: { figures: WindowFigures }) {
  const { tf, fmt } = useFiguresI18n();
  const n = fmt.integer;
  const { wholeDays, longestRun, isolatedDays, singleLessons, leftDuringDay, noNotice } = figures;
  const days = (count: number) => tf('units.days', { count, days: n(count) });
  const blocks: Block[] = [
    {
      key: 'whole-days',
      title: tf('pupil.dates.wholeDays'),
      summary: tf('units.daysOf', { absent: n(wholeDays.absent), of: n(wholeDays.of), count: wholeDays.of }),
      dates: wholeDays.dates,
    },
    {
      key: 'longest-run',
      title: tf('pupil.dates.longestRun'),
      summary:
        longestRun.length === 0
          ? days(0)
          : tf('pupil.dates.runLength', { count: longestRun.length, days: n(longestRun.length) }),
      dates: longestRun.dates,
    },
    {
      key: 'isolated',
      title: tf('pupil.dates.isolated'),
      summary: days(isolatedDays.count),
      hint: tf('pupil.dates.isolatedHint'),
      dates: isolatedDays.dates,
    },
    {
      key: 'single-lessons',
      title: tf('pupil.dates.singleLessons'),
      summary: tf('pupil.dates.lessonsOnDays', {
        count: singleLessons.absent,
        lessons: n(singleLessons.absent),
        days: days(singleLessons.dates.length),
      }),
      dates: singleLessons.dates,
    },
    {
      key: 'left-during-day',
      title: tf('pupil.dates.leftDuringDay'),
      summary: days(leftDuringDay.count),
      hint: tf('pupil.dates.leftDuringDayHint'),
      dates: leftDuringDay.dates,
    },
    {
      key: 'undocumented',
      title: tf('pupil.dates.undocumented'),
      summary: tf('pupil.dates.lessonsOnDays', {
        count: noNotice.count,
        lessons: n(noNotice.count),
        days: days(noNotice.dates.length),
      }),
      hint: tf('pupil.dates.undocumentedHint'),
      dates: noNotice.dates,
    },
  ];
  return (
    <div className="date-blocks">
      {blocks.map((block) => (
        <DateBlock key={block.key} block={block} fmt={fmt} none={tf('pupil.dates.none')} />
      ))}
    </div>
  );
}
