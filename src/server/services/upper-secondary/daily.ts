// The daily round at every upper-secondary school: warnings due are issued
// (where the owner sends them automatically) and documentation reminders are
// written. Each school on its own, so one school's trouble stops no other.
import type { Database } from '../../db/client.js';
import type { Clock } from '../../clock.js';
import { schoolTimeOf } from '../../../domain/dates.js';
import * as repo from '../../db/repositories/upper-secondary.js';
import { issueDueWarnings } from './warnings.js';
import { sendDocumentationReminders } from './reminders.js';

export interface DailySummary {
  schools: number;
  warnings: number;
  reminders: number;
  emails: string[];
}

export async function runUpperSecondaryDay(database: Database, clock: Clock, publicUrl: string, onEmails?: (ids: string[]) => Promise<void>): Promise<DailySummary> {
  const today = schoolTimeOf(clock.now()).date;
  const summary: DailySummary = { schools: 0, warnings: 0, reminders: 0, emails: [] };
  for (const school of await repo.upperSecondarySchools(database, today)) {
    const s = { id: school.id, ownerId: school.owner_id };
    const warnings = await issueDueWarnings(database, clock, s, { publicUrl });
    const reminders = await sendDocumentationReminders(database, clock, s, publicUrl);
    const emails = [...warnings.emails, ...reminders.emails];
    await onEmails?.(emails);
    summary.schools += 1;
    summary.warnings += warnings.warnings;
    summary.reminders += reminders.reminders;
    summary.emails.push(...emails);
  }
  return summary;
}
