// `npm run test:pg`: the same suite against the real PostgreSQL server.
// DATABASE_URL names a database to connect to for creating test databases
// (default: the local server's `postgres` database); each test file gets a
// fresh database cloned from a migrated template, and all are dropped after.
import { spawnSync } from 'node:child_process';

const url = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const result = spawnSync('node', ['scripts/test.mjs'], { stdio: 'inherit', env: { ...process.env, DATABASE_URL: url } });
process.exit(result.status ?? 1);
