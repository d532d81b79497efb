// Conversation guides for the pupil and the guardians, and the agenda of a
// mapping meeting, as data in three languages (presets/conversation-guides/naervaer.json).
// Written by us from the seeds' interview questions; each guide names them.
import { z } from 'zod';
import guidesData from '../../../presets/conversation-guides/naervaer.json' with { type: 'json' };
import { localizedTextSchema } from '../../contracts/localized-text.js';

const idSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);

const guideSchema = z.strictObject({
  id: idSchema,
  /** Who the conversation is with. */
  for: z.enum(['pupil', 'guardians']),
  name: localizedTextSchema,
  purpose: localizedTextSchema,
  sources: z.array(z.string().min(1)).min(1),
  sections: z
    .array(z.strictObject({ id: idSchema, title: localizedTextSchema, questions: z.array(z.strictObject({ id: idSchema, text: localizedTextSchema })).min(1) }))
    .min(1),
  tips: z.array(localizedTextSchema),
});
export type ConversationGuide = z.output<typeof guideSchema>;

const agendaSchema = z.strictObject({
  id: idSchema,
  name: localizedTextSchema,
  sources: z.array(z.string().min(1)).min(1),
  message: localizedTextSchema,
  items: z.array(z.strictObject({ title: localizedTextSchema, detail: localizedTextSchema.optional() })).min(1),
});
export type AgendaTemplate = z.output<typeof agendaSchema>;

export const conversationGuidesSchema = z
  .strictObject({
    id: idSchema,
    version: z.number().int().min(1),
    source: z.strictObject({ title: z.string().min(1), publisher: z.string().min(1), reference: z.string().optional(), note: z.string().optional() }),
    guides: z.array(guideSchema).min(1),
    agendas: z.array(agendaSchema),
  })
  .superRefine((data, ctx) => {
    data.guides.forEach((guide, i) => {
      const ids = guide.sections.flatMap((s) => s.questions.map((q) => q.id));
      const dup = ids.find((id, j) => ids.indexOf(id) !== j);
      if (dup) ctx.addIssue({ code: 'custom', path: ['guides', i], message: `the question id "${dup}" is used twice` });
    });
  });
export type ConversationGuides = z.output<typeof conversationGuidesSchema>;

let shipped: ConversationGuides | undefined;

export function getConversationGuides(): ConversationGuides {
  shipped ??= conversationGuidesSchema.parse(guidesData);
  return shipped;
}

export function findGuide(id: string): ConversationGuide | undefined {
  return getConversationGuides().guides.find((guide) => guide.id === id);
}

/** The ids of a guide's questions: a conversation's answers must name these. */
export function unknownQuestions(guide: ConversationGuide, answers: readonly { questionId: string }[]): string[] {
  const known = new Set(guide.sections.flatMap((s) => s.questions.map((q) => q.id)));
  return answers.map((a) => a.questionId).filter((id) => !known.has(id));
}
