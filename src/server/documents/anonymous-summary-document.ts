// The case for an anonymised consultation (anonym drøfting): without a
// consent, the school may discuss the case with PPT, BUP or the health service
// only so that the pupil cannot be recognised. The action plan's content, with
// the pupil, class, school, contact teacher and every name in the free text
// taken out, and a note to read it through before it is shared.
import type { Block, DocumentContext, DocumentModel } from './document-model.js';
import { actionPlanDocument, type ActionPlanInput } from './action-plan-document.js';
import { nameScrubber, scrubStrings } from './scrub-names.js';
import { documentFrame, textsFor } from './texts.js';

export interface PeopleOfTheCase {
  pupil: readonly string[];
  guardians: readonly string[];
  staff: readonly string[];
}

export function anonymousSummaryDocument(ctx: DocumentContext, input: ActionPlanInput, people: PeopleOfTheCase): DocumentModel {
  const t = textsFor(ctx.locale);
  const anonymous: DocumentContext = {
    locale: ctx.locale,
    school: { name: ctx.school.ownerName ?? t('documents.anonymous.owner') },
    pupil: { name: t('documents.anonymous.pupil') },
    today: ctx.today,
  };
  const scrub = nameScrubber([
    { placeholder: t('documents.anonymous.pupilMark'), names: people.pupil },
    { placeholder: t('documents.anonymous.guardianMark'), names: people.guardians },
    { placeholder: t('documents.anonymous.staffMark'), names: people.staff },
  ]);
  const plan = actionPlanDocument(anonymous, input);
  // No facts block (it names the school) and no signatures: this paper is for talking, not for signing.
  const kept = plan.blocks.filter((b) => b.kind !== 'facts' && b.kind !== 'signatures');
  const title = t('documents.anonymous.title');
  const blocks: Block[] = [{ kind: 'paragraph', tone: 'strong', text: t('documents.anonymous.note') }, ...scrubStrings(kept, scrub)];
  return { kind: 'anonymousSummary', title, subtitle: plan.subtitle, ...documentFrame(anonymous, t, title), blocks };
}
