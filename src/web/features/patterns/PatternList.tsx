import { Button, Details, Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import type { Pattern } from '../../../contracts/patterns';
import { describePattern, strengthWord } from './describe';
import { dayAnchor } from './YearCalendar';
import { usePatternsI18n } from './use-patterns-i18n';

/** The key a pattern is known by on the page (two patterns of a kind differ in their first date). */
export const patternKey = (p: Pattern) => `${p.kind}-${p.evidence[0] ?? ''}`;

interface Props {
  patterns: readonly Pattern[];
  teacherName(id: string): string | undefined;
  /** The pattern whose dates the calendar marks; null for none. */
  marked: string | null;
  onMark(key: string | null): void;
}

/** Three bars, as many filled as the pattern is strong: the word says it too. */
function StrengthMeter({ strength }: { strength: number }) {
  const filled = { weak: 1, clear: 2, strong: 3 }[strengthWord(strength)];
  return (
    <svg className="strength-meter" viewBox="0 0 22 14" width="22" height="14" aria-hidden="true" focusable="false">
      {[0, 1, 2].map((i) => (
        <rect key={i} x={i * 8} y={10 - i * 4} width="6" height={4 + i * 4} rx="1" className={i < filled ? 'strength-meter__on' : 'strength-meter__off'} />
      ))}
    </svg>
  );
}

/** Each pattern in words, how strong, and its dates: listed, linked to the calendar, and marked in it on request. */
export function PatternList({ patterns, teacherName, marked, onMark }: Props) {
  const { tp, fmt } = usePatternsI18n();
  return (
    <ul className="pattern-list">
      {patterns.map((pattern) => {
        const key = patternKey(pattern);
        const words = describePattern(pattern, tp, fmt, teacherName);
        const isMarked = marked === key;
        const headingId = `pattern-${key}`;
        return (
          <li key={key} className="pattern-card" data-marked={isMarked || undefined}>
            <div className="pattern-card__head">
              <Heading level={3} data-size="xs" id={headingId}>
                {words.title}
              </Heading>
              <Tag data-color="neutral" data-size="sm" className="pattern-card__strength">
                <StrengthMeter strength={pattern.strength} />
                {tp(`strength.${strengthWord(pattern.strength)}`)}
              </Tag>
            </div>
            <Paragraph data-size="sm">{words.text}</Paragraph>
            <div className="pattern-card__actions">
              <Button
                variant={isMarked ? 'primary' : 'secondary'}
                data-size="sm"
                aria-pressed={isMarked}
                onClick={() => onMark(isMarked ? null : key)}
              >
                {isMarked ? tp('evidence.unmark') : tp('evidence.mark', { count: pattern.evidence.length })}
              </Button>
            </div>
            <Details data-size="sm" className="pattern-card__dates">
              <Details.Summary>{tp('evidence.dates', { count: pattern.evidence.length })}</Details.Summary>
              <Details.Content>
                <ul className="date-links">
                  {pattern.evidence.map((date) => (
                    <li key={date}>
                      <a href={`#${dayAnchor(date)}`} onClick={() => onMark(key)}>
                        <time dateTime={date}>{fmt.day(date)}</time>
                      </a>
                    </li>
                  ))}
                </ul>
              </Details.Content>
            </Details>
          </li>
        );
      })}
    </ul>
  );
}
