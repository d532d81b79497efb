// What was sent and what waits: every notification the rules made, for the
// school's leadership (their school) and the owner's administrator (all).
import type { Database } from '../db/client.js';
import type { Clock } from '../clock.js';
import { canSeeOwnerOutbox, canSeeSchoolOverview, type Actor } from '../../domain/access.js';
import type { MyNotifications, Outbox } from '../../contracts/rules.js';
import * as repo from '../db/repositories/notifications.js';
import { findSchool } from '../db/repositories/classes.js';
import { forbidden, notFound } from '../app-error.js';
import { audit } from './audit.js';

const present = (rows: readonly repo.OutboxRow[], mailServer: boolean): Outbox => ({
  mailServer,
  entries: rows.map((r) => ({
    id: r.id,
    createdAt: r.created_at.toISOString(),
    sentAt: r.sent_at ? r.sent_at.toISOString() : null,
    channel: r.channel,
    recipientKind: r.recipient_kind,
    recipientName: r.recipient_name,
    email: r.email,
    subject: r.subject,
    status: r.status as Outbox['entries'][number]['status'],
    statusReason: r.status_reason,
    attempts: r.attempts,
    lastError: r.last_error,
    neutral: r.neutral,
    pupil: { id: r.pupil_id, givenName: r.given_name, familyName: r.family_name },
    // A warning shows its subject; a reminder or a decision has no rule and shows its own subject line.
    rule: r.rule_name ?? r.subject,
    school: { id: r.school_id, name: r.school_name },
  })),
});

export async function getSchoolOutbox(database: Database, actor: Actor, schoolId: string, options: { status?: string; mailServer: boolean }): Promise<Outbox> {
  const school = await findSchool(database, schoolId);
  if (!school || school.owner_id !== actor.ownerId) throw notFound();
  if (!canSeeSchoolOverview(actor, schoolId)) throw forbidden();
  const rows = await repo.outbox(database, { ownerId: actor.ownerId, schoolId }, 500, options.status);
  await audit(database, actor, [{ action: 'read', entity: 'outbox', details: { schoolId, entries: rows.length } }]);
  return present(rows, options.mailServer);
}

export async function getOwnerOutbox(database: Database, actor: Actor, options: { status?: string; mailServer: boolean }): Promise<Outbox> {
  if (!canSeeOwnerOutbox(actor)) throw forbidden();
  const rows = await repo.outbox(database, { ownerId: actor.ownerId }, 500, options.status);
  await audit(database, actor, [{ action: 'read', entity: 'outbox', details: { owner: true, entries: rows.length } }]);
  return present(rows, options.mailServer);
}

export async function getMyNotifications(database: Database, actor: Actor): Promise<MyNotifications> {
  const rows = await repo.myNotifications(database, actor.userId, 50);
  return {
    notifications: rows.map((r) => ({
      id: r.id,
      createdAt: r.created_at.toISOString(),
      read: r.read_at !== null,
      subject: r.subject,
      body: r.body,
      pupilId: r.pupil_id,
    })),
  };
}

export async function readMyNotifications(database: Database, clock: Clock, actor: Actor, ids: readonly string[]): Promise<void> {
  await repo.markNotificationsRead(database, actor.userId, ids, clock.now());
}
