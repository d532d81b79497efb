// The case log and the agreement's versions are documentation: the database
// itself refuses to change or delete them, on both engines.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, type TestDatabase } from '../support/database.js';
import { buildOwner, buildPupil, buildSchool, buildUser } from '../support/factories.js';
import * as repo from '../../src/server/services/followup/repository.js';

let database: TestDatabase;
let caseId: string;
let ownerId: string;
let userId: string;
beforeAll(async () => {
  database = await openTestDatabase();
  const owner = await buildOwner(database);
  ownerId = owner.id;
  const school = await buildSchool(database, owner.id);
  const user = await buildUser(database, owner.id, { roles: [{ role: 'teacher', schoolId: school.id }] });
  userId = user.id;
  const pupil = await buildPupil(database, school, { contactTeacherId: user.id });
  const opened = {
    id: 'e1', at: '2026-11-23T09:00:00+01:00', by: user.id, type: 'caseOpened' as const, pupilId: pupil.id,
    staircaseId: 'lyngen', staircaseVersion: 1, origin: { kind: 'manual' as const, reason: 'Bekymret' },
  };
  caseId = (await database.transaction(async (tx) => {
    const id = await repo.insertCase(tx, {
      ownerId: owner.id, schoolId: school.id, pupilId: pupil.id, staircaseId: 'lyngen', staircaseVersion: 1, staircase: {}, concernId: null,
      currentStepId: 'contact', openedBy: user.id, openedAt: opened.at,
    });
    await repo.appendEvent(tx, id!, owner.id, 1, opened, user.id);
    return id;
  }))!;
  const second = await database.transaction((tx) =>
    repo.insertCase(tx, {
      ownerId: owner.id, schoolId: school.id, pupilId: pupil.id, staircaseId: 'lyngen', staircaseVersion: 1, staircase: {}, concernId: null,
      currentStepId: 'contact', openedBy: user.id, openedAt: opened.at,
    }),
  );
  expect(second).toBeNull();
});
afterAll(async () => {
  await database?.dispose();
});

describe('follow-up storage', () => {
  it('keeps one open case a pupil and the events in order', async () => {
    expect((await repo.eventsOf(database, caseId)).map((e) => e.id)).toEqual(['e1']);
  });

  it('refuses to change or delete an event', async () => {
    await expect(database.query(`update case_events set type = 'x' where case_id = $1`, [caseId])).rejects.toThrow(/append-only/);
    await expect(database.query(`delete from case_events where case_id = $1`, [caseId])).rejects.toThrow(/append-only/);
  });

  it('refuses to change an agreement version once written', async () => {
    const agreementId = await database.transaction(async (tx) => {
      const id = await repo.insertAgreement(tx, caseId, ownerId, userId);
      await repo.insertAgreementVersion(tx, { agreementId: id, ownerId, number: 1, kind: 'made', content: {}, evaluation: null, by: userId, at: '2026-11-23T10:00:00+01:00' });
      return id;
    });
    await expect(database.query(`update case_agreement_versions set content = '{}' where agreement_id = $1`, [agreementId])).rejects.toThrow(/append-only/);
    expect(await repo.agreementVersionsOf(database, caseId)).toHaveLength(1);
  });
});
