import { Paragraph } from '@digdir/designsystemet-react';
import { LevelMarker } from './LevelMarker';
import type { Limits } from './levels';
import { useFiguresI18n } from './use-figures-i18n';

/** What «Varsel» and «Over grensen» mean, next to every table that shows them. */
export function LevelLegend({ limits }: { limits: Limits }) {
  const { tf, fmt } = useFiguresI18n();
  return (
    <div className="level-legend" role="note" aria-label={tf('levels.legendTitle')}>
      <Paragraph data-size="sm" className="level-legend__item">
        <LevelMarker level="alert" />
        <span>{tf('levels.legendAlert', { percent: fmt.threshold(limits.alertPercent) })}</span>
      </Paragraph>
      <Paragraph data-size="sm" className="level-legend__item">
        <LevelMarker level="overLimit" />
        <span>{tf('levels.legendLimit', { percent: fmt.threshold(limits.limitPercent) })}</span>
      </Paragraph>
    </div>
  );
}
