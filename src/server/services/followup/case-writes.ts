// Recording in a case: each write stores its record (contact, conversation,
// meeting, mapping, agreement version, consent) and the event naming it, or the move,
// task, closing or reopening, through commitToCase, so that the state machine
// decides first and a refusal writes nothing.
import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type { Database } from '../../db/client.js';
import type { Clock } from '../../clock.js';
import type { Actor } from '../../../domain/access.js';
import { evaluateAgreement, makeAgreement, reviseAgreement, unknownQuestions, findGuide, type AgreementProblem } from '../../../domain/followup/index.js';
import type {
  agreementBodySchema,
  closeCaseSchema,
  evaluationBodySchema,
  memberSchema,
  moveSchema,
  NewMapping,
  newContactSchema,
  newConversationSchema,
  newMeetingSchema,
  newTaskSchema,
  reopenCaseSchema,
} from '../../../contracts/followup-api.js';
import type { MeetingMinutes } from '../../../contracts/followup-records.js';
import type { NewConsent } from '../../../contracts/followup-consent.js';
import { AppError, badRequest, notFound } from '../../app-error.js';
import * as repo from './repository.js';
import { commitToCase, nowIso } from './case-context.js';
import { loadAgreements } from './cases.js';

type In<S extends z.ZodType> = z.output<S>;

export async function logContact(database: Database, clock: Clock, actor: Actor, caseId: string, body: In<typeof newContactSchema>) {
  return commitToCase(database, clock, actor, caseId, async (tx, opened) => {
    const { at, ...entry } = body;
    const id = await repo.insertContact(tx, { caseId, ownerId: opened.row.owner_id, at, channel: body.channel, entry, by: actor.userId });
    return { events: [{ type: 'contactLogged', at, recordId: id }], audit: [{ action: 'create', entity: 'case_contact', entityId: id }], result: id };
  });
}

export async function holdConversation(database: Database, clock: Clock, actor: Actor, caseId: string, body: In<typeof newConversationSchema>) {
  if (body.guideId !== undefined) {
    const guide = findGuide(body.guideId);
    if (!guide) throw badRequest([{ path: 'body.guideId', key: 'followup:caseErrors.unknownGuide' }]);
    const unknown = unknownQuestions(guide, body.answers);
    if (unknown.length > 0) throw badRequest(unknown.map((q) => ({ path: `body.answers.${body.answers.findIndex((a) => a.questionId === q)}.questionId`, key: 'followup:caseErrors.unknownQuestion' })));
  }
  return commitToCase(database, clock, actor, caseId, async (tx, opened) => {
    const { at, pupilVoice, with: party, ...rest } = body;
    const id = await repo.insertConversation(tx, { caseId, ownerId: opened.row.owner_id, at, with: party, guideId: body.guideId ?? null, conversation: { with: party, ...rest }, pupilVoice, by: actor.userId });
    return {
      events: [{ type: 'conversationHeld', at, recordId: id, with: party, minutes: body.minutes !== undefined }],
      audit: [{ action: 'create', entity: 'case_conversation', entityId: id, details: { with: party } }],
      result: id,
    };
  });
}

/** A meeting planned: its invitation and agenda; it counts as held when the minutes come. */
export async function planMeeting(database: Database, clock: Clock, actor: Actor, caseId: string, body: In<typeof newMeetingSchema>) {
  return commitToCase(database, clock, actor, caseId, async (tx, opened) => {
    if (opened.state.status === 'closed') throw new AppError(409, 'case_closed', 'followup:caseErrors.closed');
    const id = await repo.insertMeeting(tx, { caseId, ownerId: opened.row.owner_id, title: body.title, meetingOn: body.invitation.date, invitation: body.invitation, by: actor.userId });
    return { events: [], audit: [{ action: 'create', entity: 'case_meeting', entityId: id }], result: id };
  });
}

export async function writeMinutes(database: Database, clock: Clock, actor: Actor, caseId: string, meetingId: string, minutes: MeetingMinutes) {
  return commitToCase(database, clock, actor, caseId, async (tx) => {
    const meeting = (await repo.meetingsOf(tx, caseId)).find((m) => m.id === meetingId);
    if (!meeting) throw notFound();
    const { pupilVoice, ...rest } = minutes;
    if (!(await repo.setMeetingMinutes(tx, meetingId, rest, pupilVoice, minutes.heldAt, actor.userId))) throw new AppError(409, 'minutes_written', 'followup:caseErrors.minutesWritten');
    return {
      events: [{ type: 'meetingHeld', at: minutes.heldAt, recordId: meetingId, minutes: true }],
      audit: [{ action: 'update', entity: 'case_meeting', entityId: meetingId, details: { minutes: true } }],
      result: meetingId,
    };
  });
}

export async function addMapping(database: Database, clock: Clock, actor: Actor, caseId: string, body: NewMapping) {
  return commitToCase(database, clock, actor, caseId, async (tx, opened) => {
    const { at, ...content } = body.mapping;
    const perspective = 'perspective' in body.mapping ? body.mapping.perspective : null;
    const id = await repo.insertMapping(tx, { caseId, ownerId: opened.row.owner_id, tool: body.tool, perspective, at, content, by: actor.userId });
    return {
      events: [{ type: 'mappingDone', at, recordId: id, tool: body.tool }],
      audit: [{ action: 'create', entity: 'case_mapping', entityId: id, details: { tool: body.tool, perspective } }],
      result: id,
    };
  });
}

function agreementRefused(problems: AgreementProblem[]): AppError {
  return badRequest(problems.map((p) => ({ path: ['body', ...p.path].join('.'), key: `followup:agreementProblems.${p.code}` })));
}

export async function makeCaseAgreement(database: Database, clock: Clock, actor: Actor, caseId: string, body: In<typeof agreementBodySchema>) {
  return commitToCase(database, clock, actor, caseId, async (tx, opened) => {
    const at = nowIso(clock);
    const made = makeAgreement({ id: randomUUID(), caseId }, body.content, { at, by: actor.userId });
    if (!made.ok) throw agreementRefused(made.problems);
    const id = await repo.insertAgreement(tx, caseId, opened.row.owner_id, actor.userId);
    await repo.insertAgreementVersion(tx, { agreementId: id, ownerId: opened.row.owner_id, number: 1, kind: 'made', content: body.content, evaluation: null, by: actor.userId, at });
    return {
      events: [{ type: 'agreementMade', at, agreementId: id, version: 1 }],
      audit: [{ action: 'create', entity: 'case_agreement', entityId: id, details: { version: 1 } }],
      result: id,
    };
  });
}

async function agreementOf(tx: Parameters<Parameters<typeof commitToCase>[4]>[0], caseId: string, agreementId: string) {
  const agreement = (await loadAgreements(tx, caseId)).find((a) => a.id === agreementId);
  if (!agreement) throw notFound();
  return agreement;
}

export async function reviseCaseAgreement(database: Database, clock: Clock, actor: Actor, caseId: string, agreementId: string, body: In<typeof agreementBodySchema>) {
  return commitToCase(database, clock, actor, caseId, async (tx, opened) => {
    const at = nowIso(clock);
    const revised = reviseAgreement(await agreementOf(tx, caseId, agreementId), body.content, { at, by: actor.userId });
    if (!revised.ok) throw agreementRefused(revised.problems);
    const version = revised.agreement.versions[revised.agreement.versions.length - 1]!;
    await repo.insertAgreementVersion(tx, { agreementId, ownerId: opened.row.owner_id, number: version.number, kind: 'revised', content: version.content, evaluation: null, by: actor.userId, at });
    return {
      events: [{ type: 'agreementMade', at, agreementId, version: version.number }],
      audit: [{ action: 'update', entity: 'case_agreement', entityId: agreementId, details: { version: version.number } }],
      result: agreementId,
    };
  });
}

export async function evaluateCaseAgreement(database: Database, clock: Clock, actor: Actor, caseId: string, agreementId: string, body: In<typeof evaluationBodySchema>) {
  return commitToCase(database, clock, actor, caseId, async (tx, opened) => {
    const at = nowIso(clock);
    const evaluated = evaluateAgreement(await agreementOf(tx, caseId, agreementId), body.evaluation, { at, by: actor.userId }, body.nextEvaluationOn);
    if (!evaluated.ok) throw agreementRefused(evaluated.problems);
    const version = evaluated.agreement.versions[evaluated.agreement.versions.length - 1]!;
    await repo.insertAgreementVersion(tx, {
      agreementId,
      ownerId: opened.row.owner_id,
      number: version.number,
      kind: 'evaluated',
      content: version.content,
      evaluation: body.evaluation,
      by: actor.userId,
      at,
    });
    return {
      events: [{ type: 'evaluationDone', at, agreementId, version: version.number, outcomes: body.evaluation.outcomes }],
      audit: [{ action: 'update', entity: 'case_agreement', entityId: agreementId, details: { version: version.number, evaluated: true, outcomes: body.evaluation.outcomes } }],
      result: agreementId,
    };
  });
}

export async function moveCase(database: Database, clock: Clock, actor: Actor, caseId: string, body: In<typeof moveSchema>) {
  return commitToCase(database, clock, actor, caseId, async () => {
    const at = nowIso(clock);
    const event =
      body.move === 'advance'
        ? { type: 'stepAdvanced' as const, at, ...(body.toStep ? { toStep: body.toStep } : {}) }
        : body.move === 'stay'
          ? { type: 'stepStayed' as const, at, ...(body.note ? { note: body.note } : {}) }
          : { type: 'stepWentBack' as const, at, ...(body.toStep ? { toStep: body.toStep } : {}), ...(body.note ? { note: body.note } : {}) };
    return { events: [event], audit: [{ action: 'update', entity: 'followup_case', entityId: caseId, details: { move: body.move, toStep: body.toStep } }], result: caseId };
  });
}

export async function assignTask(database: Database, clock: Clock, actor: Actor, caseId: string, body: In<typeof newTaskSchema>) {
  return commitToCase(database, clock, actor, caseId, async (tx, opened) => {
    const staff = await repo.schoolStaff(tx, opened.row.school_id);
    const assignee = staff.find((s) => s.id === body.assigneeUserId);
    if (!assignee) throw badRequest([{ path: 'body.assigneeUserId', key: 'followup:caseErrors.notStaff' }]);
    const taskId = randomUUID();
    return {
      events: [{ type: 'taskAssigned', at: nowIso(clock), taskId, title: body.title, assignee: { userId: assignee.id, name: assignee.name }, ...(body.dueOn ? { dueOn: body.dueOn } : {}) }],
      audit: [{ action: 'update', entity: 'followup_case', entityId: caseId, details: { taskAssigned: taskId, assignee: assignee.id } }],
      result: taskId,
    };
  });
}

export async function completeTask(database: Database, clock: Clock, actor: Actor, caseId: string, taskId: string) {
  return commitToCase(database, clock, actor, caseId, async () => ({
    events: [{ type: 'taskDone', at: nowIso(clock), taskId }],
    audit: [{ action: 'update', entity: 'followup_case', entityId: caseId, details: { taskDone: taskId } }],
    result: taskId,
  }));
}

export async function closeCase(database: Database, clock: Clock, actor: Actor, caseId: string, body: In<typeof closeCaseSchema>) {
  return commitToCase(database, clock, actor, caseId, async () => ({
    events: [{ type: 'caseClosed', at: nowIso(clock), reason: body.reason, ...(body.note ? { note: body.note } : {}) }],
    audit: [{ action: 'update', entity: 'followup_case', entityId: caseId, details: { closed: body.reason } }],
    result: caseId,
  }));
}

export async function reopenCase(database: Database, clock: Clock, actor: Actor, caseId: string, body: In<typeof reopenCaseSchema>) {
  return commitToCase(database, clock, actor, caseId, async (tx, opened) => {
    const [other] = await repo.openCaseOfPupil(tx, opened.row.pupil_id);
    if (other && other.id !== caseId) throw new AppError(409, 'open_case_exists', 'followup:caseErrors.openCaseExists');
    return {
      events: [{ type: 'caseReopened', at: nowIso(clock), note: body.note, ...(body.atStep ? { atStep: body.atStep } : {}) }],
      audit: [{ action: 'update', entity: 'followup_case', entityId: caseId, details: { reopened: true } }],
      result: caseId,
    };
  });
}

/** The team around the pupil: staff of the school only. */
export async function setMember(database: Database, clock: Clock, actor: Actor, caseId: string, body: In<typeof memberSchema>) {
  return commitToCase(database, clock, actor, caseId, async (tx, opened) => {
    // The school's own people from its staff; an outside service from the owner's outside services, who see nothing until a consent names their service.
    const people = body.role === 'outsideService' ? await repo.outsideServiceUsers(tx, opened.row.owner_id) : await repo.schoolStaff(tx, opened.row.school_id);
    if (!people.some((s) => s.id === body.userId)) {
      throw badRequest([{ path: 'body.userId', key: body.role === 'outsideService' ? 'followup:caseErrors.notOutsideService' : 'followup:caseErrors.notStaff' }]);
    }
    await repo.addMember(tx, caseId, opened.row.owner_id, body.userId, body.role, actor.userId, body.service ?? null);
    return { events: [], audit: [{ action: 'update', entity: 'case_member', entityId: body.userId, details: { role: body.role, ...(body.service ? { service: body.service } : {}) } }], result: caseId };
  });
}

/** A consent given or refused, as the family filled in the form; a given one lets the services it names see the case from its day. */
export async function recordConsent(database: Database, clock: Clock, actor: Actor, caseId: string, body: NewConsent) {
  return commitToCase(database, clock, actor, caseId, async (tx, opened) => {
    if (opened.state.status === 'closed') throw new AppError(409, 'case_closed', 'followup:caseErrors.closed');
    const { decision, givenOn, ...content } = body;
    const id = await repo.insertConsent(tx, { caseId, ownerId: opened.row.owner_id, decision, givenOn, content, by: actor.userId });
    return {
      // Only a consent given is the record a step asks for; a refusal is kept and shown, and moves nothing.
      events: decision === 'given' ? [{ type: 'consentRecorded' as const, at: nowIso(clock), consentId: id }] : [],
      audit: [{ action: 'create', entity: 'case_consent', entityId: id, details: { decision, services: body.services.map((s) => s.service) } }],
      result: id,
    };
  });
}

/** Withdrawn at the family's word: from today the services it named see nothing more of the case. */
export async function withdrawConsent(database: Database, clock: Clock, actor: Actor, caseId: string, consentId: string) {
  return commitToCase(database, clock, actor, caseId, async (tx, opened) => {
    const stored = opened.consents.find((c) => c.id === consentId);
    if (!stored) throw notFound();
    if (!(await repo.withdrawConsent(tx, caseId, consentId, opened.today, actor.userId))) throw new AppError(409, 'consent_not_in_force', 'followup:caseErrors.consentNotWithdrawable');
    return { events: [], audit: [{ action: 'update', entity: 'case_consent', entityId: consentId, details: { withdrawn: true } }], result: consentId };
  });
}

export async function removeMember(database: Database, clock: Clock, actor: Actor, caseId: string, userId: string) {
  return commitToCase(database, clock, actor, caseId, async (tx) => {
    await repo.removeMember(tx, caseId, userId);
    return { events: [], audit: [{ action: 'delete', entity: 'case_member', entityId: userId }], result: caseId };
  });
}
