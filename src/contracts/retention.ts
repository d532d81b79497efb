import { z } from 'zod';

export const retentionSettingSchema = z.object({
  recordType: z.string(),
  months: z.number().int(),
  defaultMonths: z.number().int(),
  minMonths: z.number().int(),
  maxMonths: z.number().int(),
});
export const retentionSettingsSchema = z.object({ settings: z.array(retentionSettingSchema) });
export const setRetentionSchema = z.object({ recordType: z.string().min(1).max(60), months: z.number().int().min(1).max(240) });
