import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'test/**/*.test.ts'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    environment: 'node',
    globalSetup: ['test/support/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // PGlite takes ~1 GB a fresh instance: two workers fit the 2-core machine.
    pool: 'forks',
    maxWorkers: 2,
    // Each worker keeps its imported modules from file to file: importing the app anew for
    // every file took half the suite's time. Test files share nothing else (each has its own database).
    isolate: false,
    env: { TZ: 'Europe/Oslo' },
  },
});
