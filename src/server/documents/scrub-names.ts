// Names out of a text for an anonymised consultation: without consent the
// school may discuss a case with an outside service only so that the pupil
// cannot be recognised. Each name (full names first, then each part) becomes a
// placeholder, also in the genitive («Noras» → «[eleven]s»). Over-scrubbing
// (a family name that is also a word) is the safe side.

export interface NamesToScrub {
  /** The placeholder, e.g. «[eleven]», and the names it stands for. */
  placeholder: string;
  names: readonly string[];
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** One function that replaces every name of every group, longest first, so «Nora Åsheim» goes whole before «Nora». */
export function nameScrubber(groups: readonly NamesToScrub[]): (text: string) => string {
  const pairs: { part: string; placeholder: string }[] = [];
  for (const group of groups) {
    for (const name of group.names) {
      const whole = name.trim().replace(/\s+/g, ' ');
      if (whole.length < 2) continue;
      pairs.push({ part: whole, placeholder: group.placeholder });
      // Each part that is a name on its own (capitalised): not «til» of «Foresatt til Nora», nor «van» or «de».
      for (const part of whole.split(/[\s-]+/)) if (part.length >= 2 && /^\p{Lu}/u.test(part)) pairs.push({ part, placeholder: group.placeholder });
    }
  }
  // A part two people share (a family name) stands for the first group's: the pupil before the guardians.
  const first = new Map<string, { part: string; placeholder: string }>();
  for (const p of pairs) if (!first.has(p.part.toLocaleLowerCase('nb'))) first.set(p.part.toLocaleLowerCase('nb'), p);
  const byLength = [...first.values()].sort((a, b) => b.part.length - a.part.length);
  if (byLength.length === 0) return (text) => text;
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(${byLength.map((p) => escape(p.part).replace(/ /g, '\\s+')).join('|')})(s?)(?![\\p{L}\\p{N}])`, 'giu');
  return (text) => text.replace(pattern, (_m, name: string, genitive: string) => `${first.get(name.replace(/\s+/g, ' ').toLocaleLowerCase('nb'))?.placeholder ?? ''}${genitive}`);
}

/** Every string in a JSON-like value, scrubbed; the shape untouched. */
export function scrubStrings<T>(value: T, scrub: (text: string) => string): T {
  if (typeof value === 'string') return scrub(value) as T;
  if (Array.isArray(value)) return value.map((v: unknown) => scrubStrings(v, scrub)) as T;
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, k === 'kind' ? v : scrubStrings(v, scrub)])) as T;
  return value;
}
