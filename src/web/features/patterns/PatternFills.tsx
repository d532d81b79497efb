/** The ids of the fills the charts and the calendar share. */
export const FILL = {
  undocumented: 'nv-fill-undocumented',
  reported: 'nv-fill-reported',
  documented: 'nv-fill-documented',
  holiday: 'nv-fill-holiday',
} as const;

/**
 * The documentation fills as SVG patterns, once for the page: diagonal
 * stripes for reported absence, upright stripes for documented, as in the
 * figures' documentation bar; hatching for holidays. Undocumented is solid.
 */
export function PatternFills() {
  return (
    <svg width="0" height="0" className="pattern-fills" aria-hidden="true" focusable="false">
      <defs>
        <pattern id={FILL.undocumented} width="4" height="4" patternUnits="userSpaceOnUse">
          <rect width="4" height="4" className="fill-undocumented" />
        </pattern>
        <pattern id={FILL.reported} width="4" height="4" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect width="4" height="4" className="fill-reported-back" />
          <rect width="2.4" height="4" className="fill-reported-line" />
        </pattern>
        <pattern id={FILL.documented} width="4" height="4" patternUnits="userSpaceOnUse">
          <rect width="4" height="4" className="fill-documented-back" />
          <rect width="2.2" height="4" className="fill-documented-line" />
        </pattern>
        <pattern id={FILL.holiday} width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(-45)">
          <rect width="8" height="8" className="fill-holiday-back" />
          <rect width="2" height="8" className="fill-holiday-line" />
        </pattern>
      </defs>
    </svg>
  );
}
