import { z } from 'zod';
import { StartupError } from './startup-error.js';

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
  /** Background jobs (evaluation, e-mail). Off only for processes that must not run them. */
  JOBS: booleanFromEnv.default(true),
  /** When every pupil is judged anew each night (cron, Norwegian time). */
  NIGHTLY_EVALUATION_CRON: z.string().min(9).default('15 2 * * *'),
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
  jobs: boolean;
  nightlyEvaluationCron: string;
};

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = configSchema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const name = issue?.path.join('.') ?? 'environment';
    throw new StartupError(`${name} is not valid: ${issue?.message ?? 'unknown problem'}. See "Configuration" in README.md.`);
  }
  const c = parsed.data;
  return {
    port: c.PORT,
    host: c.HOST,
    databaseUrl: c.DATABASE_URL,
    dataDir: c.DATA_DIR,
    dbPoolSize: c.DB_POOL_SIZE,
    demoSeed: c.DEMO_SEED ?? !c.DATABASE_URL,
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
    jobs: c.JOBS,
    nightlyEvaluationCron: c.NIGHTLY_EVALUATION_CRON,
  };
}
