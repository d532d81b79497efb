// The command's inputs other than the attendance file: the policy (a preset
// or a file), the school calendar and the roster's birth dates. Each file is
// checked with the same code the server uses; what is wrong comes back as an
// InputError naming the file, the place in it and the reason.
import { access, constants, readFile, stat } from 'node:fs/promises';
import { parseRosterFile } from '../../../domain/import/roster.js';
import { parseCalendarJson } from '../../../domain/rules/calendar-schema.js';
import { parsePolicyJson } from '../../../domain/rules/parse-policy.js';
import type { Policy } from '../../../domain/rules/policy-schema.js';
import { getPreset, isPresetId, PRESET_IDS } from '../../../domain/rules/presets.js';
import { norwegianSchoolYear, schoolYearStartYearFor, type SchoolCalendar } from '../../../domain/school-calendar.js';
import { UsageError } from './args.js';
import { importProblemText, policyProblemText } from './problem-text.js';

/** A file that cannot be used: each line says where and why. */
export class InputError extends Error {
  constructor(
    readonly file: string,
    readonly problems: readonly string[],
    readonly more = 0,
  ) {
    super(`${file}: ${problems.join('; ')}`);
  }
}

function cannotRead(path: string, option: string, error: unknown): UsageError {
  const code = (error as NodeJS.ErrnoException).code;
  const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'a folder, not a file' : code === 'EACCES' ? 'not allowed to read it' : String(error);
  return new UsageError(`--${option} ${path}: ${why}.`);
}

/** Reads a file the user named; a missing or unreadable one is a usage mistake. */
export async function readUserFile(path: string, option: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    throw cannotRead(path, option, error);
  }
}

/** Checks that a file the user named can be read, without reading it (the attendance file may be large). */
export async function checkReadable(path: string, option: string): Promise<void> {
  try {
    if ((await stat(path)).isDirectory()) throw Object.assign(new Error('directory'), { code: 'EISDIR' });
    await access(path, constants.R_OK);
  } catch (error) {
    throw cannotRead(path, option, error);
  }
}

export async function loadPolicy(arg: string): Promise<Policy> {
  if (isPresetId(arg)) return getPreset(arg);
  let text: string;
  try {
    text = await readFile(arg, 'utf8');
  } catch {
    throw new UsageError(`--policy ${arg}: neither a preset (${PRESET_IDS.join(', ')}) nor a file that can be read.`);
  }
  const result = parsePolicyJson(text);
  if (!result.ok) throw new InputError(arg, result.problems.map(policyProblemText));
  return result.policy;
}

/** The calendar file's school year, or the typical Norwegian school year the as-of date belongs to. */
export async function loadCalendar(path: string | undefined, asOf: string): Promise<SchoolCalendar> {
  if (path === undefined) return norwegianSchoolYear(schoolYearStartYearFor(asOf));
  const result = parseCalendarJson(await readUserFile(path, 'calendar'));
  if (!result.ok) throw new InputError(path, result.problems.map(policyProblemText));
  return result.calendar;
}

/** The pupils' birth dates by their id in the source system. */
export async function loadBirthDates(path: string): Promise<Map<string, string>> {
  const file = parseRosterFile(await readUserFile(path, 'roster'));
  if (file.problems.length > 0) {
    throw new InputError(path, file.problems.slice(0, 100).map(importProblemText), Math.max(file.problems.length - 100, 0));
  }
  return new Map(file.rows.map((row) => [row.pupil, row.birthDate]));
}
