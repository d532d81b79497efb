// Events close together: the spans where at least `min` of the pupil's
// events (single days, days with a late arrival) fall within `within` of the
// pupil's school days. Overlapping spans are one episode, so a term of late
// mornings is one pattern, not one per week.

export interface Episode {
  /** Indexes into the events (not the days) of the first and the last event of the episode. */
  first: number;
  last: number;
}

/**
 * `positions` are the events' day indexes, in order. An episode is reported
 * with its first and last event; its span is from the first's day to the last's.
 */
export function episodesOf(positions: readonly number[], min: number, within: number): Episode[] {
  const episodes: Episode[] = [];
  let current: Episode | undefined;
  let l = 0;
  for (let f = 0; f + min - 1 < positions.length; f++) {
    // The furthest event inside the window that starts at event f.
    if (l < f) l = f;
    while (l + 1 < positions.length && (positions[l + 1] as number) - (positions[f] as number) < within) l++;
    if (l - f + 1 < min) continue;
    if (current !== undefined && f <= current.last) current.last = Math.max(current.last, l);
    else {
      current = { first: f, last: l };
      episodes.push(current);
    }
  }
  return episodes;
}
