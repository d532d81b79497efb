// Reading single cells. Each reader takes the cell's text (already trimmed,
// never empty: empty cells are handled by the row reader) and gives a value or
// the reason it is not one. Lenient where a school's spreadsheet commonly
// differs (DD.MM.YYYY dates, 08.15 times, lower-case letters), strict where a
// guess could record something wrong.
import type { ImportReason, ProblemParams } from './problems.js';

export type CellResult<T> = { ok: true; value: T } | { ok: false; reason: ImportReason; params?: ProblemParams };

const ok = <T>(value: T): CellResult<T> => ({ ok: true, value });
const fail = <T>(reason: ImportReason, params: ProblemParams = {}): CellResult<T> => ({ ok: false, reason, params });

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
// Norwegian spreadsheets write 05.01.2027 or 5.1.2027; a two-digit year is refused as ambiguous.
const NORWEGIAN_DATE = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** A calendar date as 'YYYY-MM-DD', from 'YYYY-MM-DD' or 'DD.MM.YYYY'. */
export function readDate(text: string): CellResult<string> {
  let year: number;
  let month: number;
  let day: number;
  const iso = ISO_DATE.exec(text);
  const norwegian = iso ? null : NORWEGIAN_DATE.exec(text);
  if (iso) [year, month, day] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (norwegian) [day, month, year] = [Number(norwegian[1]), Number(norwegian[2]), Number(norwegian[3])];
  else return fail('row.badDate', { value: text });
  if (year < 1900 || year > 2999 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    return fail('row.badDate', { value: text });
  }
  return ok(`${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`);
}

const TIME = /^(\d{1,2})[:.](\d{2})$/;

/** A wall-clock time as 'HH:MM', from 'HH:MM', 'H:MM' or 'HH.MM'. */
export function readTime(text: string): CellResult<string> {
  const match = TIME.exec(text);
  const hours = Number(match?.[1]);
  const minutes = Number(match?.[2]);
  if (!match || hours > 23 || minutes > 59) return fail('row.badTime', { value: text });
  return ok(`${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`);
}

/** A whole number in [min, max], or the given reason. */
export function readWholeNumber(text: string, min: number, max: number, reason: ImportReason): CellResult<number> {
  if (!/^\d{1,6}$/.test(text)) return fail(reason, { value: text, min, max });
  const value = Number(text);
  return value >= min && value <= max ? ok(value) : fail(reason, { value: text, min, max });
}

/** The schema allows periods 1 to 16 (a long vgs day with evening teaching). */
export const MAX_PERIOD = 16;
export const readPeriod = (text: string) => readWholeNumber(text, 1, MAX_PERIOD, 'row.badPeriod');

/** Minutes late: the schema's range for a late arrival. */
export const MAX_MINUTES_LATE = 240;
export const readMinutesLate = (text: string) => readWholeNumber(text, 1, MAX_MINUTES_LATE, 'row.badMinutesLate');

export const readGrade = (text: string) => readWholeNumber(text, 1, 13, 'row.badGrade');

const YES = new Set(['ja', 'j', 'yes', 'y', 'true', '1', 'x']);
const NO = new Set(['nei', 'n', 'no', 'false', '0']);

export function readBoolean(text: string): CellResult<boolean> {
  const lower = text.toLowerCase();
  if (YES.has(lower)) return ok(true);
  if (NO.has(lower)) return ok(false);
  return fail('row.badBoolean', { value: text });
}

// Deliberately simple: the address is a key to match a user or a guardian,
// not something we send mail to from here.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** An e-mail address, lower-cased: addresses are matched without regard to case. */
export function readEmail(text: string): CellResult<string> {
  return EMAIL.test(text) && text.length <= 254 ? ok(text.toLowerCase()) : fail('row.badEmail', { value: text });
}

export type MarkStatus = 'M' | 'F' | 'S' | 'O';

/** M present (møtt), F absent (fravær), S late (sen), O organised study or other school activity. */
export function readStatus(text: string): CellResult<MarkStatus> {
  const upper = text.toUpperCase();
  return upper === 'M' || upper === 'F' || upper === 'S' || upper === 'O'
    ? ok(upper)
    : fail('row.badStatus', { value: text });
}

export type Documentation = 'undocumented' | 'reported' | 'documented';

/** Empty (read by the row reader as undocumented), 'udokumentert', 'meldt' or 'dokumentert'. */
export function readDocumentation(text: string): CellResult<Documentation> {
  switch (text.toLowerCase()) {
    case 'udokumentert':
      return ok('undocumented');
    case 'meldt':
      return ok('reported');
    case 'dokumentert':
      return ok('documented');
    default:
      return fail('row.badDocumentation', { value: text });
  }
}
