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
  logins: z.array(
    z.object({
      email: z.string(),
      description: z.string(),
      /** The code the demo account's authenticator app shows now; null for accounts without one. */
      totpCode: z.string().nullable(),
    }),
  ),
  /** When the codes shown change (ISO time). */
  codesChangeAt: z.iso.datetime({ offset: true }),
});
export type DemoLogins = z.infer<typeof demoLoginsSchema>;

/** The password was right; the account has an authenticator app, so the code comes next. */
export const secondFactorStepSchema = z.object({
  step: z.literal('second_factor'),
  /** When the second step must be done by; after that the login starts over. */
  expiresAt: z.iso.datetime({ offset: true }),
});
export const loginResponseSchema = z.union([meSchema, secondFactorStepSchema]);
export type LoginResponse = z.infer<typeof loginResponseSchema>;

/** A six-digit code from the app, or a recovery code (xxxx-xxxx-xxxx-xxxx). */
export const secondFactorCodeSchema = z.object({ code: z.string().trim().min(1).max(40) });
export type SecondFactorCode = z.infer<typeof secondFactorCodeSchema>;

export const startEnrolmentSchema = z.object({ password: z.string().min(1).max(200) });

export const enrolmentSchema = z.object({
  /** Base32, for typing into the app by hand. */
  secret: z.string(),
  /** otpauth:// URI, as in the QR code. */
  uri: z.string(),
  /** The QR code as an SVG data URL. */
  qrDataUrl: z.string(),
});
export type Enrolment = z.infer<typeof enrolmentSchema>;

/** After a step that gave the session a second factor: its id changed, and so did the CSRF token. */
export const secondFactorGivenSchema = z.object({ csrfToken: z.string() });

export const recoveryCodesSchema = z.object({
  /** Shown this once; only hashes are kept. */
  recoveryCodes: z.array(z.string()),
  csrfToken: z.string().optional(),
});

export const secondFactorMethodSchema = z.enum(['totp', 'recovery_code', 'oidc_acr']);

/** The security state of the current session (GET /api/auth/session). */
export const sessionSecuritySchema = z.object({
  authMethod: z.enum(['password', 'oidc']),
  createdAt: z.iso.datetime({ offset: true }),
  lastSeenAt: z.iso.datetime({ offset: true }),
  /** The session ends at the earlier of these two. */
  expiresAt: z.iso.datetime({ offset: true }),
  idleExpiresAt: z.iso.datetime({ offset: true }),
  secondFactor: z.object({ method: secondFactorMethodSchema, at: z.iso.datetime({ offset: true }) }).nullable(),
  /** always | for_follow_up | never: what the user's roles call for (src/domain/access.ts). */
  secondFactorExpected: z.enum(['always', 'for_follow_up', 'never']),
  totp: z.object({
    /** Local accounts (with a password) can use an authenticator app. */
    available: z.boolean(),
    enrolled: z.boolean(),
    recoveryCodesLeft: z.number().int(),
  }),
  /** An OpenID session gets its second factor from the provider's multi-factor login. */
  oidcStepUp: z.boolean(),
});
export type SessionSecurity = z.infer<typeof sessionSecuritySchema>;

export const sessionListSchema = z.object({
  sessions: z.array(
    z.object({
      id: z.uuid(),
      current: z.boolean(),
      authMethod: z.enum(['password', 'oidc']),
      createdAt: z.iso.datetime({ offset: true }),
      lastSeenAt: z.iso.datetime({ offset: true }),
      secondFactor: z.boolean(),
      userAgent: z.string().nullable(),
      ip: z.string().nullable(),
    }),
  ),
});
export type SessionList = z.infer<typeof sessionListSchema>;

export const endedSessionsSchema = z.object({ ended: z.number().int() });

/** How one can log in here: the OpenID provider's button is shown only when one is configured. */
export const authOptionsSchema = z.object({
  oidc: z.object({ providerName: z.string() }).nullable(),
});
export type AuthOptions = z.infer<typeof authOptionsSchema>;

export const oidcStartQuerySchema = z.object({
  /** Where to go after the login: a path inside the app. */
  next: z.string().max(500).optional(),
  /** 1: a second factor for the current session, through the provider's multi-factor login. */
  mfa: z.enum(['0', '1']).optional(),
});

/** Why an OpenID login did not give a session; the server puts it in ?feil= and the page explains it. */
export const oidcFailureSchema = z.enum(['expired', 'cancelled', 'unavailable', 'failed', 'mfa_missing', 'no_account', 'wrong_account']);
export type OidcFailure = z.infer<typeof oidcFailureSchema>;
