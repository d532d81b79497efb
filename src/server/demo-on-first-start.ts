import type { Database } from './db/client.js';
import { schoolDayOf, schoolTimeOf } from '../domain/dates.js';
import { seedDemo } from './demo/seed-demo.js';
import { AS_OF_TIME } from './demo/lesson-schedule.js';
import { addPortalUsers } from './demo/portal-users.js';
import { seedLimitDemo } from './demo/limit-demo.js';
import { evaluateChanged } from './services/rule-evaluation.js';
import { fixedClock } from './clock.js';
import { seedFollowupDemo } from './demo/followup-demo.js';
import { seedMeasuresDemo } from './demo/measures-demo.js';

/** Seeds the demo school when the database has no school owner yet. Returns whether it did. */
export async function ensureDemoSchool(database: Database, now: Date, publicUrl = 'http://localhost:3000'): Promise<boolean> {
  const rows = await database.query<{ n: number }>('select count(*)::int as n from school_owners');
  if ((rows[0]?.n ?? 0) > 0) return false;
  // The demo's day is seen just before lunch, but never ahead of now: started at
  // seven in the morning, no lesson of the day is registered yet.
  const { time } = schoolTimeOf(now);
  await seedDemo(database, { asOf: schoolDayOf(now), asOfTime: time < AS_OF_TIME ? time : AS_OF_TIME });
  await addPortalUsers(database);
  await seedLimitDemo(database, schoolDayOf(now), publicUrl);
  // The embedded database has no autovacuum: without fresh statistics the planner
  // takes the school-wide figures query for a tiny table and nested-loops it.
  await database.query('analyze');
  // Judged at once, so that the first screen shows the demo's concerns.
  await evaluateChanged(database, fixedClock(now.toISOString()));
  // A case in progress for the contact teacher, from one of the concerns just raised.
  await seedFollowupDemo(database, now);
  // Earlier cases with agreements, so the owner's statistics have attendance before and after measures to show.
  await seedMeasuresDemo(database, now);
  return true;
}
