// Minutes of a meeting, and of a conversation held from a guide: who took
// part, what was said, what was agreed, and the pupil's voice in its own part.
import type { Conversation, Meeting, PupilVoice } from '../../contracts/followup-records.js';
import type { ConversationGuide } from '../../domain/followup/conversation-guides.js';
import type { Block, DocumentContext, DocumentModel } from './document-model.js';
import { clock, dateAndTime, documentFrame, longDate, personLine, pupilFacts, shortDate, textsFor, type DocumentT } from './texts.js';

function pupilVoiceBlocks(voice: PupilVoice, t: DocumentT): Block[] {
  const rows: [string, string][] = [[t('documents.minutes.howHeard'), t(`pupilVoiceWays.${voice.how}`)]];
  if (voice.throughWhom) rows.push([t('documents.minutes.throughWhom'), voice.throughWhom]);
  if (voice.whyNotHeard) rows.push([t('documents.minutes.whyNotHeard'), voice.whyNotHeard]);
  return [{ kind: 'heading', text: t('documents.minutes.pupilVoice') }, { kind: 'facts', rows }, ...(voice.text ? [{ kind: 'paragraph' as const, text: voice.text }] : [])];
}

/** The one who wrote the minutes and the guardians sign that they are right: the minutes are what was agreed. */
function approvalLines(t: DocumentT, writer: string | undefined): Block {
  return {
    kind: 'signatures',
    title: t('documents.minutes.signTitle'),
    lines: [{ label: t('documents.minutes.writtenBy'), ...(writer ? { name: writer } : {}) }, { label: t('roles.guardians') }],
    placeAndDate: t('documents.placeDate'),
  };
}

export function meetingMinutesDocument(ctx: DocumentContext, meeting: Meeting): DocumentModel {
  const minutes = meeting.minutes;
  if (minutes === undefined) throw new Error(`The meeting ${meeting.id} has no minutes yet.`);
  const t = textsFor(ctx.locale);
  const title = t('documents.minutes.title');
  const held = dateAndTime(minutes.heldAt, ctx.locale);
  const blocks: Block[] = [
    { kind: 'facts', rows: [...pupilFacts(ctx, t), [t('documents.minutes.held'), `${held.date}, ${held.time}`], [t('documents.invitation.where'), meeting.invitation.place]] },
    { kind: 'heading', text: t('documents.minutes.present') },
    { kind: 'list', items: minutes.present.map((p) => personLine(p, t)) },
  ];
  if (minutes.absent.length > 0) blocks.push({ kind: 'heading', text: t('documents.minutes.absent') }, { kind: 'list', items: minutes.absent.map((p) => personLine(p, t)) });
  blocks.push({ kind: 'heading', text: t('documents.minutes.items') });
  minutes.items.forEach((item, i) => blocks.push({ kind: 'paragraph', tone: 'strong', text: `${i + 1}. ${item.title}` }, { kind: 'paragraph', text: item.notes }));
  blocks.push(...pupilVoiceBlocks(minutes.pupilVoice, t));
  blocks.push(
    { kind: 'heading', text: t('documents.minutes.decisions') },
    {
      kind: 'table',
      header: [t('documents.minutes.decision'), t('documents.minutes.responsible'), t('documents.minutes.deadline')],
      widths: ['*', 120, 70],
      rows: minutes.decisions.map((d) => [d.text, d.responsible ?? '', d.deadline ? shortDate(d.deadline) : '']),
      empty: t('documents.none'),
    },
  );
  const after: [string, string][] = [];
  if (minutes.nextMeeting) {
    after.push([t('documents.minutes.nextMeeting'), [longDate(minutes.nextMeeting.date, ctx.locale), minutes.nextMeeting.from ? clock(minutes.nextMeeting.from, ctx.locale) : ''].filter(Boolean).join(', ')]);
  }
  after.push([t('documents.minutes.writtenBy'), personLine(minutes.writtenBy, t)]);
  blocks.push(
    { kind: 'facts', rows: after },
    { kind: 'paragraph', tone: 'muted', text: t('documents.minutes.copy') },
    approvalLines(t, minutes.writtenBy.name),
  );
  return { kind: 'minutes', title, subtitle: meeting.title, ...documentFrame(ctx, t, title), blocks };
}

export function conversationMinutesDocument(ctx: DocumentContext, conversation: Conversation, guide?: ConversationGuide): DocumentModel {
  const t = textsFor(ctx.locale);
  const title = t('documents.minutes.conversationTitle');
  const held = dateAndTime(conversation.at, ctx.locale);
  const questions = new Map(guide?.sections.flatMap((s) => s.questions.map((q) => [q.id, q.text[ctx.locale]] as const)) ?? []);
  const blocks: Block[] = [
    {
      kind: 'facts',
      rows: [...pupilFacts(ctx, t), [t('documents.minutes.conversationHeld'), `${held.date}, ${held.time}`], [t('documents.minutes.with'), t(`conversationWith.${conversation.with}`)]],
    },
    { kind: 'heading', text: t('documents.minutes.present') },
    { kind: 'list', items: conversation.participants.map((p) => personLine(p, t)) },
  ];
  if (conversation.minutes) blocks.push({ kind: 'heading', text: t('documents.minutes.summary') }, { kind: 'paragraph', text: conversation.minutes });
  if (conversation.answers.length > 0) {
    blocks.push({ kind: 'heading', text: guide?.name[ctx.locale] ?? t('documents.minutes.items') });
    for (const answer of conversation.answers) blocks.push({ kind: 'paragraph', tone: 'strong', text: questions.get(answer.questionId) ?? answer.questionId }, { kind: 'paragraph', text: answer.answer });
  }
  blocks.push(...pupilVoiceBlocks(conversation.pupilVoice, t));
  if (conversation.nextSteps) blocks.push({ kind: 'heading', text: t('documents.minutes.nextSteps') }, { kind: 'paragraph', text: conversation.nextSteps });
  blocks.push(approvalLines(t, undefined));
  return { kind: 'conversationMinutes', title, ...documentFrame(ctx, t, title), blocks };
}
