// The invitation to a meeting about school absence, with its agenda: sent to
// the guardians (and the pupil) before the mapping or collaboration meeting.
import type { Meeting } from '../../contracts/followup-records.js';
import type { DocumentContext, DocumentModel } from './document-model.js';
import { clock, documentFrame, inSentence, longDate, personLine, pupilFacts, textsFor } from './texts.js';

export function invitationDocument(ctx: DocumentContext, meeting: Meeting, options: { staircaseName?: string; from?: string } = {}): DocumentModel {
  const t = textsFor(ctx.locale);
  const title = t('documents.invitation.title');
  const { invitation } = meeting;
  const family = invitation.invited.filter((p) => p.role === 'guardians' || p.role === 'pupil');
  const time = t('documents.invitation.time', { date: longDate(invitation.date, ctx.locale), from: clock(invitation.from, ctx.locale), to: clock(invitation.to, ctx.locale) });
  return {
    kind: 'invitation',
    title,
    subtitle: meeting.title,
    ...documentFrame(ctx, t, title),
    blocks: [
      { kind: 'facts', rows: [...(family.length > 0 ? [[t('documents.invitation.to'), family.map((p) => p.name).join(', ')] as [string, string]] : []), ...pupilFacts(ctx, t)] },
      ...(invitation.message ? [{ kind: 'paragraph' as const, text: invitation.message }] : []),
      {
        kind: 'facts',
        rows: [
          [t('documents.invitation.when'), time],
          [t('documents.invitation.where'), invitation.place],
          [t('documents.invitation.who'), invitation.invited.map((p) => personLine(p, t)).join(', ')],
        ],
      },
      { kind: 'heading', text: t('documents.invitation.agenda') },
      { kind: 'list', ordered: true, items: invitation.agenda.map((item) => (item.detail ? `${item.title}: ${item.detail}` : item.title)) },
      ...(options.staircaseName ? [{ kind: 'paragraph' as const, text: t('documents.invitation.routinesNote', { staircase: inSentence(options.staircaseName) }) }] : []),
      { kind: 'paragraph', text: t('documents.invitation.reply') },
      { kind: 'paragraph', text: t('documents.invitation.regards') },
      { kind: 'paragraph', tone: 'strong', text: [options.from ?? ctx.contactTeacher, ctx.school.name].filter(Boolean).join('\n') },
    ],
  };
}
