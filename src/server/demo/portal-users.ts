// Logins for the home side of the demo: a guardian of a pupil in Kari Larsen's
// 8A (Fjordvik skole) and an adult pupil in Jonas Haugen's 2STA (Nordlys vgs).
// Added after the schools are seeded, picking people the seed made.
import type { Database } from '../db/client.js';
import { hashPassword } from '../services/passwords.js';
import { DEMO_PASSWORD } from './demo-users.js';

export const portalLogins = [
  { email: 'foresatt@fjordvik.example', description: 'Foresatt til en elev i 8A, Fjordvik skole' },
  { email: 'elev@nordlys.example', description: 'Elev over 18 år i 2STA, Nordlys vgs' },
] as const;

export async function addPortalUsers(database: Database): Promise<void> {
  const hash = await hashPassword(DEMO_PASSWORD);
  await database.transaction(async (tx) => {
    // A guardian with parental responsibility whose child is in 8A and under 18.
    const [guardian] = await tx.query<{ guardian_id: string; owner_id: string; given_name: string; family_name: string }>(
      `select gd.id as guardian_id, gd.owner_id, gd.given_name, gd.family_name
         from groups g
         join schools s on s.id = g.school_id and s.name = 'Fjordvik skole'
         join group_memberships m on m.group_id = g.id and m.valid_to is null
         join pupil_guardians pg on pg.pupil_id = m.pupil_id and pg.parental_responsibility
         join guardians gd on gd.id = pg.guardian_id
         join pupils p on p.id = m.pupil_id and not p.protected_address
        where g.name = '8A' and g.kind = 'class'
        order by p.family_name, p.given_name, gd.family_name, gd.given_name
        limit 1`,
    );
    if (guardian) {
      const [user] = await tx.query<{ id: string }>(
        `insert into users (owner_id, email, given_name, family_name, password_hash, guardian_id)
         values ($1, 'foresatt@fjordvik.example', $2, $3, $4, $5) returning id`,
        [guardian.owner_id, guardian.given_name, guardian.family_name, hash, guardian.guardian_id],
      );
      await tx.query(`insert into role_assignments (user_id, role, school_id) values ($1, 'guardian', null)`, [user!.id]);
    }
    // The oldest pupil of 2STA, who is 18 or more.
    const [pupil] = await tx.query<{ id: string; owner_id: string; school_id: string; given_name: string; family_name: string }>(
      `select p.id, p.owner_id, p.school_id, p.given_name, p.family_name
         from groups g
         join group_memberships m on m.group_id = g.id and m.valid_to is null
         join pupils p on p.id = m.pupil_id
        where g.name = '2STA' and g.kind = 'class' and p.birth_date <= current_date - interval '18 years'
        order by p.birth_date, p.family_name
        limit 1`,
    );
    if (pupil) {
      const [user] = await tx.query<{ id: string }>(
        `insert into users (owner_id, email, given_name, family_name, password_hash, pupil_id)
         values ($1, 'elev@nordlys.example', $2, $3, $4, $5) returning id`,
        [pupil.owner_id, pupil.given_name, pupil.family_name, hash, pupil.id],
      );
      await tx.query(`insert into role_assignments (user_id, role, school_id) values ($1, 'pupil', $2)`, [user!.id, pupil.school_id]);
    }
  });
}
