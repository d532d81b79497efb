import { describe, expect, it } from 'vitest';
import { openTestDatabase } from './database.js';
import { latestSchemaVersion, appliedMigrationCount } from '../../src/server/db/migrate.js';

describe('test database', () => {
  it('is migrated to the newest schema and keeps marks unique per pupil and lesson', async () => {
    const database = await openTestDatabase();
    try {
      expect(latestSchemaVersion()).toMatch(/^\d{4}_/);
      expect(await appliedMigrationCount(database)).toBeGreaterThan(0);
      const reasons = await database.query<{ n: number }>('select count(*)::int as n from absence_reasons');
      expect(reasons[0]?.n).toBeGreaterThan(0);
    } finally {
      await database.dispose();
    }
  });
});
