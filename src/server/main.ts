// Starts Nærvær: configuration, database and migrations, the demo school on
// first start, then the HTTP server. Problems an operator can fix are printed
// as one line with what to do, and the process exits with code 1.
import { loadConfig, type Config } from './config.js';
import { openDatabase, type Database } from './db/client.js';
import { runMigrations } from './db/migrate.js';
import { buildApp } from './http/app.js';
import { systemClock } from './clock.js';
import { StartupError } from './startup-error.js';
import { ensureDemoSchool } from './demo-on-first-start.js';
import { demoLogins } from './demo-logins.js';
import { createMailer } from './mail/mailer.js';
import { startJobs } from './jobs/queue.js';
import type { JobQueue } from './jobs/job-data.js';
import { jobLog } from './jobs/job-log.js';
import { ensureDemoSecondFactors } from './demo/demo-second-factor.js';
import { createSecretBox } from './services/auth/secret-box.js';

async function listen(config: Config, database: Database, jobs: JobQueue | undefined) {
  const app = await buildApp({ config, database, clock: systemClock, ...(jobs ? { jobs } : {}) });
  try {
    await app.listen({ port: config.port, host: config.host });
  } catch (error) {
    await app.close();
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') {
      throw new StartupError(`Port ${config.port} is already in use. Stop the other program or start with PORT=<another port>.`);
    }
    if (code === 'EACCES') throw new StartupError(`No permission to listen on port ${config.port}. Choose a port above 1024 with PORT.`);
    if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND') {
      throw new StartupError(`HOST ${config.host} is not an address of this machine. Use 0.0.0.0 or 127.0.0.1.`);
    }
    throw error;
  }
  return app;
}

async function main() {
  const config = loadConfig();
  const database = await openDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    poolSize: config.dbPoolSize,
  });
  try {
    await runMigrations(database);
    const seeded = config.demoSeed ? await ensureDemoSchool(database, systemClock.now(), config.publicUrl) : false;
    if (config.demoSeed) await ensureDemoSecondFactors(database, createSecretBox(config.totpEncryptionKey), systemClock.now());
    // PGlite runs no autovacuum, so nothing else keeps the planner's statistics fresh.
    if (database.kind === 'pglite' && !seeded) await database.query('analyze');
    const mailer = createMailer(config);
    const jobs = config.jobs ? await startJobs(database, { database, clock: systemClock, config, mailer }, jobLog(config)) : undefined;
    const app = await listen(config, database, jobs);
    const shown = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
    const where = database.kind === 'pglite' ? `embedded database in ${config.dataDir}` : 'PostgreSQL';
    const lines = [
      '',
      `  Nærvær runs at http://${shown}:${config.port}  (${where})`,
      `  API documentation: http://${shown}:${config.port}/api/docs`,
    ];
    if (config.demoSeed) {
      lines.push(seeded ? '  A demo school was created.' : '', '  Demo logins (password: naervaer-demo):');
      for (const login of demoLogins) lines.push(`    ${login.email.padEnd(34)} ${login.description}`);
      lines.push('  Accounts that need a second factor: the login page shows their code.');
    }
    process.stdout.write(`${lines.filter((l, i) => l !== '' || i === 0).join('\n')}\n\n`);

    const stop = async () => {
      await app.close();
      await jobs?.stop();
      mailer?.close();
      await database.close();
      process.exit(0);
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  } catch (error) {
    await database.close().catch(() => undefined);
    throw error;
  }
}

main().catch((error: unknown) => {
  if (error instanceof StartupError) {
    process.stderr.write(`Nærvær could not start: ${error.message}\n`);
  } else {
    process.stderr.write(`Nærvær could not start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  }
  process.exit(1);
});
