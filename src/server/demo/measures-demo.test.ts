// The demo's earlier cases went up the staircase as the routine says, so the
// principal's lists show them where they are, with no deadline passed that a
// school following the routine would have met: four closed with attendance
// back to normal, three going on with the measures at the mapping step, three
// with the team around the pupil, each with the family's consent, one naming
// PPT, whose demo login reads that case and no other.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, type TestDatabase } from '../../../test/support/database.js';
import { ensureDemoSchool } from '../demo-on-first-start.js';
import { fixedClock } from '../clock.js';
import { getCaseView, listSchoolCases } from '../services/followup/cases.js';
import type { CaseSummary } from '../../contracts/followup-api.js';

// A Wednesday in December, late morning: the autumn term well under way.
const NOW = '2026-12-02T10:30:00.000Z';

let db: TestDatabase;
let earlier: CaseSummary[] = [];

beforeAll(async () => {
  db = await openTestDatabase();
  await ensureDemoSchool(db, new Date(NOW));
  const [principal] = await db.query<{ id: string; owner_id: string; school_id: string }>(
    `select u.id, u.owner_id, r.school_id from users u join role_assignments r on r.user_id = u.id and r.role = 'leadership' where u.email = 'rektor@fjordvik.example'`,
  );
  const actor = { userId: principal!.id, ownerId: principal!.owner_id, roles: [{ role: 'leadership' as const, schoolId: principal!.school_id }] };
  const kari = await db.query<{ id: string }>(`select id from users where email = 'laerer@fjordvik.example'`);
  const karis = new Set((await db.query<{ id: string }>('select c.id from followup_cases c join contact_teachers t on t.pupil_id = c.pupil_id where t.user_id = $1', [kari[0]!.id])).map((r) => r.id));
  const all = await listSchoolCases(db, fixedClock(NOW), actor, principal!.school_id, null);
  earlier = all.cases.filter((c) => !karis.has(c.id));
}, 300_000);

afterAll(async () => {
  await db?.dispose();
});

describe('the demo school’s earlier cases', () => {
  it('are ten, four of them closed', () => {
    expect(earlier).toHaveLength(10);
    expect(earlier.filter((c) => c.status === 'closed')).toHaveLength(4);
  });

  it('have left the first step: the conversation was held the day each opened', () => {
    for (const c of earlier) expect(c.step.number, c.pupil.givenName).toBeGreaterThan(1);
  });

  it('keep three at the mapping step, going on with the measures, and three with the team around the pupil', () => {
    const open = earlier.filter((c) => c.status === 'open');
    expect(open.filter((c) => c.step.id === 'kartlegging')).toHaveLength(3);
    expect(open.filter((c) => c.step.id === 'team-rundt-eleven')).toHaveLength(3);
  });

  it('have no deadline passed while the measures go on, and the agreement’s next evaluation as the next date', () => {
    for (const c of earlier.filter((c) => c.status === 'open' && c.step.id === 'kartlegging')) {
      expect(c.overdue, c.pupil.givenName).toBe(0);
      expect(c.nextDue, c.pupil.givenName).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    for (const c of earlier.filter((c) => c.status === 'closed')) expect(c.nextDue).toBeNull();
  });

  it('went to the team around the pupil with the family’s consent; PPT, on one of those teams, reads that case and no other', async () => {
    const [ppt] = await db.query<{ id: string; owner_id: string }>(`select id, owner_id from users where email = 'ppt@fjordvik.example'`);
    const actor = { userId: ppt!.id, ownerId: ppt!.owner_id, roles: [{ role: 'outside_service' as const, schoolId: null }] };
    const team = earlier.filter((c) => c.status === 'open' && c.step.id === 'team-rundt-eleven');
    const readable: string[] = [];
    for (const c of team) {
      const consents = await db.query<{ services: string[] }>(
        `select array(select s->>'service' from jsonb_array_elements(content->'services') s) as services from case_consents where case_id = $1 and decision = 'given'`,
        [c.id],
      );
      expect(consents, c.pupil.givenName).toHaveLength(1);
      const view = await getCaseView(db, fixedClock(NOW), actor, c.id).catch(() => null);
      if (view) {
        readable.push(c.id);
        expect(view.mayWrite).toBe(false);
        expect(consents[0]!.services).toContain('ppt');
      }
    }
    expect(readable).toHaveLength(1);
  });
});
