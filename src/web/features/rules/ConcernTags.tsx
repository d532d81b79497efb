import { Tag } from '@digdir/designsystemet-react';
import type { ConcernLevel } from '../../../contracts/rules';
import { useRulesI18n } from './use-rules-i18n';

const LEVEL_COLOUR = { notice: 'info', concern: 'warning', serious: 'danger' } as const;

/** One, two or three bars: the level reads from the shape and the word as well as the colour. */
function LevelBars({ level }: { level: ConcernLevel }) {
  const filled = level === 'serious' ? 3 : level === 'concern' ? 2 : 1;
  return (
    <svg className="rules-tag__icon" viewBox="0 0 15 14" width="14" height="14" aria-hidden="true" focusable="false">
      {[0, 1, 2].map((i) => (
        <rect
          key={i}
          x={i * 5}
          y={9 - i * 4}
          width="4"
          height={5 + i * 4}
          rx="1"
          fill={i < filled ? 'currentColor' : 'none'}
          stroke="currentColor"
          strokeWidth="1"
        />
      ))}
    </svg>
  );
}

/** «Følg med», «Bekymringsfullt» or «Alvorlig». */
export function LevelTag({ level }: { level: ConcernLevel }) {
  const { tr } = useRulesI18n();
  return (
    <Tag data-color={LEVEL_COLOUR[level]} data-size="sm" className="rules-tag">
      <LevelBars level={level} />
      {tr(`level.${level}`)}
    </Tag>
  );
}

/** «Frist passert», with a clock: never colour alone. */
export function OverdueTag() {
  const { tr } = useRulesI18n();
  return (
    <Tag data-color="danger" data-size="sm" className="rules-tag rules-tag--overdue">
      <svg className="rules-tag__icon" viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
        <circle cx="8" cy="8" r="6.5" fill="none" stroke="currentColor" strokeWidth="1.8" />
        <path d="M8 4v4.5l3 2" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
      </svg>
      {tr('concern.overdue')}
    </Tag>
  );
}

/** «Nærmer seg» or «På vei mot grensen», for a rule not met yet. */
export function NearingTag({ onCourse }: { onCourse: boolean }) {
  const { tr } = useRulesI18n();
  return (
    <Tag data-color="neutral" data-size="sm" variant="outline" className="rules-tag">
      <svg className="rules-tag__icon" viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
        <path d="M2 12l4-4 3 3 5-6" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round" />
      </svg>
      {onCourse ? tr('nearing.onCourse') : tr('nearing.tag')}
    </Tag>
  );
}

/** «Registrert i ettertid»: on record, but nobody was asked to act (see isNews in the rules engine). */
export function BackfilledTag() {
  const { tr } = useRulesI18n();
  return (
    <Tag data-color="neutral" data-size="sm" variant="outline" className="rules-tag" title={tr('concern.backfilledWhy')}>
      {tr('concern.backfilled')}
    </Tag>
  );
}
