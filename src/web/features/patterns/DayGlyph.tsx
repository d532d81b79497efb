import type { DocumentationState as Documentation } from '../../../contracts/attendance';
import type { DayKind } from './calendar-days';

/**
 * The shape says how much of the day was missed (a full square the whole day,
 * the lower half part of it, a clock a late arrival); the fill says how it is
 * documented, by pattern as well as colour (solid, diagonal or upright
 * stripes, as in the figures' documentation bar). The words are beside it,
 * for screen readers in the cell and for everyone in the legend.
 */
export function DayGlyph({ kind, documentation }: { kind: DayKind; documentation?: Documentation | null }) {
  const fill = `day-glyph__fill day-glyph__fill--${documentation ?? 'undocumented'}`;
  if (kind === 'whole' || kind === 'partial') {
    return (
      <svg className="day-glyph" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
        {kind === 'whole' ? (
          <rect x="1.5" y="1.5" width="13" height="13" rx="1.5" className={fill} />
        ) : (
          <>
            <rect x="1.5" y="1.5" width="13" height="13" rx="1.5" className="day-glyph__outline" />
            <rect x="1.5" y="8" width="13" height="6.5" rx="1" className={fill} />
          </>
        )}
      </svg>
    );
  }
  if (kind === 'late') {
    return (
      <svg className="day-glyph" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
        <circle cx="8" cy="8" r="6" className="day-glyph__clock" />
        <path d="M8 4.5V8l2.5 1.5" className="day-glyph__hands" />
      </svg>
    );
  }
  return null;
}
