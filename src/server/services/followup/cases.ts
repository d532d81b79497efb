// Follow-up cases as the contact teacher and the leadership see them: opened
// from a concern (its figures kept as a snapshot) or by hand, listed, and one
// case with its state computed from the events, its records, the team, and the
// pupil's attendance since it opened. Every read is audited per pupil.
import { randomUUID } from 'node:crypto';
import type { Database, Queryable } from '../../db/client.js';
import type { Clock } from '../../clock.js';
import { canOpenCase, type Actor } from '../../../domain/access.js';
import { schoolTimeOf } from '../../../domain/dates.js';
import { addDays, formatISO, parseISO, startOfISOWeek } from 'date-fns';
import {
  applyCaseEvent,
  caseSchedule,
  currentVisit,
  findStep,
  replayCase,
  suggestedMoves,
  type CaseSchedule,
  type CaseState,
  type Staircase,
} from '../../../domain/followup/index.js';
import { pupilDays } from '../../../domain/figures/days.js';
import type { CaseEvent, ConcernSnapshot } from '../../../contracts/followup-case.js';
import type { AttendanceSince, CaseList, CaseSummary, CaseView, OpenCase } from '../../../contracts/followup-api.js';
import { contactLogEntrySchema, conversationSchema, meetingSchema } from '../../../contracts/followup-records.js';
import { causeMappingSchema, circleMappingSchema, factorsSchema, scalingSchema } from '../../../contracts/followup-mapping.js';
import { agreementSchema, type Agreement } from '../../../contracts/followup-agreement.js';
import * as figuresRepo from '../../db/repositories/figures.js';
import { markConcernHandled } from '../../db/repositories/concerns.js';
import { findSchool } from '../../db/repositories/classes.js';
import { badRequest, conflict, forbidden, notFound } from '../../app-error.js';
import { activePoliciesFor } from '../owner-policies.js';
import { heldMarksOf } from '../pupil-years.js';
import { audit } from '../audit.js';
import * as repo from './repository.js';
import { calendarForSchool, caseRefused, caseStaircase, consentOf, consentedServicesOf, openCase, relationTo, type OpenedCase } from './case-context.js';
import { consentInForce } from '../../../contracts/followup-consent.js';
import { ownerStaircase } from './owner-staircase.js';

export const iso = (value: Date | string): string => (typeof value === 'string' ? new Date(value).toISOString() : value.toISOString());

function snapshotFromRow(row: repo.ConcernForCaseRow, policyId: string): ConcernSnapshot {
  return {
    key: row.key,
    policyId,
    policyVersion: row.policy_version,
    rule: row.rule_id,
    ruleName: row.rule_name,
    measure: row.measure,
    level: row.level,
    comparison: row.comparison,
    value: row.value,
    threshold: row.threshold,
    base: row.base,
    window: { kind: row.window_kind, from: row.window_from, to: row.window_to, until: row.window_until, ...(row.window_label ? { label: row.window_label } : {}) },
    ...(row.subject_code ? { subject: row.subject_code } : {}),
    evidence: row.evidence.slice(0, 400),
    raisedOn: row.raised_on,
    dueBy: row.due_by,
    ...(row.step ? { step: { id: row.step.id, number: row.step.number } } : {}),
  };
}

/**
 * Opens a case for the pupil, or, when one is open, adds the concern to it
 * (a rule that names a later step moves the case up). The concern counts as
 * followed up from then on.
 */
export async function openCaseForPupil(database: Database, clock: Clock, actor: Actor, pupilId: string, request: OpenCase): Promise<{ caseId: string; created: boolean }> {
  const today = schoolTimeOf(clock.now()).date;
  const pupil = await figuresRepo.pupilRef(database, pupilId, today);
  if (!pupil || pupil.owner_id !== actor.ownerId) throw notFound();
  if (!canOpenCase(actor, { schoolId: pupil.school_id, ownerId: pupil.owner_id, contactTeacherIds: pupil.contact_teacher_ids })) throw forbidden();
  const now = clock.now().toISOString();
  let origin: Extract<CaseEvent, { type: 'caseOpened' }>['origin'];
  let concernId: string | null = null;
  if (request.from.kind === 'concern') {
    const concern = await repo.concernForCase(database, request.from.concernId);
    if (!concern || concern.pupil_id !== pupil.id) throw badRequest([{ path: 'body.from.concernId', key: 'followup:caseErrors.concernNotOfPupil' }]);
    const policy = (await activePoliciesFor(database, [pupil.owner_id])).get(pupil.owner_id)!;
    origin = { kind: 'concern', concern: snapshotFromRow(concern, policy.policy.id) };
    concernId = concern.id;
  } else {
    origin = { kind: 'manual', reason: request.from.reason };
  }
  return database.transaction(async (tx) => {
    const [existing] = await repo.openCaseOfPupil(tx, pupil.id);
    if (existing) {
      if (origin.kind !== 'concern') throw conflict('followup:caseErrors.openCaseExists');
      const opened = await openCase(tx, clock, actor, existing.id, true);
      if (opened.state.concerns.some((c) => c.key === origin.concern.key)) throw conflict('followup:caseErrors.concernInCase');
      const event: CaseEvent = { id: randomUUID(), at: now, by: actor.userId, type: 'concernAdded', concern: origin.concern };
      const applied = applyCaseEvent(opened.state, event, opened.staircase);
      if (!applied.ok) throw caseRefused(applied.error);
      await repo.appendEvent(tx, existing.id, opened.row.owner_id, opened.events.length + 1, event, actor.userId);
      await repo.setCaseListing(tx, existing.id, { status: 'open', currentStepId: currentVisit(applied.state).stepId, closedAt: null });
      if (concernId) await markConcernHandled(tx, concernId, actor.userId, clock.now(), true);
      await audit(tx, actor, [{ action: 'update', entity: 'followup_case', entityId: existing.id, pupilId: pupil.id, reason: opened.relation, details: { event: 'concernAdded', concernId } }]);
      return { caseId: existing.id, created: false };
    }
    const staircase = await ownerStaircase(tx, pupil.owner_id);
    // A policy whose staircase is not one of ours names steps the case cannot take: the case starts at the first step.
    const concernStep = origin.kind === 'concern' ? origin.concern.step?.id : undefined;
    const atStep = request.atStep ?? (concernStep !== undefined && !findStep(staircase, concernStep) ? staircase.steps[0]!.id : undefined);
    const event: CaseEvent = {
      id: randomUUID(),
      at: now,
      by: actor.userId,
      type: 'caseOpened',
      pupilId: pupil.id,
      staircaseId: staircase.id,
      staircaseVersion: staircase.version,
      origin,
      ...(atStep ? { atStep } : {}),
    };
    const applied = applyCaseEvent(null, event, staircase);
    if (!applied.ok) throw caseRefused(applied.error);
    const caseId = await repo.insertCase(tx, {
      ownerId: pupil.owner_id,
      schoolId: pupil.school_id,
      pupilId: pupil.id,
      staircaseId: staircase.id,
      staircaseVersion: staircase.version,
      staircase,
      concernId,
      currentStepId: currentVisit(applied.state).stepId,
      openedBy: actor.userId,
      openedAt: now,
    });
    if (caseId === null) throw conflict('followup:caseErrors.openCaseExists');
    await repo.appendEvent(tx, caseId, pupil.owner_id, 1, event, actor.userId);
    // The contact teacher who opens it is on the team from the start, so the case stays theirs if the class changes hands.
    if (pupil.contact_teacher_ids.includes(actor.userId)) await repo.addMember(tx, caseId, pupil.owner_id, actor.userId, 'contactTeacher', actor.userId);
    if (concernId) await markConcernHandled(tx, concernId, actor.userId, clock.now(), true);
    await audit(tx, actor, [
      { action: 'create', entity: 'followup_case', entityId: caseId, pupilId: pupil.id, reason: origin.kind === 'concern' ? 'case_from_concern' : 'case_by_hand', details: { staircase: staircase.id, concernId } },
    ]);
    return { caseId, created: true };
  });
}

function summaryOf(row: repo.CaseRow, staircase: Staircase, schedule: CaseSchedule | undefined, evaluations: readonly string[]): CaseSummary {
  const step = findStep(staircase, row.current_step_id) ?? staircase.steps[0]!;
  const open = schedule?.current?.deadlines.filter((d) => d.status === 'open' || d.status === 'dueToday' || d.status === 'overdue') ?? [];
  // An agreement's next evaluation is a date to keep as much as the staircase's own, once its deadlines are met.
  const due = [...open.map((d) => d.dueOn), ...(row.status === 'open' ? evaluations : [])].sort();
  return {
    id: row.id,
    pupil: { id: row.pupil_id, givenName: row.given_name, familyName: row.family_name, className: row.class_name },
    school: { id: row.school_id, name: row.school_name },
    status: row.status,
    staircase: { id: staircase.id, version: staircase.version, name: staircase.name },
    step: { id: step.id, number: step.number, name: step.name },
    openedAt: iso(row.opened_at),
    closedAt: row.closed_at ? iso(row.closed_at) : null,
    nextDue: due[0] ?? null,
    overdue: schedule?.overdue.length ?? 0,
  };
}

async function summaries(database: Database, clock: Clock, rows: repo.CaseRow[]): Promise<CaseSummary[]> {
  const today = schoolTimeOf(clock.now()).date;
  const [events, evaluations] = await Promise.all([
    repo.eventsOfCases(database, rows.map((r) => r.id)),
    repo.pendingEvaluations(database, rows.filter((r) => r.status === 'open').map((r) => r.id)),
  ]);
  const calendars = new Map<string, Awaited<ReturnType<typeof calendarForSchool>>>();
  const list: CaseSummary[] = [];
  for (const row of rows) {
    const staircase = caseStaircase(row);
    const log = events.get(row.id) ?? [];
    const replayed = replayCase(log, staircase);
    let calendarFor = calendars.get(row.school_id);
    if (!calendarFor) calendars.set(row.school_id, (calendarFor = await calendarForSchool(database, row.school_id, today)));
    const schedule = replayed.ok ? caseSchedule(replayed.state, staircase, { now: clock.now(), calendarFor }) : undefined;
    list.push(summaryOf(row, staircase, schedule, evaluations.get(row.id) ?? []));
  }
  return list;
}

/** For an outside service on the team: whether a consent in force lets it see the case (the list of those who may). */
async function byConsent(db: Queryable, actor: Actor, caseId: string, memberIds: readonly string[], today: string, members?: readonly repo.MemberRow[]): Promise<string[]> {
  if (!memberIds.includes(actor.userId) || !actor.roles.some((r) => r.role === 'outside_service')) return [];
  return consentedServicesOf(db, caseId, today, members);
}

/** The cases of the actor's contact pupils and those the actor is on the team of (an outside service: while a consent names it). */
export async function listMyCases(database: Database, clock: Clock, actor: Actor): Promise<CaseList> {
  const today = schoolTimeOf(clock.now()).date;
  const pupils = (await figuresRepo.contactPupilRefs(database, actor.userId, today)).filter((p) => p.owner_id === actor.ownerId);
  const [own, member] = await Promise.all([repo.casesOfPupils(database, pupils.map((p) => p.id)), repo.casesWithMember(database, actor.userId)]);
  const byId = new Map([...own, ...member].filter((r) => r.owner_id === actor.ownerId).map((r) => [r.id, r]));
  const rows: repo.CaseRow[] = [];
  for (const row of byId.values()) {
    const contact = pupils.find((p) => p.id === row.pupil_id)?.contact_teacher_ids ?? [];
    const members = member.some((m) => m.id === row.id) ? [actor.userId] : [];
    if (relationTo(actor, row, contact, members, await byConsent(database, actor, row.id, members, today))) rows.push(row);
  }
  await audit(database, actor, rows.map((r) => ({ action: 'read' as const, entity: 'followup_case', entityId: r.id, pupilId: r.pupil_id, reason: 'my_cases' })));
  return { asOf: today, cases: await summaries(database, clock, rows) };
}

/** The school's cases, for its leadership. */
export async function listSchoolCases(database: Database, clock: Clock, actor: Actor, schoolId: string, status: 'open' | 'closed' | null): Promise<CaseList> {
  const today = schoolTimeOf(clock.now()).date;
  const school = await findSchool(database, schoolId);
  if (!school || school.owner_id !== actor.ownerId) throw notFound();
  if (!actor.roles.some((r) => r.role === 'leadership' && r.schoolId === schoolId)) throw forbidden();
  const rows = await repo.casesOfSchool(database, schoolId, status);
  await audit(database, actor, rows.map((r) => ({ action: 'read' as const, entity: 'followup_case', entityId: r.id, pupilId: r.pupil_id, reason: 'school_cases' })));
  return { asOf: today, cases: await summaries(database, clock, rows) };
}

/** A pupil's cases, open and closed, for the pupil's page. */
export async function listPupilCases(database: Database, clock: Clock, actor: Actor, pupilId: string): Promise<CaseList> {
  const today = schoolTimeOf(clock.now()).date;
  const pupil = await figuresRepo.pupilRef(database, pupilId, today);
  if (!pupil || pupil.owner_id !== actor.ownerId) throw notFound();
  const rows = await repo.casesOfPupils(database, [pupil.id]);
  const visible: repo.CaseRow[] = [];
  for (const row of rows) {
    const team = await repo.membersOf(database, row.id);
    const members = team.map((m) => m.user_id);
    if (relationTo(actor, row, pupil.contact_teacher_ids, members, await byConsent(database, actor, row.id, members, today, team))) visible.push(row);
  }
  if (!canOpenCase(actor, { schoolId: pupil.school_id, ownerId: pupil.owner_id, contactTeacherIds: pupil.contact_teacher_ids }) && visible.length === 0) throw forbidden();
  await audit(database, actor, visible.map((r) => ({ action: 'read' as const, entity: 'followup_case', entityId: r.id, pupilId: r.pupil_id, reason: 'pupil_cases' })));
  return { asOf: today, cases: await summaries(database, clock, visible) };
}

/** Held and absent lessons since the case opened, as many calendar days before it, and week by week. */
async function attendanceSince(database: Database, pupilId: string, openedOn: string, today: string): Promise<AttendanceSince | null> {
  if (openedOn > today) return null;
  const span = Math.max(14, Math.round((parseISO(today).getTime() - parseISO(openedOn).getTime()) / 86_400_000) + 1);
  const beforeFrom = formatISO(addDays(parseISO(openedOn), -Math.min(span, 56)), { representation: 'date' });
  const days = pupilDays(await heldMarksOf(database, [pupilId], beforeFrom, today));
  const since = { held: 0, absent: 0 };
  const before = { from: beforeFrom, held: 0, absent: 0 };
  const weeks = new Map<string, { week: string; held: number; absent: number }>();
  for (const day of days) {
    const into = day.date >= openedOn ? since : before;
    into.held += day.heldLessons;
    into.absent += day.absentLessons;
    const week = formatISO(startOfISOWeek(parseISO(day.date)), { representation: 'date' });
    const w = weeks.get(week) ?? { week, held: 0, absent: 0 };
    w.held += day.heldLessons;
    w.absent += day.absentLessons;
    weeks.set(week, w);
  }
  return { from: openedOn, to: today, since, before, weeks: [...weeks.values()].sort((a, b) => a.week.localeCompare(b.week)) };
}

export async function loadAgreements(db: Queryable, caseId: string): Promise<Agreement[]> {
  const rows = await repo.agreementVersionsOf(db, caseId);
  const byId = new Map<string, Agreement>();
  for (const r of rows) {
    const agreement = byId.get(r.agreement_id) ?? { id: r.agreement_id, caseId, versions: [] };
    agreement.versions.push({
      number: r.number,
      createdAt: iso(r.created_at),
      createdBy: r.created_by,
      kind: r.kind,
      content: r.content as Agreement['versions'][number]['content'],
      ...(r.evaluation ? { evaluation: r.evaluation as NonNullable<Agreement['versions'][number]['evaluation']> } : {}),
    });
    byId.set(r.agreement_id, agreement);
  }
  return [...byId.values()].map((a) => agreementSchema.parse(a));
}

export async function loadRecords(db: Queryable, caseId: string) {
  const [contacts, conversations, meetings, mappings, agreements] = await Promise.all([
    repo.contactsOf(db, caseId),
    repo.conversationsOf(db, caseId),
    repo.meetingsOf(db, caseId),
    repo.mappingsOf(db, caseId),
    loadAgreements(db, caseId),
  ]);
  const mapped = (tool: string) => mappings.filter((m) => m.tool === tool).map((m) => ({ id: m.id, at: iso(m.at), ...m.content }));
  return {
    contacts: contacts.map((c) => ({ record: contactLogEntrySchema.parse({ ...c.entry, id: c.id, at: iso(c.at) }), recordedBy: c.created_by_name })),
    conversations: conversations.map((c) => ({
      record: conversationSchema.parse({ ...c.conversation, id: c.id, at: iso(c.at), pupilVoice: c.pupil_voice }),
      recordedBy: c.created_by_name,
    })),
    meetings: meetings.map((m) => ({
      record: meetingSchema.parse({ id: m.id, title: m.title, invitation: m.invitation, ...(m.minutes ? { minutes: { ...m.minutes, pupilVoice: m.pupil_voice } } : {}) }),
      recordedBy: m.created_by_name,
    })),
    mappings: {
      causeMappings: mapped('causeMapping').map((m) => causeMappingSchema.parse(m)),
      scalings: mapped('scaling').map((m) => scalingSchema.parse(m)),
      circles: mapped('circle').map((m) => circleMappingSchema.parse(m)),
      factors: mapped('factors').map((m) => factorsSchema.parse(m)),
    },
    agreements,
  };
}

export async function scheduleOf(db: Queryable, clock: Clock, opened: OpenedCase): Promise<CaseSchedule> {
  return caseSchedule(opened.state, opened.staircase, { now: clock.now(), calendarFor: await calendarForSchool(db, opened.row.school_id, opened.today) });
}

function lastEvaluationOutcomes(state: CaseState, events: CaseEvent[]) {
  const visit = currentVisit(state);
  const evaluation = [...events].reverse().find((e) => e.type === 'evaluationDone' && visit.records.some((r) => r.eventId === e.id));
  return evaluation && evaluation.type === 'evaluationDone' ? evaluation.outcomes : [];
}

/** The case with everything the case page shows. */
export async function getCaseView(database: Database, clock: Clock, actor: Actor, caseId: string, audited = true): Promise<CaseView> {
  const opened = await openCase(database, clock, actor, caseId);
  const { row, staircase, state, events } = opened;
  const schedule = await scheduleOf(database, clock, opened);
  const byConsent = opened.relation === 'consent';
  const [records, staff, outsideServices, names, attendance] = await Promise.all([
    loadRecords(database, row.id),
    byConsent ? [] : repo.schoolStaff(database, row.school_id),
    byConsent ? [] : repo.outsideServiceUsers(database, row.owner_id),
    repo.userNames(database, [...new Set(events.map((e) => e.by))]),
    attendanceSince(database, row.pupil_id, schoolTimeOf(row.opened_at).date, opened.today),
  ]);
  if (audited) await audit(database, actor, [{ action: 'read', entity: 'followup_case', entityId: row.id, pupilId: row.pupil_id, reason: opened.relation }]);
  const nameOf = new Map(names.map((n) => [n.id, n.name]));
  const stepById = new Map(staircase.steps.map((s) => [s.id, s]));
  const current = schedule.current;
  return {
    id: row.id,
    asOf: schedule.today,
    pupil: { id: row.pupil_id, givenName: row.given_name, familyName: row.family_name, className: row.class_name },
    school: { id: row.school_id, name: row.school_name },
    status: state.status,
    openedAt: state.openedAt,
    closedAt: state.status === 'closed' ? (state.closings[state.closings.length - 1]?.at ?? null) : null,
    origin: state.origin,
    concerns: state.concerns,
    staircase: {
      id: staircase.id,
      version: staircase.version,
      name: staircase.name,
      steps: schedule.steps.map((s) => ({ ...s, purpose: stepById.get(s.id)!.purpose, responsible: stepById.get(s.id)!.responsible })),
    },
    current: current
      ? {
          stepId: current.step.id,
          reachedAt: current.visit.reachedAt,
          deadlines: current.deadlines.map(({ key: _key, ...d }) => d),
          missing: current.missing,
          outcomes: current.outcomes,
          suggested: suggestedMoves(lastEvaluationOutcomes(state, events), current.step),
        }
      : null,
    overdue: schedule.overdue.map((o) =>
      o.kind === 'deadline' ? { kind: 'deadline' as const, name: o.deadline.name, dueOn: o.deadline.dueOn } : { kind: 'task' as const, name: o.task.title, dueOn: o.task.dueOn ?? '' },
    ),
    tasks: schedule.tasks,
    closings: state.closings,
    events: events.map((event) => ({ event, byName: nameOf.get(event.by) ?? '' })),
    ...records,
    members: opened.members.map((m) => ({
      userId: m.user_id,
      name: m.name,
      role: m.role as CaseView['members'][number]['role'],
      ...(m.service ? { service: m.service as NonNullable<CaseView['members'][number]['service']> } : {}),
    })),
    staff: staff.map((s) => ({ userId: s.id, name: s.name })),
    outsideServices: outsideServices.map((s) => ({ userId: s.id, name: s.name })),
    consents: opened.consents.map((c) => {
      const consent = consentOf(row.id, c);
      return { consent, recordedBy: c.created_by_name, ...(c.withdrawn_by_name ? { withdrawnBy: c.withdrawn_by_name } : {}), inForce: consentInForce(consent, opened.today) };
    }),
    attendance,
    mayWrite: !byConsent,
  };
}
