// Opening a stored case for a request: the row, who the actor is to it (and
// whether they may see it at all), the staircase it keeps, its events replayed
// to a state; and committing new events: checked by the domain's state machine
// first, written with the records they name, the listing columns and the audit
// rows in one transaction, so a refusal leaves nothing half-written.
import { randomUUID } from 'node:crypto';
import type { Database, Queryable } from '../../db/client.js';
import type { Clock } from '../../clock.js';
import { canReadCase, canWriteCase, type Actor } from '../../../domain/access.js';
import { schoolTimeOf } from '../../../domain/dates.js';
import {
  applyCaseEvent,
  currentVisit,
  replayCase,
  staircaseSchema,
  typicalCalendars,
  type CalendarFor,
  type CaseError,
  type CaseState,
  type Staircase,
} from '../../../domain/followup/index.js';
import type { CaseEvent } from '../../../contracts/followup-case.js';
import { consentSchema, membersWithConsent, type Consent } from '../../../contracts/followup-consent.js';
import * as figuresRepo from '../../db/repositories/figures.js';
import { schoolCalendarsOn } from '../../db/repositories/school-calendars.js';
import { AppError, forbidden, notFound } from '../../app-error.js';
import { audit, type AuditEntry } from '../audit.js';
import type { AuditReason } from '../../../contracts/audit-log.js';
import * as repo from './repository.js';

export interface OpenedCase {
  row: repo.CaseRow;
  staircase: Staircase;
  events: CaseEvent[];
  state: CaseState;
  relation: Extract<AuditReason, 'leadership' | 'contact_teacher' | 'case_member' | 'consent'>;
  contactTeacherIds: string[];
  members: repo.MemberRow[];
  consents: repo.ConsentRow[];
  today: string;
}

const staircases = new Map<string, Staircase>();

/** The staircase a case keeps, checked once per process. */
export function caseStaircase(row: Pick<repo.CaseRow, 'id' | 'staircase'>): Staircase {
  const key = JSON.stringify(row.staircase);
  let staircase = staircases.get(key);
  if (!staircase) {
    staircase = staircaseSchema.parse(row.staircase);
    staircases.set(key, staircase);
  }
  return staircase;
}

export function relationTo(
  actor: Actor,
  c: { school_id: string; owner_id: string },
  contactTeacherIds: readonly string[],
  memberIds: readonly string[],
  consentedServiceIds: readonly string[] = [],
): OpenedCase['relation'] | null {
  const relations = { schoolId: c.school_id, ownerId: c.owner_id, contactTeacherIds, memberIds, consentedServiceIds };
  if (!canReadCase(actor, relations)) return null;
  if (actor.roles.some((r) => r.role === 'leadership' && r.schoolId === c.school_id)) return 'leadership';
  if (contactTeacherIds.includes(actor.userId)) return 'contact_teacher';
  // Someone who may read but not write is there only by a consent.
  return canWriteCase(actor, relations) ? 'case_member' : 'consent';
}

/** A stored consent as the contract has it. */
export function consentOf(caseId: string, row: repo.ConsentRow): Consent {
  return consentSchema.parse({ ...row.content, id: row.id, caseId, decision: row.decision, givenOn: row.given_on, ...(row.withdrawn_on ? { withdrawnOn: row.withdrawn_on } : {}) });
}

/** The same, read from the case's team (given, when the caller has it) and consents. */
export async function consentedServicesOf(db: Queryable, caseId: string, today: string, members?: readonly repo.MemberRow[]): Promise<string[]> {
  const [team, consents] = await Promise.all([members ?? repo.membersOf(db, caseId), repo.consentsOf(db, caseId)]);
  return consentedServices(caseId, team, consents, today);
}

/** The outside services on the team that a consent in force lets read the case today. */
export function consentedServices(caseId: string, members: readonly repo.MemberRow[], consents: readonly repo.ConsentRow[], today: string): string[] {
  if (!members.some((m) => m.role === 'outsideService')) return [];
  return membersWithConsent(
    members.map((m) => ({ userId: m.user_id, role: m.role, service: m.service })),
    consents.map((c) => consentOf(caseId, c)),
    today,
  );
}

/** The school's calendar where it is stored, the typical Norwegian year otherwise: deadlines skip the school's own holidays. */
export async function calendarForSchool(db: Queryable, schoolId: string, today: string): Promise<CalendarFor> {
  const stored = (await schoolCalendarsOn(db, [schoolId], today)).get(schoolId);
  return (startYear) => (stored && stored.startYear === startYear ? stored : typicalCalendars(startYear));
}

export function caseRefused(error: CaseError): AppError {
  const code = error.code.replace(/^case\./, '');
  const params: Record<string, unknown> = {};
  if (error.missing) {
    params.missing = error.missing.map((kind) => `$t(followup:recordKinds.${kind})`).join(', ');
    params.interpolation = { skipOnVariables: false };
  }
  return new AppError(409, `case_${code.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)}`, `followup:caseErrors.${code}`, undefined, params);
}

/**
 * Loads the case for the actor: 404 when it does not exist or is another
 * owner's (nothing is told about it), 403 when the actor has no part in it.
 */
export async function openCase(db: Queryable, clock: Clock, actor: Actor, caseId: string, forUpdate = false): Promise<OpenedCase> {
  const today = schoolTimeOf(clock.now()).date;
  const row = await repo.findCase(db, caseId, forUpdate);
  if (!row || row.owner_id !== actor.ownerId) throw notFound();
  const pupil = await figuresRepo.pupilRef(db, row.pupil_id, today);
  const [members, consents] = await Promise.all([repo.membersOf(db, row.id), repo.consentsOf(db, row.id)]);
  const contactTeacherIds = pupil?.contact_teacher_ids ?? [];
  const relation = relationTo(actor, row, contactTeacherIds, members.map((m) => m.user_id), consentedServices(row.id, members, consents, today));
  if (relation === null) throw forbidden();
  const staircase = caseStaircase(row);
  const events = await repo.eventsOf(db, row.id);
  const replayed = replayCase(events, staircase);
  if (!replayed.ok) throw new Error(`The stored log of case ${row.id} does not replay: ${replayed.error.code} at ${replayed.error.eventId}`);
  return { row, staircase, events, state: replayed.state, relation, contactTeacherIds, members, consents, today };
}

/** What a write produces: the events (without id, by), the audit rows, and what to give back. */
export interface Commit<T> {
  events: DistributiveOmit<CaseEvent, 'id' | 'by'>[];
  audit: AuditEntry[];
  result: T;
}
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

export const nowIso = (clock: Clock) => clock.now().toISOString();

/**
 * Runs a write against a case in one transaction with the case row locked:
 * `write` stores any records and returns the events they make; each event is
 * applied to the state first, and a refusal rolls the whole write back.
 */
export async function commitToCase<T>(
  database: Database,
  clock: Clock,
  actor: Actor,
  caseId: string,
  write: (tx: Queryable, opened: OpenedCase) => Promise<Commit<T>>,
): Promise<T> {
  return database.transaction(async (tx) => {
    const opened = await openCase(tx, clock, actor, caseId, true);
    // An outside service reads by consent; it records nothing in the school's case.
    if (opened.relation === 'consent') throw forbidden();
    const made = await write(tx, opened);
    let state = opened.state;
    let seq = opened.events.length;
    for (const partial of made.events) {
      const event = { ...partial, id: randomUUID(), by: actor.userId } as CaseEvent;
      const applied = applyCaseEvent(state, event, opened.staircase);
      if (!applied.ok) throw caseRefused(applied.error);
      state = applied.state;
      seq += 1;
      await repo.appendEvent(tx, opened.row.id, opened.row.owner_id, seq, event, actor.userId);
    }
    if (made.events.length > 0) {
      const closing = state.closings[state.closings.length - 1];
      await repo.setCaseListing(tx, opened.row.id, {
        status: state.status,
        currentStepId: currentVisit(state).stepId,
        closedAt: state.status === 'closed' && closing ? closing.at : null,
      });
    }
    await audit(
      tx,
      actor,
      made.audit.map((entry) => ({ ...entry, pupilId: opened.row.pupil_id, reason: entry.reason ?? opened.relation, details: { caseId: opened.row.id, ...entry.details } })),
    );
    return made.result;
  });
}
