// The short notices that tell the pupil (or the guardians) how a request was
// decided: handed-in documentation accepted or rejected by the contact teacher,
// and a contested mark corrected or left standing by the subject teacher. A
// rejection always carries its reason, which the deciding teacher writes.
import type { Locale } from '../../contracts/locale.js';
import { formatDate, text } from './letter-text.js';
import type { LetterDocument } from './warning-letter.js';

export type DocumentationDecision = { accepted: true; lessonDate: string } | { accepted: false; lessonDate: string; reason: string; deadline: string | null };

export function buildDocumentationDecision(decision: DocumentationDecision, locale: Locale): LetterDocument {
  const date = formatDate(locale, decision.lessonDate);
  if (decision.accepted) {
    const title = text(locale, 'documentationDecision.acceptedTitle');
    return { locale, title, blocks: [{ kind: 'heading', level: 1, text: title }, { kind: 'paragraph', text: text(locale, 'documentationDecision.accepted', { date }) }] };
  }
  const title = text(locale, 'documentationDecision.rejectedTitle');
  const blocks: LetterDocument['blocks'] = [
    { kind: 'heading', level: 1, text: title },
    { kind: 'paragraph', text: text(locale, 'documentationDecision.rejected', { date, reason: decision.reason }) },
  ];
  if (decision.deadline !== null) {
    blocks.push({ kind: 'paragraph', text: text(locale, 'documentationDecision.rejectedNext', { deadline: formatDate(locale, decision.deadline) }) });
  }
  return { locale, title, blocks };
}

export type ComplaintDecision =
  | { accepted: true; subject: string; lessonDate: string; period: number }
  | { accepted: false; subject: string; lessonDate: string; period: number; reason: string; schoolKind: 'public' | 'private' };

export function buildComplaintDecision(decision: ComplaintDecision, locale: Locale): LetterDocument {
  const vars = { subject: decision.subject, date: formatDate(locale, decision.lessonDate), period: decision.period };
  if (decision.accepted) {
    const title = text(locale, 'complaintDecision.acceptedTitle');
    return { locale, title, blocks: [{ kind: 'heading', level: 1, text: title }, { kind: 'paragraph', text: text(locale, 'complaintDecision.accepted', vars) }] };
  }
  const title = text(locale, 'complaintDecision.rejectedTitle');
  return {
    locale,
    title,
    blocks: [
      { kind: 'heading', level: 1, text: title },
      { kind: 'paragraph', text: text(locale, 'complaintDecision.rejected', { ...vars, reason: decision.reason }) },
      { kind: 'paragraph', text: text(locale, 'complaintDecision.rejectedNext', { principal: text(locale, `principal.${decision.schoolKind}`) }) },
    ],
  };
}
