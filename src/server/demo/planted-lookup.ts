// Finds the pupils with planted absence patterns in a seeded demo database,
// for tests and tools that did not see seedDemo's summary (for example a
// server that seeded the demo on its first start).
import type { Database } from '../db/client.js';
import { demoSchools } from './demo-schools.js';
import { plantedSlots, type PlantedPattern } from './planted-patterns.js';

export interface PlantedPupilRow {
  pattern: PlantedPattern;
  subjectCode: string | null;
  schoolName: string;
  className: string;
  pupilId: string;
  externalId: string;
  givenName: string;
  familyName: string;
}

export async function findPlantedPupils(database: Database): Promise<PlantedPupilRow[]> {
  const found: PlantedPupilRow[] = [];
  for (const slot of plantedSlots) {
    const schoolName = demoSchools.find((s) => s.key === slot.school)?.school.name ?? '';
    // The class list is in external-id order, which is the order the demo created the pupils in.
    const rows = await database.query<{ id: string; external_id: string; given_name: string; family_name: string }>(
      `select p.id, p.external_id, p.given_name, p.family_name
         from pupils p
         join schools s on s.id = p.school_id
         join group_memberships m on m.pupil_id = p.id
         join groups g on g.id = m.group_id and g.kind = 'class'
        where s.name = $1 and g.name = $2
        order by p.external_id offset $3 limit 1`,
      [schoolName, slot.className, slot.rosterIndex],
    );
    const pupil = rows[0];
    if (!pupil) continue;
    found.push({
      pattern: slot.pattern,
      subjectCode: slot.subject ?? null,
      schoolName,
      className: slot.className,
      pupilId: pupil.id,
      externalId: pupil.external_id,
      givenName: pupil.given_name,
      familyName: pupil.family_name,
    });
  }
  return found;
}
