// The monthly review for a school's leadership: the figures (domain
// monthly-review.ts) from the school's concerns and cases, and the checklist
// that records the review as gone through and done, by whom and when.
import type { Database } from '../../db/client.js';
import type { Clock } from '../../clock.js';
import type { Actor } from '../../../domain/access.js';
import type { Locale } from '../../../contracts/locale.js';
import { schoolTimeOf } from '../../../domain/dates.js';
import { monthBounds, monthOf, monthlyReviewFigures, previousMonth } from '../../../domain/overview/index.js';
import { REVIEW_ITEMS, type MonthlyReview, type ReviewItem } from '../../../contracts/overview.js';
import * as repo from '../../db/repositories/overview.js';
import { schoolCalendarsOn } from '../../db/repositories/school-calendars.js';
import { AppError } from '../../app-error.js';
import { activePoliciesFor } from '../owner-policies.js';
import { audit } from '../audit.js';
import { requireSchoolLeadership } from './school-access.js';
import { loadCaseFacts } from './cases.js';
import { stepsOf } from './steps.js';

const monthTooLate = () => new AppError(400, 'bad_request', 'overview.monthAhead');

export async function getMonthlyReview(database: Database, clock: Clock, actor: Actor, schoolId: string, month: string | undefined, locale: Locale): Promise<MonthlyReview> {
  const school = await requireSchoolLeadership(database, actor, schoolId);
  const today = schoolTimeOf(clock.now()).date;
  const wanted = month ?? monthOf(today);
  if (wanted > monthOf(today)) throw monthTooLate();
  const { from, to } = monthBounds(wanted);
  const asOf = to < today ? to : today;
  const calendar = (await schoolCalendarsOn(database, [schoolId], asOf)).get(schoolId);
  const policy = (await activePoliciesFor(database, [school.owner_id])).get(school.owner_id)!.policy;
  const steps = stepsOf(policy, locale);
  const [concerns, cases, review] = await Promise.all([
    repo.schoolConcernFacts(database, schoolId, monthBounds(previousMonth(wanted)).from, asOf),
    loadCaseFacts(database, [schoolId], today, calendar ? () => calendar : undefined),
    repo.findReview(database, schoolId, wanted),
  ]);
  const figures = monthlyReviewFigures(
    wanted,
    concerns.map((c) => ({
      pupilId: c.pupil_id,
      className: c.class_name,
      ruleId: c.rule_id,
      ruleName: c.rule_name,
      level: c.level,
      approaching: c.approaching,
      backfilled: c.backfilled,
      holds: c.holds,
      raisedOn: c.raised_on,
      windowTo: c.window_to,
    })),
    cases.facts,
    steps,
  );
  const withoutContact = figures.cases.withoutContact.flatMap((caseId) => {
    const pupil = cases.pupils.get(caseId);
    const fact = cases.facts.find((f) => f.caseId === caseId);
    return pupil && fact ? [{ caseId, pupil: { id: pupil.pupil_id, givenName: pupil.given_name, familyName: pupil.family_name }, className: pupil.class_name, openedOn: fact.openedOn }] : [];
  });
  // The counts are about pupils, the list of cases without contact names them: both are follow-up data read by the leadership.
  await audit(database, actor, [
    { action: 'read', entity: 'monthly_review', entityId: `${schoolId}|${wanted}`, reason: 'monthly_review', details: { schoolId, month: wanted, concerns: concerns.length, cases: cases.facts.length } },
    ...withoutContact.map((c) => ({ action: 'read' as const, entity: 'followup_case' as const, entityId: c.caseId, pupilId: c.pupil.id, reason: 'monthly_review' as const })),
  ]);
  return {
    asOf: today,
    school: { id: school.id, name: school.name },
    month: wanted,
    from,
    to,
    casesAvailable: cases.available,
    rules: figures.rules,
    cases: { ...figures.cases, byStep: figures.cases.byStep.map((s) => ({ ...s, name: steps.find((x) => x.id === s.stepId)?.name ?? s.stepId })), withoutContact },
    checklist: {
      items: REVIEW_ITEMS.map((item) => {
        const checked = review?.checked[item];
        return { item, checked: checked ? { by: checked.byName, at: checked.at } : null };
      }),
      note: review?.note ?? null,
      done: review?.done_at && review.done_by_name ? { by: review.done_by_name, at: review.done_at.toISOString() } : null,
    },
  };
}

function userName(actor: Actor & { profile?: { givenName: string; familyName: string } }): string {
  return actor.profile ? `${actor.profile.givenName} ${actor.profile.familyName}` : actor.userId;
}

/** Ticks a point of the checklist off, or on again; a review marked done can no longer change. */
export async function checkReviewItem(
  database: Database,
  clock: Clock,
  actor: Actor & { profile?: { givenName: string; familyName: string } },
  schoolId: string,
  month: string,
  item: ReviewItem,
  checked: boolean,
) {
  const school = await requireSchoolLeadership(database, actor, schoolId);
  if (month > monthOf(schoolTimeOf(clock.now()).date)) throw monthTooLate();
  await database.transaction(async (tx) => {
    const row = await repo.lockReview(tx, school.owner_id, schoolId, month);
    if (row.done_at) throw new AppError(409, 'conflict', 'overview.reviewDone');
    const next = { ...row.checked };
    if (checked) next[item] = { by: actor.userId, byName: userName(actor), at: clock.now().toISOString() };
    else delete next[item];
    await repo.saveReviewChecks(tx, row.id, next, clock.now());
    await audit(tx, actor, [{ action: 'update', entity: 'monthly_review', entityId: row.id, details: { schoolId, month, item, checked } }]);
  });
}

/** Marks the review done: every point must be checked first. */
export async function completeReview(database: Database, clock: Clock, actor: Actor & { profile?: { givenName: string; familyName: string } }, schoolId: string, month: string, note: string | undefined) {
  const school = await requireSchoolLeadership(database, actor, schoolId);
  if (month > monthOf(schoolTimeOf(clock.now()).date)) throw monthTooLate();
  await database.transaction(async (tx) => {
    const row = await repo.lockReview(tx, school.owner_id, schoolId, month);
    if (row.done_at) throw new AppError(409, 'conflict', 'overview.reviewDone');
    const missing = REVIEW_ITEMS.filter((item) => !row.checked[item]);
    if (missing.length > 0) throw new AppError(400, 'bad_request', 'overview.itemsMissing', missing.map((item) => ({ path: `checklist.${item}`, key: 'overview.itemMissing' })));
    await repo.markReviewDone(tx, row.id, actor.userId, clock.now(), note && note.length > 0 ? note : null);
    await audit(tx, actor, [{ action: 'update', entity: 'monthly_review', entityId: row.id, details: { schoolId, month, done: true } }]);
  });
}
