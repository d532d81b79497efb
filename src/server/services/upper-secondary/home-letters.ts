// Short letters to the home about the limit (a documentation reminder, a
// decision on documentation or a complaint): to the pupil, and to the
// guardians with parental responsibility while the pupil is under 18. Each
// goes once: the reference is part of the unique key.
import type { Queryable } from '../../db/client.js';
import { localeSchema, type Locale } from '../../../contracts/locale.js';
import { warningRecipients } from '../../../domain/upper-secondary/warnings.js';
import type { LetterDocument } from '../../../domain/upper-secondary/warning-letter.js';
import { text as usText } from '../../../domain/upper-secondary/letter-text.js';
import { pupilContacts } from '../../db/repositories/notifications.js';
import * as repo from '../../db/repositories/upper-secondary.js';
import { letterAsText } from './letter-text.js';

const asLocale = (value: string | null | undefined): Locale => localeSchema.catch('nb').parse(value ?? 'nb');

/** Stores the letters in the caller's transaction and returns the e-mails to send. */
export async function lettersToHome(
  tx: Queryable,
  pupilId: string,
  today: string,
  kind: 'documentation_reminder' | 'decision',
  reference: string,
  build: (locale: Locale) => LetterDocument,
  publicUrl: string,
): Promise<string[]> {
  const [contact] = await pupilContacts(tx, [pupilId], today);
  if (!contact) return [];
  const rows: repo.LetterToStore[] = [];
  const guardians = contact.guardians.map((g) => ({ id: g.id, parentalResponsibility: true }));
  for (const r of warningRecipients({ id: contact.id, birthDate: contact.birth_date }, guardians, today)) {
    const guardian = r.kind === 'guardian' ? contact.guardians.find((g) => g.id === r.id) : undefined;
    const locale = asLocale(r.kind === 'pupil' ? contact.pupil_user?.locale : guardian?.locale);
    const email = r.kind === 'pupil' ? contact.email : (guardian?.email ?? null);
    const letter = build(locale);
    const link = `${publicUrl}/mitt-fravaer`;
    const neutral = contact.protected_address;
    rows.push({
      ownerId: contact.owner_id,
      schoolId: contact.school_id,
      pupilId,
      kind,
      warningId: null,
      reference,
      recipientKind: r.kind,
      recipientUserId: r.kind === 'pupil' ? (contact.pupil_user?.id ?? null) : (guardian?.userId ?? null),
      recipientGuardianId: r.kind === 'guardian' ? r.id : null,
      recipientKey: `${r.kind}:${r.id}`,
      email,
      locale,
      subject: neutral ? usText(locale, 'email.neutralSubject') : letter.title,
      body: neutral ? usText(locale, 'email.neutralBody', { link }) : `${letterAsText(letter)}\n\n${usText(locale, 'email.portalLink', { link })}`,
      neutral,
      status: email ? 'pending' : 'not_sent',
      statusReason: email ? null : 'no_address',
      openTokenHash: null,
    });
  }
  const stored = await repo.insertLetters(tx, rows);
  return stored.filter((s) => s.status === 'pending').map((s) => s.id);
}
