// The written warning before a grade is lost (opplæringsforskrifta § 9-7,
// privatskoleforskrifta § 6-7): which are due, issuing one (once, never twice
// for the same pupil, subject and assessment), its letters to the pupil and,
// while the pupil is under 18, to the guardians with parental responsibility,
// each with a link that records the opening; and the leadership's overview.
import { createHash, randomBytes } from 'node:crypto';
import type { Database, Queryable } from '../../db/client.js';
import type { Clock } from '../../clock.js';
import { leadsSchool, type Actor } from '../../../domain/access.js';
import { isAdultOn } from '../../../domain/age.js';
import { schoolTimeOf } from '../../../domain/dates.js';
import { localeSchema, type Locale } from '../../../contracts/locale.js';
import { documentableAbsences } from '../../../domain/upper-secondary/reminders.js';
import type { LimitStatus } from '../../../domain/upper-secondary/limit.js';
import { buildWarningLetter, letterFiguresOf, type LetterFigures } from '../../../domain/upper-secondary/warning-letter.js';
import { text as usText } from '../../../domain/upper-secondary/letter-text.js';
import { unopenedTooLong, warningRecipients, warningsDue, warningTimeliness, type SentWarning, type WarningDue } from '../../../domain/upper-secondary/warnings.js';
import type { WarningOverview } from '../../../contracts/upper-secondary.js';
import * as repo from '../../db/repositories/upper-secondary.js';
import type { LimitPupilRow, WarningRow } from '../../db/repositories/upper-secondary.js';
import { pupilContacts, type PupilContactRow } from '../../db/repositories/notifications.js';
import { findSchool } from '../../db/repositories/classes.js';
import { AppError, forbidden, notFound } from '../../app-error.js';
import { audit, systemActor } from '../audit.js';
import { loadSchoolContext, pupilStatuses, type SchoolLimitContext } from './pupil-limits-context.js';
import { letterAsText } from './letter-text.js';
import { presentWarning } from './present.js';
import { schoolKindOf } from './pupil-limits.js';

const asLocale = (value: string | null | undefined): Locale => localeSchema.catch('nb').parse(value ?? 'nb');
const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');

/** The weeks a pupil has to contest a mark, as the letter says it. */
function contestWeeks(ctx: SchoolLimitContext): number {
  const { amount, unit } = ctx.settings.complaintWindow.within;
  return unit === 'weeks' ? amount : Math.max(1, Math.round(amount / (unit === 'school_days' ? 5 : 7)));
}

const sentOf = (rows: readonly WarningRow[]): SentWarning[] =>
  rows.map((w) => ({ subjectId: w.subject_id, assessmentId: `${w.assessment_kind}:${w.assessment_date}`, sentOn: w.sent_on }));

/** Assessments keyed by kind and date, as stored warnings name them (a default assessment has no row). */
const keyed = (ctx: SchoolLimitContext, subjectId: string) => ctx.assessments(subjectId).map((a) => ({ ...a, key: `${a.kind}:${a.date}` }));

/** The warnings due for the pupil today, in every subject. */
export function dueFor(ctx: SchoolLimitContext, statuses: Map<string, LimitStatus>, sent: readonly WarningRow[]): (WarningDue & { assessmentRowId: string | null })[] {
  const warned = sentOf(sent);
  const due: (WarningDue & { assessmentRowId: string | null })[] = [];
  for (const [subjectId, status] of statuses) {
    const assessments = keyed(ctx, subjectId);
    for (const d of warningsDue(status, assessments.map((a) => ({ ...a, id: a.key })), warned, ctx.asOf, { atRiskPercent: ctx.settings.atRiskPercent })) {
      const row = assessments.find((a) => a.key === d.assessment.id);
      due.push({ ...d, assessmentRowId: row && !row.id.startsWith('default:') ? row.id : null });
    }
  }
  return due;
}

interface IssueInput {
  pupil: Pick<LimitPupilRow, 'id' | 'school_id' | 'owner_id' | 'owner_kind' | 'school_name'>;
  contact: PupilContactRow;
  due: WarningDue & { assessmentRowId: string | null };
  status: LimitStatus;
  subjectName: string;
  subjectCode: string;
  ctx: SchoolLimitContext;
  signatory: string | null;
  createdBy: string | null;
  publicUrl: string;
}

/** Stores the warning and its letters in the caller's transaction; null when it had been issued already. Returns the e-mails to send. */
export async function issueWarning(tx: Queryable, input: IssueInput): Promise<{ warningId: string; emails: string[] } | null> {
  const { pupil, contact, due, status, ctx } = input;
  const figures = letterFiguresOf(status);
  const deadlines = documentableAbsences(status, ctx.asOf, ctx.settings.documentationDeadline, ctx.calendar).map((d) => d.deadline).sort();
  const stored = { ...figures, documentationDeadline: deadlines.at(-1) ?? null, contestWeeks: contestWeeks(ctx) };
  const warningId = await repo.insertWarning(tx, {
    ownerId: pupil.owner_id,
    schoolId: pupil.school_id,
    pupilId: pupil.id,
    subjectId: due.subjectId,
    assessmentId: due.assessmentRowId,
    assessmentKind: due.assessment.kind,
    assessmentDate: due.assessment.date,
    because: due.because,
    sentOn: ctx.asOf,
    figures: stored as unknown as Record<string, unknown>,
    createdBy: input.createdBy,
  });
  if (warningId === null) return null;

  const pupilName = `${contact.given_name} ${contact.family_name}`;
  const neutral = contact.protected_address;
  const guardians = contact.guardians.map((g) => ({ id: g.id, parentalResponsibility: true }));
  const letters: repo.LetterToStore[] = [];
  for (const r of warningRecipients({ id: pupil.id, birthDate: contact.birth_date }, guardians, ctx.asOf)) {
    const guardian = r.kind === 'guardian' ? contact.guardians.find((g) => g.id === r.id) : undefined;
    const locale = asLocale(r.kind === 'pupil' ? contact.pupil_user?.locale : guardian?.locale);
    const email = r.kind === 'pupil' ? contact.email : (guardian?.email ?? null);
    const token = randomBytes(24).toString('base64url');
    const letter = warningLetter({ figures: stored, kind: due.assessment.kind, date: due.assessment.date, limitApplies: due.assessment.limitApplies, sentOn: ctx.asOf }, {
      locale,
      to: r.kind === 'pupil' ? 'pupil' : 'guardians',
      pupilName,
      schoolName: pupil.school_name,
      schoolKind: schoolKindOf(pupil),
      subjectName: input.subjectName,
      subjectCode: input.subjectCode,
      signatory: input.signatory,
    });
    const link = `${input.publicUrl}/api/warnings/open/${token}`;
    const body = neutral
      ? usText(locale, 'email.neutralBody', { link })
      : `${letterAsText(letter)}\n\n${usText(locale, 'email.openLink', { link })}`;
    letters.push({
      ownerId: pupil.owner_id,
      schoolId: pupil.school_id,
      pupilId: pupil.id,
      kind: 'limit_warning',
      warningId,
      reference: null,
      recipientKind: r.kind,
      recipientUserId: r.kind === 'pupil' ? (contact.pupil_user?.id ?? null) : (guardian?.userId ?? null),
      recipientGuardianId: r.kind === 'guardian' ? r.id : null,
      recipientKey: `${r.kind}:${r.id}`,
      email,
      locale,
      subject: neutral ? usText(locale, 'email.neutralSubject') : letter.title,
      body,
      neutral,
      status: email ? 'pending' : 'not_sent',
      statusReason: email ? null : 'no_address',
      openTokenHash: sha256(token),
    });
  }
  const stored2 = await repo.insertLetters(tx, letters);
  return { warningId, emails: stored2.filter((s) => s.status === 'pending').map((s) => s.id) };
}

export interface StoredFigures extends LetterFigures {
  documentationDeadline: string | null;
  contestWeeks: number;
}

/** The letter of a warning, as it was sent (from the figures kept with it), for one recipient. */
export function warningLetter(
  w: { figures: StoredFigures; kind: 'half_year' | 'final'; date: string; limitApplies: boolean; sentOn: string },
  r: { locale: Locale; to: 'pupil' | 'guardians'; pupilName: string; schoolName: string; schoolKind: 'public' | 'private'; subjectName: string; subjectCode: string; signatory: string | null },
) {
  const title = usText(r.locale, `principal.${r.schoolKind}`);
  return buildWarningLetter(
    {
      school: { name: r.schoolName, kind: r.schoolKind },
      pupil: { name: r.pupilName },
      to: r.to,
      subject: { code: r.subjectCode, name: r.subjectName },
      assessment: { kind: w.kind, date: w.date, limitApplies: w.limitApplies },
      status: w.figures,
      sentOn: w.sentOn,
      documentationDeadline: w.figures.documentationDeadline,
      contestWeeks: w.figures.contestWeeks,
      signedBy: { name: r.signatory ?? r.schoolName, title: title.charAt(0).toLocaleUpperCase() + title.slice(1) },
    },
    r.locale,
  );
}

export interface WarningRun {
  warnings: number;
  emails: string[];
}

/**
 * The daily run for one school: every pupil's warnings due, issued where the
 * owner sends them automatically. Safe to run again: a warning issued once is
 * never issued again (unique key), and its letters go once.
 */
export async function issueDueWarnings(
  database: Database,
  clock: Clock,
  school: { id: string; ownerId: string },
  options: { publicUrl: string; pupilIds?: readonly string[]; subjectId?: string; actor?: Actor; force?: boolean },
): Promise<WarningRun> {
  const today = schoolTimeOf(clock.now()).date;
  const pupils = (await repo.limitPupilsOfSchool(database, school.id, today)).filter((p) => !options.pupilIds || options.pupilIds.includes(p.id));
  const run: WarningRun = { warnings: 0, emails: [] };
  const first = pupils[0];
  if (!first?.school_year_id) return run;
  const ctx = await loadSchoolContext(database, school, first.school_year_id, pupils.map((p) => p.id), today);
  if (!ctx || (ctx.settings.sendWarnings === 'review' && !options.force)) return run;
  const sentByPupil = groupBy(await repo.warningsOfPupils(database, pupils.map((p) => p.id)), (w) => w.pupil_id);
  const signatory = await repo.schoolSignatory(database, school.id);
  for (const pupil of pupils) {
    const statuses = pupilStatuses(ctx, pupil.id, pupil.higher_health_risk);
    const due = dueFor(ctx, statuses, sentByPupil.get(pupil.id) ?? []).filter((d) => !options.subjectId || d.subjectId === options.subjectId);
    if (due.length === 0) continue;
    await database.transaction(async (tx) => {
      const [contact] = await pupilContacts(tx, [pupil.id], today);
      if (!contact) return;
      for (const d of due) {
        const subject = ctx.subjects.get(d.subjectId)!;
        const issued = await issueWarning(tx, {
          pupil, contact, due: d, status: statuses.get(d.subjectId)!, subjectName: subject.name, subjectCode: subject.code, ctx, signatory,
          createdBy: options.actor?.userId ?? null, publicUrl: options.publicUrl,
        });
        if (!issued) continue;
        run.warnings += 1;
        run.emails.push(...issued.emails);
        await audit(tx, options.actor ?? systemActor(school.ownerId), [
          { action: 'create', entity: 'limit_warning', entityId: issued.warningId, pupilId: pupil.id, details: { subjectId: d.subjectId, assessment: d.assessment.id, because: d.because } },
        ]);
      }
    });
  }
  return run;
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) map.set(key(item), [...(map.get(key(item)) ?? []), item]);
  return map;
}


/**
 * The leadership's overview: every pupil above the limit in a subject (with
 * whether the warning went in time, late or never), every warning due and not
 * yet sent, and warnings not opened after the owner's number of days.
 */
export async function getWarningOverview(database: Database, clock: Clock, actor: Actor, schoolId: string): Promise<WarningOverview> {
  const today = schoolTimeOf(clock.now()).date;
  const school = await findSchool(database, schoolId);
  if (!school || school.owner_id !== actor.ownerId) throw notFound();
  if (!leadsSchool(actor, schoolId)) throw forbidden();
  const pupils = await repo.limitPupilsOfSchool(database, schoolId, today);
  const first = pupils[0];
  const ctx = first?.school_year_id ? await loadSchoolContext(database, { id: schoolId, ownerId: school.owner_id }, first.school_year_id, pupils.map((p) => p.id), today) : null;
  await audit(database, actor, [{ action: 'read', entity: 'limit_warnings', reason: 'school_overview', details: { schoolId, pupils: pupils.length } }]);
  const rows: WarningOverview['rows'] = [];
  if (ctx) {
    const sentByPupil = groupBy(await repo.warningsOfPupils(database, pupils.map((p) => p.id)), (w) => w.pupil_id);
    for (const pupil of pupils) {
      const statuses = pupilStatuses(ctx, pupil.id, pupil.higher_health_risk);
      const sent = sentByPupil.get(pupil.id) ?? [];
      const due = dueFor(ctx, statuses, sent);
      for (const [subjectId, status] of statuses) {
        const mine = sent.filter((w) => w.subject_id === subjectId);
        const dueHere = due.find((d) => d.subjectId === subjectId);
        const unopened = mine.some((w) => w.deliveries.length > 0 && w.deliveries.every((d) => unopenedTooLong({ sentOn: w.sent_on, openedOn: d.openedAt }, today, ctx.settings.unopenedAfterDays)));
        const timeliness = keyed(ctx, subjectId)
          .filter((a) => a.limitApplies && a.date >= today)
          .map((a) => warningTimeliness(status, { ...a, id: a.key }, sentOf(mine)))[0] ?? 'not_needed';
        let state: WarningOverview['rows'][number]['state'] | null = null;
        if (timeliness === 'missing') state = 'missing';
        else if (dueHere) state = 'due';
        else if (unopened) state = 'unopened';
        else if (timeliness === 'late') state = 'late';
        else if (timeliness === 'in_time') state = 'in_time';
        else if (mine.length > 0) state = 'warned';
        if (state === null) continue;
        rows.push({
          pupil: { id: pupil.id, givenName: pupil.given_name, familyName: pupil.family_name, className: pupil.class_name, adult: isAdultOn(pupil.birth_date, today) },
          subjectId,
          subjectName: ctx.subjects.get(subjectId)?.name ?? '',
          percent: status.percent,
          zone: status.zone,
          crossedLimitOn: status.crossed.limit?.date ?? null,
          state,
          due: dueHere ? { kind: dueHere.assessment.kind, date: dueHere.assessment.date, because: dueHere.because } : null,
          warnings: mine.map(presentWarning),
        });
      }
    }
  }
  const order = { missing: 0, due: 1, unopened: 2, late: 3, in_time: 4, warned: 5 } as const;
  rows.sort((a, b) => order[a.state] - order[b.state] || b.percent - a.percent);
  return {
    school: { id: school.id, name: school.name },
    asOf: today,
    unopenedAfterDays: ctx?.settings.unopenedAfterDays ?? 10,
    sendWarnings: ctx?.settings.sendWarnings ?? 'automatic',
    rows,
  };
}

/** The leadership sends the warnings due to one pupil in one subject now. */
export async function sendWarningNow(
  database: Database,
  clock: Clock,
  actor: Actor,
  request: { pupilId: string; subjectId: string },
  publicUrl: string,
): Promise<WarningRun> {
  const today = schoolTimeOf(clock.now()).date;
  const pupil = await repo.limitPupil(database, request.pupilId, today);
  if (!pupil || pupil.owner_id !== actor.ownerId) throw notFound();
  if (!leadsSchool(actor, pupil.school_id)) throw forbidden();
  const run = await issueDueWarnings(database, clock, { id: pupil.school_id, ownerId: pupil.owner_id }, {
    publicUrl, pupilIds: [pupil.id], subjectId: request.subjectId, actor, force: true,
  });
  if (run.warnings === 0) throw new AppError(409, 'nothing_due', 'upperSecondary.noWarningDue');
  return run;
}

/** The opening link in a warning's e-mail: records the opening, whoever follows it (the token is the proof). */
export async function openWarningByToken(database: Database, clock: Clock, token: string): Promise<string | null> {
  if (!/^[A-Za-z0-9_-]{20,64}$/.test(token)) return null;
  const opened = await repo.openByToken(database, sha256(token), clock.now());
  return opened?.warning_id ?? null;
}
