// Judging pupils against their owner's policy and keeping the concerns: after
// a registration (the pupils of that lesson), and every night (everybody, for
// windows move with the calendar). A concern is raised once for its window
// (its key); later evaluations keep its figures current and say whether it
// still holds. Whoever the rule says is to be told gets a notification, once.
import { createHash } from 'node:crypto';
import type { Database, Queryable } from '../db/client.js';
import type { Clock } from '../clock.js';
import { schoolTimeOf } from '../../domain/dates.js';
import { isNews, type Concern } from '../../domain/rules/index.js';
import { evaluateColumns, needsSubjects } from '../../domain/rules/evaluate-columns.js';
import { columnsFromMarks, columnsFromPupilYear } from '../../domain/rules/pupil-columns.js';
import { recordYearOf } from '../../domain/figures/pupil-year-codec.js';
import { pupilYears, subjectsByIds, type PupilYearRow } from '../db/repositories/pupil-years.js';
import type { SchoolCalendar } from '../../domain/school-calendar.js';
import * as repo from '../db/repositories/concerns.js';
import { schoolCalendarsOn } from '../db/repositories/school-calendars.js';
import { activePoliciesFor, type ActivePolicy } from './owner-policies.js';
import { ensureFresh, refreshAllStaleDays } from './pupil-years.js';
import { notifyOfConcerns } from './concern-notifications.js';

export interface EvaluationSummary {
  pupils: number;
  raised: number;
  /** E-mail notifications waiting to be sent (their ids), for the caller to hand to the job queue. */
  emails: string[];
}

interface Judged {
  pupil: repo.PupilToEvaluateRow;
  calendar: SchoolCalendar;
  policy: ActivePolicy;
  concerns: Concern[];
}

const digestOf = (dates: readonly string[]) => createHash('md5').update(dates.join(',')).digest('hex');

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = groups.get(k);
    if (list === undefined) groups.set(k, [item]);
    else list.push(item);
  }
  return groups;
}

/** Reads and judges the pupils; pure work apart from the reads. */
async function judgePupils(database: Database, pupilIds: readonly string[], asOf: string): Promise<Judged[]> {
  const pupils = await repo.pupilsToEvaluate(database, pupilIds);
  if (pupils.length === 0) return [];
  // Fresh years first (which queues these pupils), then off the queue, then read:
  // a change that lands after this point queues them again.
  await ensureFresh(database, pupils.map((p) => p.id));
  await repo.takeFromEvaluationQueue(database, pupils.map((p) => p.id));
  const [calendars, policies] = await Promise.all([
    schoolCalendarsOn(database, [...new Set(pupils.map((p) => p.school_id))], asOf),
    activePoliciesFor(database, [...new Set(pupils.map((p) => p.owner_id))]),
  ]);
  const judged: Judged[] = [];
  // Pupils of one school share a calendar, so their years are read together.
  for (const [schoolId, ofSchool] of groupBy(pupils, (p) => p.school_id)) {
    const calendar = calendars.get(schoolId);
    // A school year that has not begun, or a school without a calendar, has nothing to judge.
    if (!calendar || calendar.startsOn > asOf) continue;
    const until = asOf < calendar.endsOn ? asOf : calendar.endsOn;
    const startYear = recordYearOf(calendar.startsOn);
    const years = new Map((await pupilYears(database, ofSchool.map((p) => p.id), startYear)).map((r) => [r.pupil_id, r]));
    const perSubject = ofSchool.some((p) => needsSubjects(policies.get(p.owner_id)!.policy));
    const codes = perSubject ? await subjectCodes(database, [...years.values()]) : null;
    for (const pupil of ofSchool) {
      const policy = policies.get(pupil.owner_id)!;
      const year = years.get(pupil.id);
      const wanted = needsSubjects(policy.policy) ? codes : null;
      const columns = year
        ? columnsFromPupilYear(startYear, { dictionary: year.dictionary, days: year.days }, until, wanted)
        : columnsFromMarks([], until, wanted !== null);
      const concerns = evaluateColumns(policy.policy, { columns, calendar, asOf: until, birthDate: pupil.birth_date });
      judged.push({ pupil, calendar, policy, concerns });
    }
  }
  return judged;
}

// Subject codes only order a pupil's subjects and label concerns; the nightly
// run asks for the same few hundred for every page, so they are kept a while.
const CODES_KEPT_MS = 10 * 60_000;
const knownCodes = new Map<string, { code: string; at: number }>();

async function subjectCodes(database: Database, years: readonly PupilYearRow[]): Promise<Map<string, string>> {
  const now = performance.now();
  const ids = new Set<string>();
  for (const y of years) for (const [subjectId] of y.dictionary.courses) ids.add(subjectId);
  const fresh = (id: string) => {
    const known = knownCodes.get(id);
    return known !== undefined && now - known.at < CODES_KEPT_MS;
  };
  const missing = [...ids].filter((id) => !fresh(id));
  if (missing.length > 0) {
    if (knownCodes.size > 100_000) knownCodes.clear();
    for (const s of await subjectsByIds(database, missing)) knownCodes.set(s.id, { code: s.code, at: now });
  }
  return new Map([...ids].map((id) => [id, knownCodes.get(id)?.code ?? '']));
}

/** Stores what the judging found, in one transaction; returns the concerns raised now. */
async function storeJudged(tx: Queryable, judged: readonly Judged[], asOf: string) {
  const raised: repo.NewConcern[] = [];
  const updates: { id: string; holds: boolean; currentValue: number; evidence: string[] | null }[] = [];
  for (const [yearStart, group] of groupBy(judged, (j) => j.calendar.startsOn)) {
    const stored = groupBy(await repo.concernsOfPupilsSince(tx, group.map((j) => j.pupil.id), yearStart), (c) => c.pupil_id);
    for (const { pupil, policy, concerns } of group) {
      const byKey = new Map((stored.get(pupil.id) ?? []).map((c) => [c.key, c]));
      const found = new Set<string>();
      for (const concern of concerns) {
        found.add(concern.key);
        const before = byKey.get(concern.key);
        if (before === undefined) {
          raised.push({
            pupilId: pupil.id, ownerId: pupil.owner_id, schoolId: pupil.school_id, policyVersion: policy.version, raisedOn: asOf,
            backfilled: !isNews(concern, asOf), concern,
          });
        } else if (!before.holds || before.current_value !== concern.value || before.evidence_digest !== digestOf(concern.evidence)) {
          updates.push({ id: before.id, holds: true, currentValue: concern.value, evidence: concern.evidence });
        }
      }
      // A concern the rules no longer find (absence documented after all, a rule changed) stays on record, marked as no longer holding.
      for (const before of byKey.values()) {
        if (before.holds && !found.has(before.key)) updates.push({ id: before.id, holds: false, currentValue: before.current_value, evidence: null });
      }
    }
  }
  const inserted = await repo.insertConcerns(tx, raised);
  await repo.updateConcerns(tx, updates, asOf);
  const insertedKeys = new Set(inserted.map((r) => `${r.pupil_id}|${r.key}`));
  const newlyRaised = raised.filter((r) => insertedKeys.has(`${r.pupilId}|${r.concern.key}`));
  await repo.supersedeApproaching(
    tx,
    newlyRaised
      .filter((r) => !r.concern.approaching)
      .map((r) => ({ pupilId: r.pupilId, ruleId: r.concern.rule, from: r.concern.window.from, to: r.concern.window.to, subjectId: r.concern.subjectId ?? null })),
  );
  const ids = new Map(inserted.map((r) => [`${r.pupil_id}|${r.key}`, r.id]));
  return newlyRaised.map((r) => ({ ...r, id: ids.get(`${r.pupilId}|${r.concern.key}`)! }));
}

/**
 * Judges the pupils as of `asOf` (default today, in Norwegian time) and
 * stores the result. Safe to run again: nothing is raised or told twice.
 */
export async function evaluatePupils(
  database: Database,
  clock: Clock,
  pupilIds: readonly string[],
  options: { asOf?: string } = {},
): Promise<EvaluationSummary> {
  const asOf = options.asOf ?? schoolTimeOf(clock.now()).date;
  const judged = await judgePupils(database, pupilIds, asOf);
  if (judged.length === 0) return { pupils: 0, raised: 0, emails: [] };
  return database.transaction(async (tx) => {
    const raised = await storeJudged(tx, judged, asOf);
    const emails = await notifyOfConcerns(tx, raised, asOf);
    return { pupils: judged.length, raised: raised.length, emails };
  });
}

/** The pupils whose marks changed since they were last judged, a batch at a time, until none wait. */
export async function evaluateChanged(
  database: Database,
  clock: Clock,
  options: { batch?: number; onBatch?: (summary: EvaluationSummary) => Promise<void> } = {},
): Promise<number> {
  // Changed marks are known by their stale days until the pupils' years are written, which queues the pupils.
  await refreshAllStaleDays(database);
  let total = 0;
  for (;;) {
    const waiting = await repo.evaluationQueue(database, options.batch ?? 500);
    if (waiting.length === 0) return total;
    const summary = await evaluatePupils(database, clock, waiting);
    // A pupil that could not be judged (no calendar) is taken off the queue all the same.
    await repo.takeFromEvaluationQueue(database, waiting);
    await options.onBatch?.(summary);
    total += waiting.length;
  }
}

/** Everybody of an owner (or of every owner), a page of pupils at a time: the nightly run. */
export async function evaluateEveryone(
  database: Database,
  clock: Clock,
  options: { ownerId?: string; asOf?: string; pageSize?: number; onPage?: (summary: EvaluationSummary) => Promise<void> } = {},
): Promise<EvaluationSummary> {
  const total: EvaluationSummary = { pupils: 0, raised: 0, emails: [] };
  const asOf = options.asOf ? { asOf: options.asOf } : {};
  // Two pages at once: while one is judged in this process, the database reads the other's years.
  // The pages hold different pupils, so they never wait for each other's rows.
  const inFlight = new Set<Promise<void>>();
  let failure: unknown = null;
  let after: string | null = null;
  while (failure === null) {
    const page = await repo.pupilIdsPage(database, after, options.pageSize ?? 500, options.ownerId);
    if (page.length === 0) break;
    after = page[page.length - 1]!.id;
    const work: Promise<void> = evaluatePupils(database, clock, page.map((p) => p.id), asOf)
      .then(async (summary) => {
        await options.onPage?.(summary);
        total.pupils += summary.pupils;
        total.raised += summary.raised;
        if (!options.onPage) total.emails.push(...summary.emails);
      })
      .catch((error: unknown) => {
        failure ??= error;
      })
      .finally(() => inFlight.delete(work));
    inFlight.add(work);
    if (inFlight.size >= 2) await Promise.race(inFlight);
  }
  await Promise.all(inFlight);
  if (failure !== null) throw failure;
  return total;
}
