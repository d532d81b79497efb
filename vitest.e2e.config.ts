import { defineConfig } from 'vitest/config';

// Browser tests: the real server (started per test file) and headless Debian Chromium.
// `npm run test:e2e` builds the web app first; the server serves it from dist/web.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.test.ts'],
    environment: 'node',
    // The demo school is seeded once into a template that each test server copies.
    globalSetup: ['test/e2e/support/global-setup.ts'],
    // Starting the server seeds the demo school: 20-40 s on the embedded database.
    hookTimeout: 180_000,
    testTimeout: 120_000,
    // One server (and ~1 GB of embedded database) and one Chromium at a time on a 2-core machine.
    pool: 'forks',
    fileParallelism: false,
    maxWorkers: 1,
    env: { TZ: 'Europe/Oslo' },
  },
});
