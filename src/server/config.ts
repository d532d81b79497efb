import { createHash } from 'node:crypto';
import { z } from 'zod';
import { StartupError } from './startup-error.js';

/** Feide signals a login with two factors by this acr value. */
export const FEIDE_MFA_ACR = 'urn:mace:feide.no:auth:level:fad08:3';

// An empty value means unset, as `NAME= npm start` reads.
const emptyIsUnset = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (v === '' ? undefined : v), schema);

const booleanFromEnv = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((value) => value === 'true' || value === '1' || value === 'yes');

/** Every environment variable the server reads; README.md documents each. */
const configSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  // An empty value means unset, as `DATABASE_URL= npm start` reads.
  DATABASE_URL: z.preprocess((v) => (v === '' ? undefined : v), z.string().min(1).optional()),
  DATA_DIR: z.string().min(1).default('./data'),
  DB_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  /** Default: on for the embedded database, off on PostgreSQL. */
  DEMO_SEED: booleanFromEnv.optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  LOG_PRETTY: booleanFromEnv.optional(),
  /** Behind TLS: Secure `__Host-` cookies and HSTS. Off for plain HTTP on a LAN. */
  SECURE_COOKIES: booleanFromEnv.default(false),
  TRUST_PROXY: booleanFromEnv.default(false),
  SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).max(24 * 60).default(30),
  SESSION_MAX_HOURS: z.coerce.number().int().min(1).max(72).default(10),
  LOGIN_RATE_LIMIT: z.coerce.number().int().min(1).default(10),
  API_RATE_LIMIT: z.coerce.number().int().min(1).default(600),
  WEB_DIST: z.string().min(1).default('./dist/web'),
  /** smtp://user:password@host:587 (or smtps://). Unset: e-mails wait in the outbox. */
  SMTP_URL: z.preprocess((v) => (v === '' ? undefined : v), z.url({ protocol: /^smtps?$/ }).optional()),
  MAIL_FROM: z.string().min(3).default('Nærvær <ikke-svar@naervaer.local>'),
  /** The address people reach this server at, for links in e-mails (a warning's opening link). Default: http://localhost:PORT. */
  PUBLIC_URL: emptyIsUnset(z.url({ protocol: /^https?$/ }).optional()),
  /** Background jobs (evaluation, e-mail). Off only for processes that must not run them. */
  JOBS: booleanFromEnv.default(true),
  /** When every pupil is judged anew each night (cron, Norwegian time). */
  NIGHTLY_EVALUATION_CRON: z.string().min(9).default('15 2 * * *'),
  /** When the upper-secondary warnings and documentation reminders go out each day (cron, Norwegian time). */
  UPPER_SECONDARY_CRON: z.string().min(9).default('30 6 * * *'),
  /** 32 random bytes, base64: encrypts TOTP secrets at rest. Required unless DEMO_SEED is on. */
  TOTP_ENCRYPTION_KEY: emptyIsUnset(z.string().min(1).optional()),
  TOTP_RATE_LIMIT: z.coerce.number().int().min(1).max(100).default(5),
  OIDC_ISSUER_URL: emptyIsUnset(z.url().optional()),
  OIDC_CLIENT_ID: emptyIsUnset(z.string().min(1).optional()),
  OIDC_CLIENT_SECRET: emptyIsUnset(z.string().min(1).optional()),
  OIDC_REDIRECT_URI: emptyIsUnset(z.url().optional()),
  OIDC_SCOPES: z.string().min(1).default('openid email'),
  /** Feide's documented acr for multi-factor login (docs.feide.no, service-initiated MFA). */
  OIDC_MFA_ACR_VALUES: z.string().min(1).default(FEIDE_MFA_ACR),
  OIDC_REQUIRE_MFA: booleanFromEnv.default(false),
  OIDC_LINK_BY_EMAIL: z.enum(['off', 'verified', 'any']).default('off'),
  OIDC_PROVIDER_NAME: z.string().min(1).max(40).default('Feide'),
  /** Only for a test provider on this machine: OpenID Connect over plain HTTP. */
  OIDC_ALLOW_HTTP: booleanFromEnv.default(false),
});

export type Config = {
  port: number;
  host: string;
  databaseUrl: string | undefined;
  dataDir: string;
  dbPoolSize: number;
  demoSeed: boolean;
  logLevel: z.infer<typeof configSchema>['LOG_LEVEL'];
  logPretty: boolean;
  secureCookies: boolean;
  trustProxy: boolean;
  sessionIdleMinutes: number;
  sessionMaxHours: number;
  loginRateLimit: number;
  apiRateLimit: number;
  webDist: string;
  smtpUrl: string | undefined;
  mailFrom: string;
  /** Without a trailing slash. */
  publicUrl: string;
  jobs: boolean;
  nightlyEvaluationCron: string;
  upperSecondaryCron: string;
  /** The 32-byte key for TOTP secrets; a fixed demo key when DEMO_SEED is on and none was given. */
  totpEncryptionKey: Buffer;
  totpKeyIsDemo: boolean;
  totpRateLimit: number;
  oidc: OidcConfig | null;
};

export interface OidcConfig {
  issuerUrl: string;
  clientId: string;
  clientSecret: string;
  redirectUri: string;
  scopes: string;
  mfaAcrValues: readonly string[];
  requireMfa: boolean;
  linkByEmail: 'off' | 'verified' | 'any';
  providerName: string;
  allowHttp: boolean;
}

// Public on purpose: it only protects demo accounts with demo secrets, and only while DEMO_SEED is on.
const DEMO_TOTP_KEY = createHash('sha256').update('naervaer-demo-totp-encryption-key').digest();

function totpKeyFrom(value: string | undefined, demo: boolean): { key: Buffer; isDemo: boolean } {
  if (value === undefined) {
    if (demo) return { key: DEMO_TOTP_KEY, isDemo: true };
    throw new StartupError(
      'TOTP_ENCRYPTION_KEY is not set. Generate one with `openssl rand -base64 32` and keep it with the database backups. See "Configuration" in README.md.',
    );
  }
  const key = Buffer.from(value, 'base64');
  if (key.length !== 32 || key.toString('base64') !== value.trim()) {
    throw new StartupError('TOTP_ENCRYPTION_KEY must be 32 random bytes in base64 (`openssl rand -base64 32`). See "Configuration" in README.md.');
  }
  return { key, isDemo: false };
}

function oidcFrom(c: z.infer<typeof configSchema>): OidcConfig | null {
  const required = {
    OIDC_ISSUER_URL: c.OIDC_ISSUER_URL,
    OIDC_CLIENT_ID: c.OIDC_CLIENT_ID,
    OIDC_CLIENT_SECRET: c.OIDC_CLIENT_SECRET,
    OIDC_REDIRECT_URI: c.OIDC_REDIRECT_URI,
  };
  const missing = Object.entries(required).filter(([, v]) => v === undefined).map(([k]) => k);
  if (missing.length === 4) return null;
  if (missing.length > 0) {
    throw new StartupError(`${missing.join(', ')} must be set too for OpenID Connect login (or none of the OIDC_ variables). See "Configuration" in README.md.`);
  }
  const acr = c.OIDC_MFA_ACR_VALUES.split(/[\s,]+/).filter(Boolean);
  if (!c.OIDC_SCOPES.split(/\s+/).includes('openid')) {
    throw new StartupError('OIDC_SCOPES must include openid. See "Configuration" in README.md.');
  }
  return {
    issuerUrl: c.OIDC_ISSUER_URL!,
    clientId: c.OIDC_CLIENT_ID!,
    clientSecret: c.OIDC_CLIENT_SECRET!,
    redirectUri: c.OIDC_REDIRECT_URI!,
    scopes: c.OIDC_SCOPES,
    mfaAcrValues: acr,
    requireMfa: c.OIDC_REQUIRE_MFA,
    linkByEmail: c.OIDC_LINK_BY_EMAIL,
    providerName: c.OIDC_PROVIDER_NAME,
    allowHttp: c.OIDC_ALLOW_HTTP,
  };
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = configSchema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const name = issue?.path.join('.') ?? 'environment';
    throw new StartupError(`${name} is not valid: ${issue?.message ?? 'unknown problem'}. See "Configuration" in README.md.`);
  }
  const c = parsed.data;
  const demoSeed = c.DEMO_SEED ?? !c.DATABASE_URL;
  const totpKey = totpKeyFrom(c.TOTP_ENCRYPTION_KEY, demoSeed);
  return {
    port: c.PORT,
    host: c.HOST,
    databaseUrl: c.DATABASE_URL,
    dataDir: c.DATA_DIR,
    dbPoolSize: c.DB_POOL_SIZE,
    demoSeed,
    logLevel: c.LOG_LEVEL,
    logPretty: c.LOG_PRETTY ?? Boolean(process.stdout.isTTY),
    secureCookies: c.SECURE_COOKIES,
    trustProxy: c.TRUST_PROXY,
    sessionIdleMinutes: c.SESSION_IDLE_MINUTES,
    sessionMaxHours: c.SESSION_MAX_HOURS,
    loginRateLimit: c.LOGIN_RATE_LIMIT,
    apiRateLimit: c.API_RATE_LIMIT,
    webDist: c.WEB_DIST,
    smtpUrl: c.SMTP_URL,
    mailFrom: c.MAIL_FROM,
    publicUrl: (c.PUBLIC_URL ?? `http://localhost:${c.PORT}`).replace(/\/+$/, ''),
    jobs: c.JOBS,
    nightlyEvaluationCron: c.NIGHTLY_EVALUATION_CRON,
    upperSecondaryCron: c.UPPER_SECONDARY_CRON,
    totpEncryptionKey: totpKey.key,
    totpKeyIsDemo: totpKey.isDemo,
    totpRateLimit: c.TOTP_RATE_LIMIT,
    oidc: oidcFrom(c),
  };
}
