import type { Database } from './db/client.js';
import { schoolDayOf } from '../domain/dates.js';
import { seedDemo } from './demo/seed-demo.js';

/** The fixed demo accounts; all have the password `naervaer-demo`. */
export const demoLogins = [
  { email: 'laerer@fjordvik.example', description: 'Kari Larsen, kontaktlærer 8A, Fjordvik skole (1-10)' },
  { email: 'rektor@fjordvik.example', description: 'Ola Berg, rektor, Fjordvik skole' },
  { email: 'helsesykepleier@fjordvik.example', description: 'Ingrid Moe, helsesykepleier, Fjordvik skole' },
  { email: 'admin@fjordvik.example', description: 'Per Dahl, administrator, Fjordvik kommune' },
  { email: 'analytiker@fjordvik.example', description: 'Sofie Lund, analytiker, Fjordvik kommune' },
  { email: 'laerer@nordlys.example', description: 'Jonas Haugen, kontaktlærer 2STA, Nordlys vgs' },
  { email: 'rektor@nordlys.example', description: 'Hanne Strand, rektor, Nordlys vgs' },
] as const;

export const DEMO_PASSWORD = 'naervaer-demo';

/** Seeds the demo school when the database has no school owner yet. Returns whether it did. */
export async function ensureDemoSchool(database: Database): Promise<boolean> {
  const rows = await database.query<{ n: number }>('select count(*)::int as n from school_owners');
  if ((rows[0]?.n ?? 0) > 0) return false;
  await seedDemo(database, { asOf: schoolDayOf(new Date()) });
  return true;
}
