// A warning's letter as PDF for whoever may see the pupil's limit: the pupil
// and the guardians (for whom opening it records the opening), and the staff.
import type { Database } from '../../db/client.js';
import type { Clock } from '../../clock.js';
import type { Actor } from '../../../domain/access.js';
import { isAdultOn } from '../../../domain/age.js';
import { schoolTimeOf } from '../../../domain/dates.js';
import type { Locale } from '../../../contracts/locale.js';
import * as repo from '../../db/repositories/upper-secondary.js';
import { notFound } from '../../app-error.js';
import { audit } from '../audit.js';
import { limitWarningDocument } from '../../documents/limit-warning-document.js';
import { renderPdf } from '../../documents/render-pdf.js';
import { limitViewerOf, loadLimitPupil } from './limit-viewer.js';
import { schoolKindOf } from './pupil-limits.js';
import { warningLetter, type StoredFigures } from './warnings.js';

export async function getWarningPdf(database: Database, clock: Clock, actor: Actor, warningId: string, locale: Locale): Promise<{ pdf: Buffer; fileName: string }> {
  const today = schoolTimeOf(clock.now()).date;
  const warning = await repo.findWarning(database, warningId);
  if (!warning || warning.owner_id !== actor.ownerId) throw notFound();
  const pupil = await loadLimitPupil(database, actor, warning.pupil_id, today);
  const viewer = await limitViewerOf(database, actor, pupil, today);
  const [subject] = await repo.subjectsWithHours(database, [warning.subject_id]);
  const assessments = await repo.assessmentsOf(database, pupil.school_year_id ? [pupil.school_year_id] : []);
  const stored = assessments.find((a) => a.subject_id === warning.subject_id && a.kind === warning.assessment_kind && a.date === warning.assessment_date);
  const pupilName = `${pupil.given_name} ${pupil.family_name}`;
  // The guardians' letter for guardians, and for staff while the pupil was under 18 when it went.
  const to = viewer.relation === 'guardian' || (viewer.relation === 'staff' && !isAdultOn(pupil.birth_date, warning.sent_on)) ? 'guardians' : 'pupil';
  const letter = warningLetter(
    { figures: warning.figures as unknown as StoredFigures, kind: warning.assessment_kind, date: warning.assessment_date, limitApplies: stored?.limit_applies ?? warning.assessment_kind === 'final', sentOn: warning.sent_on },
    {
      locale, to, pupilName, schoolName: pupil.school_name, schoolKind: schoolKindOf(pupil), subjectName: subject?.name ?? warning.subject_name,
      subjectCode: subject?.code ?? '', signatory: await repo.schoolSignatory(database, pupil.school_id),
    },
  );
  if (viewer.recipientKeys.length > 0) await repo.openByRecipient(database, warning.id, viewer.recipientKeys, clock.now());
  await audit(database, actor, [{ action: 'read', entity: 'limit_warning', entityId: warning.id, pupilId: pupil.id, reason: viewer.auditReason }]);
  const model = limitWarningDocument(
    { locale, school: { name: pupil.school_name, ownerName: pupil.owner_name }, pupil: { name: pupilName, ...(pupil.class_name ? { className: pupil.class_name } : {}) }, today: warning.sent_on },
    letter,
  );
  return { pdf: await renderPdf(model), fileName: `varsel-${(subject?.code ?? 'fag').toLowerCase()}-${warning.sent_on}.pdf` };
}
