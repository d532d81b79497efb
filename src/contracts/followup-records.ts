// What is written down in a follow-up case: the contact log, conversations
// with the pupil and with the guardians (following a guide), and meetings
// with their invitation, agenda, participants and minutes. Every conversation
// and meeting has the pupil's voice as a field of its own (Udir: the pupil is
// to be heard, through someone they trust when not in person).
//
// Refinement messages are catalogue keys in the `followup` namespace.
import { z } from 'zod';
import { personSchema } from './followup-roles.js';

const dateSchema = z.iso.date();
const instantSchema = z.iso.datetime({ offset: true });
const timeSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'followup:validation.time' });
const text = (max: number) => z.string().trim().min(1).max(max);
const idSchema = z.string().min(1).max(100);

export const PUPIL_VOICE_WAYS = ['inPerson', 'throughAdult', 'inWriting', 'notHeard'] as const;

/**
 * How the pupil was heard and what the pupil said. When the pupil could not
 * be heard, why not; when heard through another adult, through whom.
 */
export const pupilVoiceSchema = z
  .strictObject({
    how: z.enum(PUPIL_VOICE_WAYS),
    /** In the pupil's own words as far as possible. */
    text: text(4000).optional(),
    throughWhom: text(200).optional(),
    whyNotHeard: text(1000).optional(),
  })
  .superRefine((voice, ctx) => {
    if (voice.how !== 'notHeard' && voice.text === undefined) ctx.addIssue({ code: 'custom', path: ['text'], message: 'followup:validation.pupilVoiceText' });
    if (voice.how === 'notHeard' && voice.whyNotHeard === undefined) ctx.addIssue({ code: 'custom', path: ['whyNotHeard'], message: 'followup:validation.pupilVoiceWhyNot' });
    if (voice.how === 'throughAdult' && voice.throughWhom === undefined) ctx.addIssue({ code: 'custom', path: ['throughWhom'], message: 'followup:validation.pupilVoiceThroughWhom' });
  });
export type PupilVoice = z.output<typeof pupilVoiceSchema>;

export const CONTACT_CHANNELS = ['phone', 'meeting', 'message'] as const;
export const CONTACT_OUTCOMES = ['noWorry', 'meetingAgreed', 'followUp', 'notReached'] as const;

/** One entry in the contact log: a phone call, a meeting or a message, with whom, and what came of it. */
export const contactLogEntrySchema = z.strictObject({
  id: idSchema,
  at: instantSchema,
  channel: z.enum(CONTACT_CHANNELS),
  /** Who the school was in touch with (guardians, the pupil, a service ...). */
  withWhom: z.array(personSchema).min(1).max(20),
  /** Who got in touch: the school or the home. */
  initiatedBy: z.enum(['school', 'home']),
  summary: text(4000),
  outcome: z.enum(CONTACT_OUTCOMES),
  /** What was agreed, or why nobody was reached. */
  outcomeNote: text(2000).optional(),
});
export type ContactLogEntry = z.output<typeof contactLogEntrySchema>;

export const CONVERSATION_WITH = ['pupil', 'guardians', 'pupilAndGuardians'] as const;

/** An answer to one of a guide's questions, by the question's id. */
const answerSchema = z.strictObject({ questionId: idSchema, answer: text(4000) });

export const conversationSchema = z.strictObject({
  id: idSchema,
  at: instantSchema,
  with: z.enum(CONVERSATION_WITH),
  participants: z.array(personSchema).min(1).max(20),
  /** The guide followed, from the conversation guides (presets/conversation-guides/naervaer.json). */
  guideId: idSchema.optional(),
  answers: z.array(answerSchema).max(100),
  pupilVoice: pupilVoiceSchema,
  /** The minutes: a short account that the guardians get a copy of. Without them the conversation has no minutes. */
  minutes: text(10_000).optional(),
  /** What happens next, and when. */
  nextSteps: text(2000).optional(),
});
export type Conversation = z.output<typeof conversationSchema>;

const agendaItemSchema = z.strictObject({
  title: text(300),
  detail: text(2000).optional(),
  minutes: z.number().int().min(1).max(480).optional(),
});
export type AgendaItem = z.output<typeof agendaItemSchema>;

export const invitationSchema = z
  .strictObject({
    date: dateSchema,
    from: timeSchema,
    to: timeSchema,
    place: text(300),
    invited: z.array(personSchema).min(1).max(40),
    /** A few words of welcome: why we meet. */
    message: text(4000).optional(),
    agenda: z.array(agendaItemSchema).min(1).max(30),
    sentOn: dateSchema.optional(),
  })
  .superRefine((invitation, ctx) => {
    if (invitation.to <= invitation.from) ctx.addIssue({ code: 'custom', path: ['to'], message: 'followup:validation.endBeforeStart' });
  });
export type Invitation = z.output<typeof invitationSchema>;

const decisionSchema = z.strictObject({ text: text(2000), responsible: text(200).optional(), deadline: dateSchema.optional() });

/** The minutes of a meeting held: who came, what was said under each item, what was decided, the pupil's voice. */
export const meetingMinutesSchema = z.strictObject({
  heldAt: instantSchema,
  present: z.array(personSchema).min(1).max(40),
  /** Invited but not there. */
  absent: z.array(personSchema).max(40),
  /** One text per agenda item, in the agenda's order. */
  items: z.array(z.strictObject({ title: text(300), notes: text(10_000) })).min(1).max(30),
  decisions: z.array(decisionSchema).max(50),
  pupilVoice: pupilVoiceSchema,
  nextMeeting: z.strictObject({ date: dateSchema, from: timeSchema.optional() }).optional(),
  writtenBy: personSchema,
});
export type MeetingMinutes = z.output<typeof meetingMinutesSchema>;

export const meetingSchema = z.strictObject({
  id: idSchema,
  title: text(300),
  invitation: invitationSchema,
  /** Filled in after the meeting; a meeting with minutes counts as held. */
  minutes: meetingMinutesSchema.optional(),
});
export type Meeting = z.output<typeof meetingSchema>;

/** A conversation has minutes when they are written; the staircase asks for them. */
export const conversationHasMinutes = (conversation: Conversation): boolean => conversation.minutes !== undefined;
