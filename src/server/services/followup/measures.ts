// The measure bank and the conversation guides for the case page: search in
// any language, and suggestions from what the case's mapping found (sleep
// problems lead to evening and morning routines), leaving out the measures
// the agreement has already.
import type { Database } from '../../db/client.js';
import type { Clock } from '../../clock.js';
import type { Actor } from '../../../domain/access.js';
import { getConversationGuides, getMeasureBank, searchMeasures, suggestMeasures, type MeasureDefinition } from '../../../domain/followup/index.js';
import type { Guides, MeasureHit, MeasureSearch } from '../../../contracts/followup-api.js';
import { forbidden } from '../../app-error.js';
import { audit } from '../audit.js';
import { openCase } from './case-context.js';
import { loadRecords } from './cases.js';

const STAFF = ['teacher', 'leadership', 'counsellor', 'nurse', 'resource_team'];

function requireStaff(actor: Actor) {
  if (!actor.roles.some((r) => STAFF.includes(r.role))) throw forbidden();
}

const hit = (measure: MeasureDefinition, reasons: MeasureHit['reasons'] = []): MeasureHit => ({
  id: measure.id,
  category: measure.category,
  party: measure.party,
  title: measure.title,
  ...(measure.description ? { description: measure.description } : {}),
  reasons,
});

export function searchMeasureBank(actor: Actor, query: { q?: string | undefined; category?: string | undefined }): MeasureSearch {
  requireStaff(actor);
  const bank = getMeasureBank();
  return {
    categories: bank.categories.map((c) => ({ id: c.id, name: c.name })),
    measures: searchMeasures(bank, query.q ?? '', query.category ? { category: query.category } : {}).map((h) => hit(h.measure)),
  };
}

export async function caseSuggestions(database: Database, clock: Clock, actor: Actor, caseId: string): Promise<MeasureSearch> {
  const opened = await openCase(database, clock, actor, caseId);
  const records = await loadRecords(database, caseId);
  const bank = getMeasureBank();
  const inAgreement = new Set(records.agreements.flatMap((a) => a.versions[a.versions.length - 1]!.content.measures.flatMap((m) => (m.measureId ? [m.measureId] : []))));
  const suggestions = suggestMeasures(bank, { causeMappings: records.mappings.causeMappings, scalings: records.mappings.scalings, circles: records.mappings.circles }, inAgreement);
  await audit(database, actor, [{ action: 'read', entity: 'case_mapping', entityId: caseId, pupilId: opened.row.pupil_id, reason: 'measure_suggestions' }]);
  return {
    categories: bank.categories.map((c) => ({ id: c.id, name: c.name })),
    measures: suggestions.map((s) => hit(s.measure, s.reasons.map((r) => ({ why: r.why, evidence: r.evidence })))),
  };
}

export function conversationGuides(actor: Actor): Guides {
  requireStaff(actor);
  const data = getConversationGuides();
  return {
    guides: data.guides.map((g) => ({ id: g.id, for: g.for, name: g.name, purpose: g.purpose, sections: g.sections })),
    agendas: data.agendas.map((a) => ({ id: a.id, name: a.name, message: a.message, items: a.items })),
  };
}
