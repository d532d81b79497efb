import type { PolicyThreshold } from '../../../contracts/patterns';
import type { Formatter } from '../figures/format';
import type { PatternsT } from './use-patterns-i18n';

/** «over 5 % udokumentert», «10 %»: a threshold as short as a chart's label can hold. */
export function thresholdLabel(t: PolicyThreshold, tp: PatternsT, fmt: Formatter): string {
  const percent = fmt.threshold(t.percent);
  const undocumented = t.documentation?.length === 1 && t.documentation[0] === 'undocumented';
  const what = undocumented ? tp('thresholds.undocumented', { percent }) : percent;
  return t.comparison === 'moreThan' ? tp('thresholds.over', { what }) : what;
}
