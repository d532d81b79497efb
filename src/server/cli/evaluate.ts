// `naervaer evaluate`: the rules engine on files, with no database, so that a
// school owner can check an export from another system against a policy
// before (or without) importing it. The attendance file is read with the
// import format's own parser and judged pupil by pupil with the same
// evaluator the server uses; the pattern detectors too, with the policy's
// `patterns` settings.
//
//   naervaer evaluate --policy lyngen --attendance fravaer.csv --as-of 2026-11-20 --format table
import { pathToFileURL } from 'node:url';
import type { Writable } from 'node:stream';
import { evaluatePolicy } from '../../domain/rules/evaluate.js';
import { detectPatterns, resolvePatternSettings } from '../../domain/patterns/index.js';
import { readAttendanceFile } from './evaluate/attendance-stream.js';
import { readArgs, USAGE, UsageError } from './evaluate/args.js';
import { figuresSummary } from './evaluate/figures-summary.js';
import { checkReadable, InputError, loadBirthDates, loadCalendar, loadPolicy } from './evaluate/inputs.js';
import { MarkStore } from './evaluate/mark-store.js';
import { importProblemText } from './evaluate/problem-text.js';
import { JsonReport, OutputClosed, TableReport, write, type Report } from './evaluate/report.js';

/** How many problems of a file are printed; the rest are counted. */
const SHOWN_PROBLEMS = 100;

async function run(argv: readonly string[], out: Writable, err: Writable): Promise<number> {
  const args = readArgs(argv);
  if (args.help) {
    await write(out, USAGE);
    return 0;
  }
  const policy = await loadPolicy(args.policy);
  const calendar = await loadCalendar(args.calendar, args.asOf);
  const birthDates = args.roster === undefined ? undefined : await loadBirthDates(args.roster);

  // Checked first, so that a missing file is a usage mistake rather than a stream error.
  await checkReadable(args.attendance, 'attendance');
  const store = new MarkStore();
  const read = await readAttendanceFile(args.attendance, (row, line) => store.add(row, line), SHOWN_PROBLEMS);
  const problems = [...read.problems];
  let count = read.problemCount;
  if (count === 0) {
    const duplicates = store.groupByPupil();
    problems.push(...duplicates);
    count += duplicates.length;
  }
  if (count > 0) {
    const shown = problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0)).slice(0, SHOWN_PROBLEMS);
    throw new InputError(args.attendance, shown.map(importProblemText), count - shown.length);
  }

  const header = { asOf: args.asOf, policy, calendar };
  const report: Report = args.format === 'json' ? new JsonReport(out, header) : new TableReport(out, header);
  let withoutBirthDate = 0;
  const patternSettings = resolvePatternSettings(policy.patterns);
  for (const { pupil, marks } of store.pupilMarks()) {
    const birthDate = birthDates?.get(pupil) ?? null;
    if (birthDates !== undefined && birthDate === null) withoutBirthDate++;
    const concerns = evaluatePolicy(policy, { marks, calendar, asOf: args.asOf, birthDate });
    // The birth date only decides who is told; it is not printed.
    const patterns = detectPatterns({ marks, calendar, asOf: args.asOf }, patternSettings);
    await report.pupil({ pupil, figures: figuresSummary(marks, calendar, args.asOf), concerns, patterns });
  }
  await report.end();
  if (withoutBirthDate > 0) {
    await write(err, `Note: ${withoutBirthDate} pupils are not in the roster; whether they or their guardians are told is shown as "guardiansOrPupil".\n`);
  }
  return 0;
}

/** Runs the command; resolves to the exit code. */
export async function main(argv: readonly string[], out: Writable = process.stdout, err: Writable = process.stderr): Promise<number> {
  // A closed pipe shows as an 'error' event (EPIPE); the write that meets it stops the command instead.
  const ignore = () => undefined;
  out.on('error', ignore);
  err.on('error', ignore);
  try {
    return await run(argv, out, err);
  } catch (error) {
    if (error instanceof OutputClosed) return 0;
    if (error instanceof UsageError) {
      await write(err, `naervaer evaluate: ${error.message}\n\n${USAGE}`);
      return 2;
    }
    if (error instanceof InputError) {
      const lines = error.problems.map((p) => `${error.file}: ${p}`);
      if (error.more > 0) lines.push(`${error.file}: … and ${error.more} more problems.`);
      await write(err, `${lines.join('\n')}\n`);
      return 2;
    }
    throw error;
  } finally {
    out.off('error', ignore);
    err.off('error', ignore);
  }
}

// Also runnable on its own: `tsx src/server/cli/evaluate.ts --policy … --attendance … --as-of …`.
if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await main(process.argv.slice(2));
}
