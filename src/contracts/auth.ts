import { z } from 'zod';
import { localeSchema } from './locale.js';
import { roleSchema } from './roles.js';

export const loginRequestSchema = z.object({
  email: z.string().trim().min(1).max(254),
  password: z.string().min(1).max(200),
});
export type LoginRequest = z.infer<typeof loginRequestSchema>;

export const roleAssignmentViewSchema = z.object({
  role: roleSchema,
  schoolId: z.uuid().nullable(),
  schoolName: z.string().nullable(),
});

export const meSchema = z.object({
  user: z.object({
    id: z.uuid(),
    givenName: z.string(),
    familyName: z.string(),
    email: z.string(),
    locale: localeSchema,
  }),
  owner: z.object({ id: z.uuid(), name: z.string() }),
  roles: z.array(roleAssignmentViewSchema),
  /** Send back in the x-csrf-token header on every request that changes something. */
  csrfToken: z.string(),
});
export type Me = z.infer<typeof meSchema>;

export const setLocaleRequestSchema = z.object({ locale: localeSchema });

/** Only served while the server runs with the demo school (DEMO_SEED). */
export const demoLoginsSchema = z.object({
  password: z.string(),
  logins: z.array(z.object({ email: z.string(), description: z.string() })),
});
export type DemoLogins = z.infer<typeof demoLoginsSchema>;
