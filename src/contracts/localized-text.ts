import { z } from 'zod';

/**
 * A text that is shown to users and therefore stored in all three languages:
 * bokmål, nynorsk and English. Used where the text is data an owner edits
 * (staircase steps, the measure bank, conversation guides), not code.
 */
export const localizedTextSchema = z.strictObject({
  nb: z.string({ error: 'must be a text' }).trim().min(1, { error: 'must not be empty' }).max(4000),
  nn: z.string({ error: 'must be a text' }).trim().min(1, { error: 'must not be empty' }).max(4000),
  en: z.string({ error: 'must be a text' }).trim().min(1, { error: 'must not be empty' }).max(4000),
});
export type LocalizedText = z.output<typeof localizedTextSchema>;
