// An access request (innsyn): everything stored about one pupil, as JSON,
// for the school's leadership to hand over. Audited as an export.
import type { Database } from '../db/client.js';
import type { Clock } from '../clock.js';
import { leadsSchool, type Actor } from '../../domain/access.js';
import { exportSections } from '../db/repositories/pupil-export.js';
import { forbidden, notFound } from '../app-error.js';
import { audit } from './audit.js';

export async function exportPupil(database: Database, clock: Clock, actor: Actor, pupilId: string) {
  const [pupil] = await database.query<{ id: string; owner_id: string; school_id: string }>(
    'select id, owner_id, school_id from pupils where id = $1',
    [pupilId],
  );
  if (!pupil || pupil.owner_id !== actor.ownerId) throw notFound();
  if (!leadsSchool(actor, pupil.school_id)) throw forbidden();
  return database.transaction(async (tx) => {
    const sections = await exportSections(tx, pupilId);
    await audit(tx, { ...actor, role: 'leadership' }, [
      { action: 'export', entity: 'pupil_export', pupilId, reason: 'access_request', details: { sections: Object.keys(sections) } },
    ]);
    return { exportedAt: clock.now().toISOString(), pupilId, sections };
  });
}
