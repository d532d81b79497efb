// Starts the real Nærvær server as a child process with the demo school, on a
// free port and a fresh database, and stops it again.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { createE2eDatabase, type E2eDatabase } from './database';

const root = resolve(import.meta.dirname, '../../..');
const STARTUP_TIMEOUT_MS = 150_000;

export interface TestServer {
  baseUrl: string;
  database: E2eDatabase['kind'];
  /** Milliseconds from spawn until /api/health answered. */
  startupMs: number;
  stop(): Promise<void>;
}

export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolvePort(port));
    });
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function waitForHealth(baseUrl: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + STARTUP_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`The server exited with code ${child.exitCode} before it was ready:\n${output()}`);
    }
    try {
      const response = await fetch(`${baseUrl}/api/health`);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await sleep(250);
  }
  throw new Error(`The server did not answer /api/health within ${STARTUP_TIMEOUT_MS / 1000} s:\n${output()}`);
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((done) => {
    const kill = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => {
      clearTimeout(kill);
      done();
    });
    child.kill('SIGTERM');
  });
}

export interface ServerOptions {
  /** A port chosen beforehand, e.g. because an OpenID provider must know the callback address first. */
  port?: number;
  /** More settings for the server, e.g. the OpenID provider's. */
  env?: Record<string, string>;
}

export async function startServer(options: ServerOptions = {}): Promise<TestServer> {
  if (!existsSync(resolve(root, 'dist/web/index.html'))) {
    throw new Error('dist/web/index.html is missing: build the web app first (`npm run test:e2e` runs `vite build`).');
  }
  const database = await createE2eDatabase();
  const port = options.port ?? (await freePort());
  const baseUrl = `http://127.0.0.1:${port}`;
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env.DATABASE_URL;
  Object.assign(env, {
    ...database.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
    LOG_PRETTY: 'false',
    DEMO_SEED: 'true',
    TZ: 'Europe/Oslo',
    LOGIN_RATE_LIMIT: '1000',
    ...options.env,
  });

  const started = Date.now();
  const child = spawn(resolve(root, 'node_modules/.bin/tsx'), ['src/server/main.ts'], {
    cwd: root,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  const keep = (chunk: Buffer) => {
    lines.push(...chunk.toString('utf8').split('\n'));
    if (lines.length > 200) lines.splice(0, lines.length - 200);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const output = () => lines.join('\n');

  try {
    await waitForHealth(baseUrl, child, output);
  } catch (error) {
    await stopChild(child);
    await database.dispose();
    throw error;
  }
  return {
    baseUrl,
    database: database.kind,
    startupMs: Date.now() - started,
    async stop() {
      await stopChild(child);
      await database.dispose();
    },
  };
}
