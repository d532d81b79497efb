import Fastify, { type FastifyInstance, type RouteOptions } from 'fastify';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import type { Config } from '../config.js';
import type { Database } from '../db/client.js';
import type { Clock } from '../clock.js';
import type { JobQueue } from '../jobs/job-data.js';
import { i18nPlugin } from './plugins/i18n.js';
import { errorsPlugin } from './plugins/errors.js';
import { authPlugin, cookieNames } from './plugins/auth.js';
import { healthRoutes } from './routes/health.js';
import { authRoutes } from './routes/auth.js';
import { securityRoutes } from './routes/auth-security.js';
import { oidcRoutes } from './routes/auth-oidc.js';
import { createSecretBox } from '../services/auth/secret-box.js';
import { createOidcService } from '../services/auth/oidc.js';
import { classRoutes } from './routes/classes.js';
import { lessonRoutes } from './routes/lessons.js';
import { documentationRoutes } from './routes/documentation.js';
import { noticeRoutes } from './routes/notices.js';
import { importRoutes } from './routes/imports.js';
import { figuresRoutes } from './routes/figures.js';
import { ruleRoutes } from './routes/rules.js';
import { patternRoutes } from './routes/patterns.js';
import { upperSecondaryRoutes } from './routes/upper-secondary.js';
import { overviewRoutes } from './routes/overview.js';
import { followupRoutes } from './routes/followup.js';
import { auditRoutes } from './routes/audit.js';
import { retentionRoutes } from './routes/retention.js';
import { appVersion } from '../version.js';

export interface AppDependencies {
  config: Config;
  database: Database;
  clock: Clock;
  /** The job queue; without it (in some tests) nothing is queued and housekeeping is not running either. */
  jobs?: JobQueue;
  /** Told of every route as it is registered: the authorization matrix test lists them so. */
  onRoute?: (route: RouteOptions) => void;
}

export async function buildApp({ config, database, clock, jobs, onRoute }: AppDependencies): Promise<FastifyInstance> {
  const app = Fastify({
    logger:
      config.logLevel === 'silent'
        ? false
        : {
            level: config.logLevel,
            redact: ['req.headers.cookie', 'req.headers["x-csrf-token"]', 'res.headers["set-cookie"]'],
            ...(config.logPretty ? { transport: { target: 'pino-pretty', options: { singleLine: true } } } : {}),
          },
    trustProxy: config.trustProxy,
    bodyLimit: 2 * 1024 * 1024,
  }).withTypeProvider<ZodTypeProvider>();

  if (onRoute) app.addHook('onRoute', onRoute);
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  // JSON only: a cross-site form cannot send application/json without a preflight.
  app.removeContentTypeParser('text/plain');

  await app.register(i18nPlugin);
  await app.register(errorsPlugin);
  await app.register(helmet, {
    // Over plain HTTP on a school's LAN, upgrade-insecure-requests would stop the page from loading.
    contentSecurityPolicy: {
      useDefaults: true,
      directives: {
        'upgrade-insecure-requests': config.secureCookies ? [] : null,
        'img-src': ["'self'", 'data:'],
        'style-src': ["'self'", "'unsafe-inline'"],
      },
    },
    hsts: config.secureCookies,
    crossOriginEmbedderPolicy: false,
  });
  await app.register(rateLimit, {
    max: config.apiRateLimit,
    timeWindow: '1 minute',
    keyGenerator: (request) => request.cookies?.[cookieNames(config.secureCookies).session] ?? request.ip,
  });
  await app.register(cookie);
  await app.register(swagger, {
    openapi: {
      info: { title: 'Nærvær API', version: appVersion, description: 'Attendance and follow-up of school absence' },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: true });

  const policy = { idleMinutes: config.sessionIdleMinutes, maxHours: config.sessionMaxHours };
  const cookies = { secure: config.secureCookies };
  await app.register(authPlugin, { database, clock, policy, cookieName: cookieNames(config.secureCookies).session });

  const secondFactor = { database, clock, secretBox: createSecretBox(config.totpEncryptionKey), rateLimit: config.totpRateLimit };
  const oidc = config.oidc ? createOidcService(config.oidc, database, clock, app.log) : null;
  await app.register(healthRoutes, { database, version: appVersion });
  await app.register(authRoutes, {
    database,
    clock,
    policy,
    cookies,
    loginRateLimit: config.loginRateLimit,
    demo: config.demoSeed,
    secondFactor,
    oidc,
  });
  await app.register(securityRoutes, { database, clock, policy, cookies, secondFactor, oidcConfigured: oidc !== null });
  if (oidc) await app.register(oidcRoutes, { database, clock, policy, cookies, oidc });
  await app.register(classRoutes, { database, clock });
  await app.register(lessonRoutes, { database, clock, jobs });
  await app.register(documentationRoutes, { database, clock });
  await app.register(noticeRoutes, { database, clock });
  await app.register(importRoutes, { database, clock });
  await app.register(figuresRoutes, { database, clock });
  await app.register(ruleRoutes, { database, clock, mailServer: Boolean(config.smtpUrl) });
  await app.register(patternRoutes, { database, clock });
  await app.register(upperSecondaryRoutes, { database, clock, jobs, publicUrl: config.publicUrl });
  await app.register(overviewRoutes, { database, clock });
  await app.register(followupRoutes, { database, clock });
  await app.register(auditRoutes, { database, clock });
  await app.register(retentionRoutes, { database, clock });

  await registerWebApp(app, config.webDist);
  return app;
}

/** Serves the built web app; any non-API path that is not a file gets index.html (client-side routes). */
async function registerWebApp(app: FastifyInstance, webDist: string) {
  const root = resolve(webDist);
  if (!existsSync(resolve(root, 'index.html'))) return;
  await app.register(fastifyStatic, { root, wildcard: false, index: ['index.html'] });
  app.get('/*', { schema: { hide: true } }, (request, reply) => {
    if (request.url.startsWith('/api/')) {
      return reply.status(404).send({ error: { code: 'not_found', message: request.t('notFound') } });
    }
    return reply.sendFile('index.html');
  });
}
