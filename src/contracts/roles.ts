import { z } from 'zod';

export const roleSchema = z.enum([
  'teacher',
  'leadership',
  'counsellor',
  'nurse',
  'resource_team',
  'outside_service',
  'owner_analyst',
  'admin',
  'guardian',
  'pupil',
]);
export type Role = z.infer<typeof roleSchema>;
