// What an operator sees when a setting is wrong: one line saying what and what
// to do, exit code 1, no stack trace, nothing overwritten.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
const TEST_TOTP_KEY = Buffer.alloc(32, 7).toString('base64');

function start(env: Record<string, string>) {
  const result = spawnSync(resolve(root, 'node_modules/.bin/tsx'), ['src/server/main.ts'], {
    cwd: root,
    // A valid key, so that each test reaches the problem it is about.
    env: { ...process.env, DATABASE_URL: '', DEMO_SEED: 'false', LOG_LEVEL: 'silent', TOTP_ENCRYPTION_KEY: TEST_TOTP_KEY, ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });
  const lines = result.stderr.split('\n').filter((l) => l.trim() !== '' && !l.includes('npm warn'));
  return { status: result.status, lines };
}

describe('starting with a wrong setting', () => {
  it('no TOTP_ENCRYPTION_KEY without the demo', () => {
    const { status, lines } = start({ TOTP_ENCRYPTION_KEY: '' });
    expect(status).toBe(1);
    expect(lines).toEqual([
      'Nærvær could not start: TOTP_ENCRYPTION_KEY is not set. Generate one with `openssl rand -base64 32` and keep it with the database backups. See "Configuration" in README.md.',
    ]);
  });

  it('a TOTP_ENCRYPTION_KEY that is not 32 bytes', () => {
    const { status, lines } = start({ TOTP_ENCRYPTION_KEY: 'c2hvcnQ=' });
    expect(status).toBe(1);
    expect(lines[0]).toMatch(/TOTP_ENCRYPTION_KEY must be 32 random bytes in base64/);
  });

  it('OpenID Connect half configured', () => {
    const { status, lines } = start({ OIDC_ISSUER_URL: 'https://auth.dataporten.no', OIDC_CLIENT_ID: 'abc' });
    expect(status).toBe(1);
    expect(lines).toEqual([
      'Nærvær could not start: OIDC_CLIENT_SECRET, OIDC_REDIRECT_URI must be set too for OpenID Connect login (or none of the OIDC_ variables). See "Configuration" in README.md.',
    ]);
  });

  it('an invalid DATABASE_URL', () => {
    const { status, lines } = start({ DATABASE_URL: 'not a url' });
    expect(status).toBe(1);
    expect(lines).toEqual(['Nærvær could not start: DATABASE_URL is not a valid URL. Use the form postgres://user:password@host:5432/database.']);
  });

  it('a PostgreSQL server that does not answer', () => {
    const { status, lines } = start({ DATABASE_URL: 'postgres://postgres@127.0.0.1:1/none' });
    expect(status).toBe(1);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^Nærvær could not start: Cannot connect to PostgreSQL at 127\.0\.0\.1:1/);
  });

  it('a DATA_DIR that cannot be created', () => {
    const dir = mkdtempSync(join(tmpdir(), 'naervaer-startup-'));
    writeFileSync(join(dir, 'a-file'), 'x');
    const { status, lines } = start({ DATA_DIR: join(dir, 'a-file', 'data') });
    expect(status).toBe(1);
    expect(lines).toEqual([`Nærvær could not start: DATA_DIR ${join(dir, 'a-file', 'data')} cannot be created. Choose a writable directory in DATA_DIR.`]);
  });

  it('a DATA_DIR holding other files, which are left alone', () => {
    const dir = mkdtempSync(join(tmpdir(), 'naervaer-startup-'));
    writeFileSync(join(dir, 'notes.txt'), 'keep me');
    const { status, lines } = start({ DATA_DIR: dir });
    expect(status).toBe(1);
    expect(lines[0]).toMatch(/holds files that are not a Nærvær database/);
    expect(readdirSync(dir)).toEqual(['notes.txt']);
    expect(readFileSync(join(dir, 'notes.txt'), 'utf8')).toBe('keep me');
  });

  it('a damaged embedded database, which is left alone', () => {
    const dir = mkdtempSync(join(tmpdir(), 'naervaer-startup-'));
    writeFileSync(join(dir, 'PG_VERSION'), '18\n');
    writeFileSync(join(dir, 'global'), 'garbage');
    const { status, lines } = start({ DATA_DIR: dir });
    expect(status).toBe(1);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/could not be opened .* It may be damaged/);
    expect(readdirSync(dir).sort()).toEqual(['PG_VERSION', 'global']);
  });

  // Creates and migrates a fresh embedded database before it finds the port taken: slow on a busy machine.
  it('a port in use', async () => {
    const blocker = createServer();
    await new Promise<void>((r) => blocker.listen(0, '127.0.0.1', () => r()));
    const port = (blocker.address() as { port: number }).port;
    try {
      const dir = mkdtempSync(join(tmpdir(), 'naervaer-startup-'));
      const { status, lines } = start({ DATA_DIR: join(dir, 'data'), PORT: String(port), HOST: '127.0.0.1' });
      expect(status).toBe(1);
      expect(lines).toEqual([`Nærvær could not start: Port ${port} is already in use. Stop the other program or start with PORT=<another port>.`]);
    } finally {
      blocker.close();
    }
  }, 120_000);
});
