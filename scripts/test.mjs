// `npm test`: the whole suite. Unit and integration tests (on the embedded
// database, or on PostgreSQL when DATABASE_URL is set), then the browser tests
// in headless Chromium, which are skipped, saying so, when Chromium is missing.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, mkdirSync } from 'node:fs';

const env = { ...process.env, TZ: 'Europe/Oslo' };
mkdirSync('test-results', { recursive: true });

function run(label, args) {
  const report = `test-results/${label}.json`;
  const result = spawnSync('npx', ['vitest', 'run', ...args, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`], {
    stdio: 'inherit',
    env,
  });
  let passed = 0;
  let failed = 0;
  if (existsSync(report)) {
    const json = JSON.parse(readFileSync(report, 'utf8'));
    passed = json.numPassedTests ?? 0;
    failed = (json.numFailedTests ?? 0) + (result.status !== 0 && !json.numFailedTests ? 1 : 0);
  } else if (result.status !== 0) {
    failed = 1;
  }
  return { ok: result.status === 0, passed, failed };
}

const results = [run('unit-and-integration', [])];
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
let browserNote = '';
if (existsSync(chromium) && process.env.SKIP_BROWSER_TESTS !== '1') {
  // SKIP_WEB_BUILD=1 reuses a build made moments before (CI's second run, on PostgreSQL).
  const reuse = process.env.SKIP_WEB_BUILD === '1' && existsSync('dist/web/index.html');
  const build = reuse ? { status: 0 } : spawnSync('npx', ['vite', 'build', '--logLevel', 'error'], { stdio: 'inherit', env });
  if (build.status !== 0) results.push({ ok: false, passed: 0, failed: 1 });
  else {
    // BROWSER_TEST_FILES narrows the browser tests to some files (CI runs the registration test again on PostgreSQL).
    const only = (process.env.BROWSER_TEST_FILES ?? '').split(/\s+/).filter(Boolean);
    results.push(run('browser', ['--config', 'vitest.e2e.config.ts', ...only]));
  }
} else {
  browserNote = `Browser tests skipped: ${chromium} not found (apt-get install chromium).`;
}

const passed = results.reduce((n, r) => n + r.passed, 0);
const failed = results.reduce((n, r) => n + r.failed, 0);
const database = process.env.DATABASE_URL ? 'PostgreSQL' : 'embedded PGlite';
if (browserNote) console.log(`\n${browserNote}`);
console.log(`\nNærvær tests on ${database}:`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(results.every((r) => r.ok) ? 0 : 1);
