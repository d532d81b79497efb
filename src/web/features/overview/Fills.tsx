/** Fills that tell series apart without colour: solid for now, diagonal stripes for before, dots for a second kind. */
export const OVERVIEW_FILL = { solid: 'nv-ov-solid', stripes: 'nv-ov-stripes', dots: 'nv-ov-dots' } as const;

export function OverviewFills() {
  return (
    <svg width="0" height="0" aria-hidden="true" focusable="false" style={{ position: 'absolute' }}>
      <defs>
        <pattern id={OVERVIEW_FILL.solid} width="4" height="4" patternUnits="userSpaceOnUse">
          <rect width="4" height="4" fill="#1e3a5f" />
        </pattern>
        <pattern id={OVERVIEW_FILL.stripes} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect width="6" height="6" fill="#ffffff" />
          <rect width="3" height="6" fill="#5a7fa8" />
        </pattern>
        <pattern id={OVERVIEW_FILL.dots} width="6" height="6" patternUnits="userSpaceOnUse">
          <rect width="6" height="6" fill="#ffffff" />
          <circle cx="3" cy="3" r="1.6" fill="#1e3a5f" />
        </pattern>
      </defs>
    </svg>
  );
}
