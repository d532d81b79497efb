import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { MEASURE_INFO } from '../../../domain/rules/measures';
import type { NearingItem } from './concern-lists';
import { NearingTag } from './ConcernTags';
import { EvidenceDates } from './ConcernCard';
import { HandledControl } from './HandledControl';
import { useRulesI18n } from './use-rules-i18n';
import { capitalise } from './format';
import { amountText, figureText, limitText, marginText, subjectText, windowText } from './wording';

interface Props {
  item: NearingItem;
  headingLevel: 4 | 5;
  undo: 'undo' | 'reopen';
}

/**
 * A rule the pupil nears or is on course for: the figure now against the
 * threshold, when the pupil crosses it at the current rate, how much is left,
 * and the figure projected to the end of the period.
 */
export function NearingCard({ item, headingLevel, undo }: Props) {
  const { tr, fmt, locale } = useRulesI18n();
  const w = { tr, fmt, locale };
  const { forecast, concern } = item;
  const subject = subjectText(item.subject);
  // A forecast knows its period's days, not its kind.
  const period = concern
    ? windowText(w, concern.window)
    : tr('nearing.period', { from: fmt.shortDay(item.window.from), to: fmt.shortDay(item.window.to) });
  const figure = item.base !== null ? figureText(w, item.measure, item.value, item.base) : amountText(w, item.measure, item.value);
  const forecastable = MEASURE_INFO[item.measure].forecast;

  return (
    <article className="concern-card concern-card--nearing">
      <div className="concern-card__head">
        <Heading level={headingLevel} data-size="2xs" className="concern-card__rule">
          {item.ruleName}
          {subject && <span className="concern-card__subject">, {subject}</span>}
        </Heading>
        <div className="concern-card__tags">
          <NearingTag onCourse={concern === null} />
        </div>
      </div>
      <Paragraph data-size="sm">
        {tr('nearing.now', { figure, limit: limitText(w, item.measure, item.comparison, item.threshold) })}{' '}
        <span className="muted">{period}</span>
      </Paragraph>
      {forecast?.crossesOn ? (
        <Paragraph data-size="sm" className="nearing__forecast">
          <strong>{tr('nearing.crosses', { date: fmt.longDay(forecast.crossesOn) })}</strong>{' '}
          {forecast.margin > 0 && <>{capitalise(marginText(w, item.measure, forecast.margin), locale)}. </>}
          {tr('nearing.projected', {
            date: fmt.longDay(forecast.window.to),
            figure: amountText(w, item.measure, forecast.projectedAtEnd),
          })}
        </Paragraph>
      ) : (
        forecastable && (
          <Paragraph data-size="sm" className="muted">
            {tr('nearing.notWithin')}
          </Paragraph>
        )
      )}
      {concern && (
        <div className="concern-card__foot">
          <EvidenceDates dates={concern.evidence} />
          <HandledControl concern={concern} undo={undo} />
        </div>
      )}
    </article>
  );
}
