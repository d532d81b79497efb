// The measure bank's format: categories and measures in three languages, each
// measure naming the source documents it follows, and suggestion rules that
// say which measures fit what the mapping found. Data, not code, so an owner
// can add its own measures and rules.
import { z } from 'zod';
import { localizedTextSchema } from '../../contracts/localized-text.js';
import { CAUSE_CATEGORIES, CIRCLES, SCHOOL_DAY_PARTS, SITUATIONS } from '../../contracts/followup-mapping.js';

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const idSchema = z.string().max(64).regex(ID, { error: 'must be lower-case letters and digits with single hyphens' });
const sourceRef = z.string().trim().min(1).max(300);

export const MEASURE_PARTIES = ['school', 'home', 'pupil', 'others'] as const;

const categorySchema = z.strictObject({
  id: idSchema,
  number: z.number().int().min(1).max(99),
  name: localizedTextSchema,
  sources: z.array(sourceRef).min(1),
});

const measureSchema = z.strictObject({
  id: idSchema,
  category: idSchema,
  /** Who usually carries it out: the agreement's section it goes into when picked. */
  party: z.enum(MEASURE_PARTIES),
  title: localizedTextSchema,
  description: localizedTextSchema.optional(),
  /** The causes it speaks to, for search and for the owner's overview. */
  causes: z.array(z.enum(CAUSE_CATEGORIES)),
  /** The documents it follows. */
  sources: z.array(sourceRef).min(1),
});
export type MeasureDefinition = z.output<typeof measureSchema>;

/** What in the mapping makes a rule suggest its measures. */
const conditionSchema = z.union([
  /** A cause that applies at least this much, in any view (the pupil's, the guardians' or the school's). */
  z.strictObject({ cause: z.enum(CAUSE_CATEGORIES), atLeast: z.number().int().min(1).max(100) }),
  /** A situation picked on the detail cards. */
  z.strictObject({ situation: z.enum(SITUATIONS) }),
  /** A part of the school day scaled this low or lower. */
  z.strictObject({ part: z.enum(SCHOOL_DAY_PARTS), atMost: z.number().int().min(1).max(10) }),
  /** A circle of tiltakssirkelen with a risk written in. */
  z.strictObject({ circleRisk: z.enum(CIRCLES) }),
]);
export type SuggestionCondition = z.output<typeof conditionSchema>;

const suggestionSchema = z.strictObject({
  id: idSchema,
  when: conditionSchema,
  measures: z.array(idSchema).min(1),
  why: localizedTextSchema,
});
export type SuggestionRule = z.output<typeof suggestionSchema>;

export const measureBankSchema = z
  .strictObject({
    id: idSchema,
    version: z.number().int().min(1),
    name: localizedTextSchema,
    source: z.strictObject({ title: z.string().min(1), publisher: z.string().min(1), reference: z.string().optional(), note: z.string().optional() }),
    categories: z.array(categorySchema).min(1),
    measures: z.array(measureSchema).min(1),
    suggestions: z.array(suggestionSchema),
  })
  .superRefine((bank, ctx) => {
    const categories = new Set<string>();
    bank.categories.forEach((c, i) => {
      if (categories.has(c.id)) ctx.addIssue({ code: 'custom', path: ['categories', i, 'id'], message: `the category id "${c.id}" is used twice` });
      categories.add(c.id);
    });
    const measures = new Set<string>();
    bank.measures.forEach((m, i) => {
      if (measures.has(m.id)) ctx.addIssue({ code: 'custom', path: ['measures', i, 'id'], message: `the measure id "${m.id}" is used twice` });
      measures.add(m.id);
      if (!categories.has(m.category)) ctx.addIssue({ code: 'custom', path: ['measures', i, 'category'], message: `is not a category of the bank` });
    });
    bank.suggestions.forEach((s, i) =>
      s.measures.forEach((id, j) => {
        if (!measures.has(id)) ctx.addIssue({ code: 'custom', path: ['suggestions', i, 'measures', j], message: `"${id}" is not a measure of the bank` });
      }),
    );
  });
export type MeasureBank = z.output<typeof measureBankSchema>;
