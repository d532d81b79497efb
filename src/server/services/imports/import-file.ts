// The two use cases of importing a file into a school: preview (check
// everything, write nothing) and commit (check everything again and write it
// all in one transaction, or nothing). The same file committed twice is
// recognised by its SHA-256 and changes nothing the second time.
import { createHash } from 'node:crypto';
import type { Database, Queryable } from '../../db/client.js';
import type { Clock } from '../../clock.js';
import { leadsSchool, type Actor } from '../../../domain/access.js';
import { canImportTo } from '../../../domain/import/access.js';
import { parseImportFile } from '../../../domain/import/kinds.js';
import { problem, sortProblems, type ImportProblem } from '../../../domain/import/problems.js';
import { schoolDayOf } from '../../../domain/dates.js';
import type { ImportFile, ImportKind, ImportSummary } from '../../../contracts/imports.js';
import * as repo from '../../db/repositories/imports.js';
import { forbidden, notFound } from '../../app-error.js';
import { audit } from '../audit.js';
import { loadImportContext } from './context.js';
import type { ImportPlan } from './plan.js';
import { planAttendance } from './attendance.js';
import { planRoster } from './roster.js';
import { planTimetable } from './timetable.js';

export interface EarlierImport {
  batchId: string;
  at: Date;
  by: string;
  fileName: string | null;
  summary: ImportSummary | null;
}

export type PreviewResult =
  | { ok: false; problems: ImportProblem[] }
  | { ok: true; summary: ImportSummary; alreadyImported: EarlierImport | null };

export type CommitResult =
  | { ok: false; problems: ImportProblem[] }
  | { ok: true; committed: boolean; batchId: string; summary: ImportSummary; alreadyImported: EarlierImport | null };

interface Request {
  schoolId: string;
  kind: ImportKind;
  file: ImportFile;
}

export const fileHash = (content: string) => createHash('sha256').update(content, 'utf8').digest('hex');

async function schoolFor(db: Queryable, actor: Actor, schoolId: string) {
  const school = await repo.findSchool(db, schoolId);
  // Another owner's school answers 404, not 403: its existence is not ours to reveal.
  if (!school || school.owner_id !== actor.ownerId) throw notFound();
  const ref = { id: school.id, ownerId: school.owner_id };
  if (!canImportTo(actor, ref)) throw forbidden();
  return ref;
}

async function earlierImport(db: Queryable, schoolId: string, kind: ImportKind, hash: string): Promise<EarlierImport | null> {
  const batch = await repo.findBatch(db, schoolId, kind, hash);
  if (!batch) return null;
  return {
    batchId: batch.id,
    at: batch.committed_at,
    by: batch.committed_by_name,
    fileName: batch.file_name,
    summary: (batch.summary as ImportSummary | null) ?? null,
  };
}

/** Reads the file, then checks its rows against the school: every problem of both, or the plan. */
async function check(
  db: Queryable,
  school: { id: string; ownerId: string },
  kind: ImportKind,
  content: string,
  today: string,
): Promise<{ problems: ImportProblem[]; plan: ImportPlan | null }> {
  const parsed = parseImportFile(kind, content);
  const fileProblems = parsed.file.problems;
  // A file that could not be read at all (header, size, syntax) has no rows to check further.
  if (parsed.file.rows.length === 0 && fileProblems.length > 0) return { problems: fileProblems, plan: null };
  const context = await loadImportContext(db, school, today);
  if (!context) return { problems: [...fileProblems, problem(null, null, 'file.noSchoolYear')], plan: null };
  let plan: ImportPlan;
  switch (parsed.kind) {
    case 'roster':
      plan = await planRoster(db, context, parsed.file.rows);
      break;
    case 'timetable':
      plan = await planTimetable(db, context, parsed.file.rows);
      break;
    case 'attendance':
      plan = await planAttendance(db, context, parsed.file.rows);
      break;
  }
  const problems = sortProblems([...fileProblems, ...plan.problems]);
  return { problems, plan: problems.length === 0 ? plan : null };
}

export async function previewImport(database: Database, clock: Clock, actor: Actor, request: Request): Promise<PreviewResult> {
  const school = await schoolFor(database, actor, request.schoolId);
  const { problems, plan } = await check(database, school, request.kind, request.file.content, schoolDayOf(clock.now()));
  if (!plan) return { ok: false, problems };
  const alreadyImported = await earlierImport(database, school.id, request.kind, fileHash(request.file.content));
  return { ok: true, summary: plan.summary, alreadyImported };
}

/** Thrown inside the transaction when someone committed the same file a moment earlier: rolls back our writes. */
class CommittedMeanwhile extends Error {}

export async function commitImport(
  database: Database,
  clock: Clock,
  actor: Actor,
  request: Request,
  ip?: string,
): Promise<CommitResult> {
  const school = await schoolFor(database, actor, request.schoolId);
  const hash = fileHash(request.file.content);
  const answerEarlier = (earlier: EarlierImport): CommitResult => ({
    ok: true,
    committed: false,
    batchId: earlier.batchId,
    summary: earlier.summary ?? { rows: 0, create: {}, update: {}, unchanged: {} },
    alreadyImported: earlier,
  });
  try {
    const result = await database.transaction(async (tx): Promise<CommitResult> => {
      await repo.lockSchoolImports(tx, school.id);
      const earlier = await earlierImport(tx, school.id, request.kind, hash);
      if (earlier) return answerEarlier(earlier);
      const now = clock.now();
      const { problems, plan } = await check(tx, school, request.kind, request.file.content, schoolDayOf(now));
      if (!plan) return { ok: false, problems };
      await plan.apply(tx, { userId: actor.userId, at: now });
      const batchId = await repo.insertBatch(tx, {
        schoolId: school.id,
        kind: request.kind,
        fileHash: hash,
        fileName: request.file.fileName,
        rowCount: plan.summary.rows,
        committedBy: actor.userId,
        at: now,
        summary: plan.summary,
      });
      if (!batchId) throw new CommittedMeanwhile();
      const role = leadsSchool(actor, school.id) ? 'leadership' : 'admin';
      await audit(
        tx,
        { ...actor, role },
        [
          {
            action: 'import',
            entity: 'import_batch',
            entityId: batchId,
            details: { kind: request.kind, schoolId: school.id, fileName: request.file.fileName, ...plan.summary },
          },
        ],
        ip,
      );
      return { ok: true, committed: true, batchId, summary: plan.summary, alreadyImported: null };
    });
    // The embedded database runs no autovacuum: refresh the planner's statistics after a bulk load.
    if (database.kind === 'pglite' && result.ok && result.committed) {
      await database.query('analyze attendance_marks, lessons, group_memberships, pupils');
    }
    return result;
  } catch (error) {
    if (!(error instanceof CommittedMeanwhile)) throw error;
    const earlier = await earlierImport(database, school.id, request.kind, hash);
    if (!earlier) throw error;
    return answerEarlier(earlier);
  }
}
