// The case's letters in bokmål, nynorsk or English: a meeting's invitation
// and minutes, a conversation's minutes, the collaboration agreement (any
// version), the action plan made from the case's schedule (also anonymised,
// for a consultation without consent) and a consent form. One document
// model is made for the PDF and for the print view the browser prints, so the
// two say the same. Each download and each print view is audited: a letter
// carries the pupil's follow-up data.
import type { Database } from '../../db/client.js';
import type { Clock } from '../../clock.js';
import type { Actor } from '../../../domain/access.js';
import type { Locale } from '../../../contracts/locale.js';
import type { DOCUMENT_KINDS } from '../../../contracts/followup-api.js';
import { ageOn } from '../../../domain/age.js';
import { findGuide } from '../../../domain/followup/index.js';
import { invitationDocument } from '../../documents/invitation-document.js';
import { conversationMinutesDocument, meetingMinutesDocument } from '../../documents/minutes-document.js';
import { agreementDocument } from '../../documents/agreement-document.js';
import { actionPlanDocument } from '../../documents/action-plan-document.js';
import { consentDocument } from '../../documents/consent-document.js';
import { anonymousSummaryDocument } from '../../documents/anonymous-summary-document.js';
import { renderPdf } from '../../documents/render-pdf.js';
import type { DocumentContext, DocumentModel } from '../../documents/document-model.js';
import { badRequest, notFound } from '../../app-error.js';
import { audit } from '../audit.js';
import * as repo from './repository.js';
import { consentOf, openCase } from './case-context.js';
import { loadRecords, scheduleOf } from './cases.js';

export type CaseDocumentKind = (typeof DOCUMENT_KINDS)[number];

export interface CaseDocumentOptions {
  locale: Locale;
  id?: string;
  version?: number;
}

/**
 * The document's model, after the same access check as the case itself, with its audit row: `export` for a PDF
 * that leaves the app, `read` for the print view shown in the browser.
 */
export async function caseDocumentModel(
  database: Database,
  clock: Clock,
  actor: Actor,
  caseId: string,
  kind: CaseDocumentKind,
  options: CaseDocumentOptions & { format: 'pdf' | 'print' },
): Promise<{ model: DocumentModel; fileName: string }> {
  const opened = await openCase(database, clock, actor, caseId);
  const { row, staircase, state } = opened;
  const records = await loadRecords(database, row.id);
  const [owner] = await database.query<{ name: string; birth_date: string }>(
    'select o.name, p.birth_date from school_owners o join pupils p on p.owner_id = o.id where o.id = $1 and p.id = $2',
    [row.owner_id, row.pupil_id],
  );
  const teachers = await repo.userNames(database, opened.contactTeacherIds);
  const ctx: DocumentContext = {
    locale: options.locale,
    school: { name: row.school_name, ...(owner ? { ownerName: owner.name } : {}) },
    pupil: { name: `${row.given_name} ${row.family_name}`, ...(row.class_name ? { className: row.class_name } : {}), ...(owner?.birth_date ? { birthDate: owner.birth_date } : {}) },
    ...(teachers[0] ? { contactTeacher: teachers[0].name } : {}),
    today: opened.today,
  };
  const need = () => {
    if (!options.id) throw badRequest([{ path: 'querystring.id', key: 'followup:caseErrors.documentNeedsId' }]);
    return options.id;
  };
  let model: DocumentModel;
  let recordId: string | null = null;
  switch (kind) {
    case 'invitation':
    case 'minutes': {
      const meeting = records.meetings.find((m) => m.record.id === need())?.record;
      if (!meeting || (kind === 'minutes' && !meeting.minutes)) throw notFound();
      recordId = meeting.id;
      model = kind === 'invitation' ? invitationDocument(ctx, meeting, { staircaseName: staircase.name[options.locale] }) : meetingMinutesDocument(ctx, meeting);
      break;
    }
    case 'conversationMinutes': {
      const conversation = records.conversations.find((c) => c.record.id === need())?.record;
      if (!conversation) throw notFound();
      recordId = conversation.id;
      const guide = conversation.guideId ? findGuide(conversation.guideId) : undefined;
      model = conversationMinutesDocument(ctx, conversation, guide);
      break;
    }
    case 'agreement': {
      const agreement = records.agreements.find((a) => a.id === need());
      if (!agreement || (options.version !== undefined && !agreement.versions.some((v) => v.number === options.version))) throw notFound();
      recordId = agreement.id;
      model = agreementDocument(ctx, agreement, options.version);
      break;
    }
    case 'actionPlan': {
      const schedule = await scheduleOf(database, clock, opened);
      const agreement = records.agreements[records.agreements.length - 1];
      model = actionPlanDocument(ctx, { state, schedule, staircase, ...(agreement ? { agreement } : {}), causeMappings: records.mappings.causeMappings });
      break;
    }
    case 'anonymousSummary': {
      const schedule = await scheduleOf(database, clock, opened);
      const agreement = records.agreements[records.agreements.length - 1];
      const [guardians, staff] = await Promise.all([
        repo.guardianNames(database, row.pupil_id),
        repo.schoolStaff(database, row.school_id),
      ]);
      const people = {
        pupil: [`${row.given_name} ${row.family_name}`],
        guardians: guardians.map((g) => g.name),
        staff: [...staff.map((s) => s.name), ...opened.members.map((m) => m.name), ...teachers.map((t) => t.name)],
      };
      model = anonymousSummaryDocument(ctx, { state, schedule, staircase, ...(agreement ? { agreement } : {}), causeMappings: records.mappings.causeMappings }, people);
      break;
    }
    case 'consent': {
      const stored = opened.consents.find((c) => c.id === need());
      if (!stored) throw notFound();
      recordId = stored.id;
      const consent = consentOf(row.id, stored);
      model = consentDocument(ctx, consent, owner?.birth_date ? ageOn(owner.birth_date, consent.givenOn) : 0);
      break;
    }
  }
  await audit(database, actor, [
    {
      action: options.format === 'pdf' ? 'export' : 'read',
      entity: 'case_document',
      entityId: recordId ?? row.id,
      pupilId: row.pupil_id,
      reason: opened.relation,
      details: { caseId: row.id, kind, format: options.format, locale: options.locale, version: options.version },
    },
  ]);
  const name = `${row.given_name}-${row.family_name}`.normalize('NFD').replace(/[^A-Za-z0-9-]/g, '');
  return { model, fileName: `${kind}-${name}-${opened.today}.pdf` };
}

/** The document as a PDF to download. */
export async function caseDocument(
  database: Database,
  clock: Clock,
  actor: Actor,
  caseId: string,
  kind: CaseDocumentKind,
  options: CaseDocumentOptions,
): Promise<{ pdf: Buffer; fileName: string; model: DocumentModel }> {
  const { model, fileName } = await caseDocumentModel(database, clock, actor, caseId, kind, { ...options, format: 'pdf' });
  return { pdf: await renderPdf(model), fileName, model };
}

/** The document as the print view draws it: the PDF's model, as data. */
export async function caseDocumentPrintView(database: Database, clock: Clock, actor: Actor, caseId: string, kind: CaseDocumentKind, options: CaseDocumentOptions): Promise<DocumentModel> {
  return (await caseDocumentModel(database, clock, actor, caseId, kind, { ...options, format: 'print' })).model;
}
