// The reference data in absence_reasons mirrors the newest version of the
// category data (presets/regulation/absence-categories.json), on both engines: the
// migrations and the data file cannot drift apart unnoticed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, type TestDatabase } from '../support/database.js';
import { absenceRules, allCodes } from '../../src/domain/upper-secondary/categories.js';

let database: TestDatabase;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(async () => {
  await database.dispose();
});

const newest = () => {
  const rules = absenceRules();
  return rules.versions[rules.versions.length - 1]!;
};

describe('the absence_reasons reference data', () => {
  it('has every code of the newest rules, active, with its category, whether it counts, and its place in the list', async () => {
    const rows = await database.query<{ code: string; category: string; counts_toward_limit: boolean; sort_order: number; active: boolean }>(
      'select code, category, counts_toward_limit, sort_order, active from absence_reasons where active order by sort_order, code',
    );
    expect(rows).toEqual(
      newest().categories.map((c, i) => ({
        code: c.code,
        category: c.group,
        counts_toward_limit: c.limit === 'counts' || c.limit === 'health',
        sort_order: (i + 1) * 10,
        active: true,
      })),
    );
  });

  it('keeps every code any version of the rules has used, so that no mark loses its reason', async () => {
    const rows = await database.query<{ code: string }>('select code from absence_reasons');
    const codes = rows.map((r) => r.code);
    for (const code of allCodes(absenceRules())) expect(codes, code).toContain(code);
  });
});
