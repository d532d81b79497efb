// Retention: the owner sets how long each record type is kept; the nightly
// job deletes what is older, in bounded batches (each its own transaction),
// so that it can stop at any point and run again without harm. Each owner's
// deletions are written to the audit log, with how many went.
import type { Database } from '../db/client.js';
import type { Clock } from '../clock.js';
import { canEditOwnerPolicy, type Actor } from '../../domain/access.js';
import {
  RECORD_TYPES,
  isAllowedRetention,
  isRecordType,
  recordTypes,
  retentionCutoff,
  retentionMonths,
  type RecordType,
} from '../../domain/retention.js';
import * as repo from '../db/repositories/retention.js';
import { audit, systemActor } from './audit.js';
import { badRequest, forbidden } from '../app-error.js';

export interface DeletionSummary {
  ownerId: string;
  recordType: RecordType;
  cutoff: string;
  deleted: number;
}

export async function deleteExpiredRecords(
  database: Database,
  now: Date,
  options: { batchSize?: number; maxBatches?: number } = {},
): Promise<DeletionSummary[]> {
  const batchSize = options.batchSize ?? 1000;
  const maxBatches = options.maxBatches ?? 1000;
  const summary: DeletionSummary[] = [];
  for (const ownerId of await repo.ownerIds(database)) {
    const chosen = await repo.ownerRetention(database, ownerId);
    for (const recordType of recordTypes) {
      const cutoff = retentionCutoff(now, retentionMonths(recordType, chosen));
      let deleted = 0;
      for (let batch = 0; batch < maxBatches; batch++) {
        const n = await database.transaction((tx) => repo.deleteExpiredBatch(tx, recordType, ownerId, cutoff, batchSize));
        deleted += n;
        if (n < batchSize) break;
      }
      if (deleted > 0) {
        await audit(database, systemActor(ownerId), [
          { action: 'delete', entity: recordType, reason: 'retention', details: { cutoff, deleted } },
        ]);
      }
      summary.push({ ownerId, recordType, cutoff, deleted });
    }
  }
  return summary;
}

export interface RetentionSetting {
  recordType: RecordType;
  months: number;
  defaultMonths: number;
  minMonths: number;
  maxMonths: number;
}

/** The owner's retention per record type, for the administrator. */
export async function getOwnerRetention(database: Database, actor: Actor): Promise<RetentionSetting[]> {
  if (!canEditOwnerPolicy(actor)) throw forbidden();
  const chosen = await repo.ownerRetention(database, actor.ownerId);
  return recordTypes.map((recordType) => ({
    recordType,
    months: retentionMonths(recordType, chosen),
    defaultMonths: RECORD_TYPES[recordType].defaultMonths,
    minMonths: RECORD_TYPES[recordType].minMonths,
    maxMonths: RECORD_TYPES[recordType].maxMonths,
  }));
}

export async function setOwnerRetention(database: Database, clock: Clock, actor: Actor, recordType: string, months: number) {
  if (!canEditOwnerPolicy(actor)) throw forbidden();
  if (!isRecordType(recordType)) throw badRequest([{ path: 'body.recordType', key: 'audit:retention.unknownType' }]);
  if (!isAllowedRetention(recordType, months)) {
    const { minMonths: min, maxMonths: max } = RECORD_TYPES[recordType];
    throw badRequest([{ path: 'body.months', key: 'audit:retention.outOfBounds', params: { min, max } }]);
  }
  await database.transaction(async (tx) => {
    await repo.setOwnerRetention(tx, actor.ownerId, recordType, months, actor.userId, clock.now());
    await audit(tx, actor, [{ action: 'update', entity: 'owner_retention', entityId: recordType, details: { months } }]);
  });
  return getOwnerRetention(database, actor);
}
