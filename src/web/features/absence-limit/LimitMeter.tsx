import type { SubjectLimit } from '../../../contracts/upper-secondary';
import { useLimitI18n } from './use-limit-i18n';

/** The share of the annual hours used, drawn against the 10 % and 15 % lines; the numbers beside it say the same in words. */
export function LimitMeter({ subject }: { subject: SubjectLimit }) {
  const { tu, fmt } = useLimitI18n();
  // The bar runs to 20 %: the 10 % and 15 % lines sit at the middle and three quarters.
  const scale = subject.discretionPercent + 5;
  const width = Math.min(100, (subject.percent / scale) * 100);
  const at = (p: number) => `${(p / scale) * 100}%`;
  return (
    <div className="limit-meter" data-zone={subject.zone}>
      <div
        className="limit-meter__track"
        role="meter"
        aria-valuemin={0}
        aria-valuemax={scale}
        aria-valuenow={Math.round(subject.percent * 10) / 10}
        aria-valuetext={tu('meter.valueText', { percent: fmt.percent(subject.percent), limit: fmt.threshold(subject.limitPercent) })}
        aria-label={tu('meter.label', { subject: subject.subjectName })}
      >
        <div className="limit-meter__fill" style={{ width: `${width}%` }} />
        <span className="limit-meter__line" style={{ left: at(subject.limitPercent) }} aria-hidden="true" />
        <span className="limit-meter__line limit-meter__line--discretion" style={{ left: at(subject.discretionPercent) }} aria-hidden="true" />
      </div>
      <div className="limit-meter__labels" aria-hidden="true">
        <span style={{ left: at(subject.limitPercent) }}>{fmt.threshold(subject.limitPercent)}</span>
        <span style={{ left: at(subject.discretionPercent) }}>{fmt.threshold(subject.discretionPercent)}</span>
      </div>
    </div>
  );
}
