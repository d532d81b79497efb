import { z } from 'zod';

export const healthSchema = z.object({
  status: z.literal('ok'),
  database: z.enum(['pglite', 'postgresql']),
  /** Tag of the newest migration applied, e.g. "0001_triggers_and_reference_data". */
  schemaVersion: z.string(),
  migrationsApplied: z.number().int(),
  version: z.string(),
});
export type Health = z.infer<typeof healthSchema>;
