// How the concerns are grouped and ordered on the screens. The server orders
// by urgency (met before nearing, graver first, overdue first, then the day to
// act); these functions keep that order and only split and narrow it.
import type { ConcernView, ForecastView, MyConcerns, PupilConcerns } from '../../../contracts/rules';

type PupilRef = PupilConcerns['pupil'];

/** A rule a pupil nears: an approaching concern, a forecast, or both for the same rule and window. */
export interface NearingItem {
  key: string;
  concern: ConcernView | null;
  forecast: ForecastView | null;
  ruleName: string;
  measure: ConcernView['measure'];
  comparison: ConcernView['comparison'];
  threshold: number;
  value: number;
  base: number | null;
  window: { from: string; to: string };
  subject: { code: string; name?: string } | null;
}

const sameRuleAndWindow = (c: ConcernView, f: ForecastView) =>
  c.rule.id === f.rule.id &&
  c.window.from === f.window.from &&
  c.window.to === f.window.to &&
  (c.subject?.id ?? null) === (f.subject?.id ?? null);

/**
 * Approaching concerns and forecasts as one list, soonest crossing first; a
 * rule nearing without a crossing in its window comes after, the nearest to
 * its threshold first.
 */
export function nearingItems(concerns: readonly ConcernView[], forecasts: readonly ForecastView[]): NearingItem[] {
  const approaching = concerns.filter((c) => c.approaching);
  const items: NearingItem[] = approaching.map((c) => {
    const forecast = forecasts.find((f) => sameRuleAndWindow(c, f)) ?? null;
    return {
      key: c.id,
      concern: c,
      forecast,
      ruleName: c.rule.name,
      measure: c.measure,
      comparison: c.comparison,
      threshold: c.threshold,
      value: c.currentValue,
      base: c.base,
      window: { from: c.window.from, to: c.window.to },
      subject: c.subject,
    };
  });
  for (const f of forecasts) {
    if (approaching.some((c) => sameRuleAndWindow(c, f))) continue;
    items.push({
      key: `${f.rule.id}|${f.window.from}|${f.window.to}|${f.subject?.id ?? ''}`,
      concern: null,
      forecast: f,
      ruleName: f.rule.name,
      measure: f.measure,
      comparison: f.comparison,
      threshold: f.threshold,
      value: f.value,
      base: null,
      window: f.window,
      subject: f.subject,
    });
  }
  const crossing = (i: NearingItem) => i.forecast?.crossesOn ?? null;
  const share = (i: NearingItem) => (i.threshold > 0 ? i.value / i.threshold : 0);
  return items.sort((a, b) => {
    const [x, y] = [crossing(a), crossing(b)];
    if (x && y && x !== y) return x < y ? -1 : 1;
    if (x && !y) return -1;
    if (!x && y) return 1;
    return share(b) - share(a);
  });
}

export interface PupilGroup<T> {
  pupil: PupilRef;
  items: T[];
}

/**
 * «Mine elever» in two parts: the pupils who have met a rule, in the server's
 * order of urgency, and the pupils nearing one, the soonest crossing first.
 */
export function splitMyConcerns(data: MyConcerns): { met: PupilGroup<ConcernView>[]; nearing: PupilGroup<NearingItem>[] } {
  const met = data.pupils
    .map((p) => ({ pupil: p.pupil, items: p.concerns.filter((c) => !c.approaching) }))
    .filter((g) => g.items.length > 0);
  const nearing = data.pupils
    .map((p, index) => ({ pupil: p.pupil, items: nearingItems(p.concerns, p.forecasts), index }))
    .filter((g) => g.items.length > 0)
    .sort((a, b) => {
      const [x, y] = [a.items[0]?.forecast?.crossesOn ?? null, b.items[0]?.forecast?.crossesOn ?? null];
      if (x && y && x !== y) return x < y ? -1 : 1;
      if (x && !y) return -1;
      if (!x && y) return 1;
      return a.index - b.index;
    })
    .map(({ pupil, items }) => ({ pupil, items }));
  return { met, nearing };
}

export const isOpen = (c: ConcernView) => c.status === 'open' && c.holds && !c.backfilled;

/**
 * A pupil's year: what is still to follow up, what nears, and what is done or
 * no longer holds. `keptOpen` holds the concerns that were open when the page
 * was opened: one marked followed up stays where it was, with its undo.
 */
export function splitPupilConcerns(
  concerns: readonly ConcernView[],
  forecasts: readonly ForecastView[],
  keptOpen: ReadonlySet<string> = new Set(),
) {
  const open = concerns.filter((c) => isOpen(c) || keptOpen.has(c.id));
  return {
    open: open.filter((c) => !c.approaching),
    nearing: nearingItems(open, forecasts),
    closed: concerns.filter((c) => !open.includes(c)),
  };
}

export interface SchoolFilter {
  level: '' | ConcernView['level'];
  className: string;
  ruleId: string;
  /** Take in the pupils nearing a rule, not only those who have met one. */
  nearing: boolean;
}

export const NO_FILTER: SchoolFilter = { level: '', className: '', ruleId: '', nearing: false };

/** The leadership's list: narrowed by level, class and rule; overdue first, otherwise in the server's order. */
export function filterSchoolConcerns(concerns: readonly ConcernView[], filter: SchoolFilter): ConcernView[] {
  const shown = concerns.filter(
    (c) =>
      (filter.nearing || !c.approaching) &&
      (filter.level === '' || c.level === filter.level) &&
      (filter.className === '' || c.pupil.className === filter.className) &&
      (filter.ruleId === '' || c.rule.id === filter.ruleId),
  );
  // Array.prototype.sort is stable: within each part the server's order stays.
  return shown.sort((a, b) => Number(b.overdue) - Number(a.overdue));
}

/** The classes and rules that occur, for the filter's choices. */
export function filterChoices(concerns: readonly ConcernView[], compare: (a: string, b: string) => number) {
  const classNames = [...new Set(concerns.map((c) => c.pupil.className).filter((n): n is string => n !== null))].sort(compare);
  const rules = [...new Map(concerns.map((c) => [c.rule.id, c.rule.name])).entries()]
    .map(([id, name]) => ({ id, name }))
    .sort((a, b) => compare(a.name, b.name));
  return { classNames, rules };
}

/** One rule's concerns for one pupil (per subject for a rule judged per subject): the most urgent, and the others. */
export interface RuleGroup {
  key: string;
  lead: ConcernView;
  others: ConcernView[];
}

/**
 * A pupil's concerns with the same rule together: a rule judged every school
 * day (absence without notice) can raise one a day, and the contact teacher
 * reads them as one matter with its dates. Keeps the order given.
 */
export function groupByRule(concerns: readonly ConcernView[]): RuleGroup[] {
  const groups = new Map<string, RuleGroup>();
  for (const c of concerns) {
    const key = `${c.pupil.id}|${c.rule.id}|${c.subject?.id ?? ''}|${c.approaching ? 'nearing' : 'met'}`;
    const group = groups.get(key);
    if (group) group.others.push(c);
    else groups.set(key, { key, lead: c, others: [] });
  }
  return [...groups.values()];
}
