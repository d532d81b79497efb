// The command line of `naervaer evaluate`.
import { parseArgs } from 'node:util';
import { PRESET_IDS } from '../../../domain/rules/presets.js';

export const USAGE = `Usage: naervaer evaluate --policy <preset or file> --attendance <csv> --as-of <YYYY-MM-DD>
                        [--roster <csv>] [--calendar <json>] [--format json|table]

Checks an attendance export against a policy, without a database.

  --policy      a preset (${PRESET_IDS.join(', ')}) or a policy JSON file
  --attendance  attendance CSV: pupil,date,period,subject,teacher,status,documentation,minutes_late
                (and optionally start,end)
  --as-of       the day to judge on; rows after it are left out
  --roster      roster CSV, for birth dates: from 18 the pupil, not the guardians, is told
  --calendar    the school year as JSON (see docs/policies.md); without it, the typical
                Norwegian school year the as-of date falls in
  --format      json (default): one JSON object; table: a table to read
  -h, --help    this text

Exit codes: 0 done, 2 a bad argument or file (the reason on stderr), 1 anything else.
`;

/** A mistake on the command line: the message, then the usage. */
export class UsageError extends Error {}

export interface EvaluateArgs {
  policy: string;
  attendance: string;
  roster: string | undefined;
  calendar: string | undefined;
  asOf: string;
  format: 'json' | 'table';
  help: boolean;
}

const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const isRealDate = (text: string) => ISO_DATE.test(text) && new Date(`${text}T00:00:00Z`).toISOString().startsWith(text);

export function readArgs(argv: readonly string[]): EvaluateArgs {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        policy: { type: 'string' },
        attendance: { type: 'string' },
        roster: { type: 'string' },
        calendar: { type: 'string' },
        'as-of': { type: 'string' },
        format: { type: 'string', default: 'json' },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const help = values.help === true;
  const text = (name: string) => (typeof values[name] === 'string' ? (values[name] as string) : undefined);
  if (help) return { policy: '', attendance: '', roster: undefined, calendar: undefined, asOf: '', format: 'json', help };

  const missing = ['policy', 'attendance', 'as-of'].filter((name) => text(name) === undefined || text(name) === '');
  if (missing.length > 0) throw new UsageError(`Missing ${missing.map((m) => `--${m}`).join(', ')}.`);
  const asOf = text('as-of') as string;
  if (!isRealDate(asOf)) throw new UsageError(`--as-of must be a date as YYYY-MM-DD, got "${asOf}".`);
  const format = text('format');
  if (format !== 'json' && format !== 'table') throw new UsageError(`--format must be json or table, got "${format}".`);
  return {
    policy: text('policy') as string,
    attendance: text('attendance') as string,
    roster: text('roster'),
    calendar: text('calendar'),
    asOf,
    format,
    help,
  };
}
