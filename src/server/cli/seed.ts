// Seeds demo or county-scale data into the database the server uses.
//
//   tsx src/server/cli/seed.ts [--as-of YYYY-MM-DD] [--seed N]
//       the demo schools, into a database without school owners
//   tsx src/server/cli/seed.ts --pupils N [--weeks W] [--seed N] [--as-of YYYY-MM-DD]
//       county-scale data for benchmarks: N pupils, W weeks of marks
import { parseArgs } from 'node:util';
import { schoolDayOf } from '../../domain/dates.js';
import { isPlainDate, schoolYearStartYearFor } from '../../domain/school-calendar.js';
import { openDatabase, type Database } from '../db/client.js';
import { runMigrations } from '../db/migrate.js';
import { seedDemo } from '../demo/seed-demo.js';
import { seedScale, type ScaleStrategy } from '../demo/seed-scale.js';
import { DEMO_PASSWORD } from '../demo/demo-users.js';
import { StartupError } from '../startup-error.js';

const USAGE =
  'Usage: seed.ts [--as-of YYYY-MM-DD] [--seed N]  |  seed.ts --pupils N [--weeks W] [--seed N] [--as-of YYYY-MM-DD] [--strategy sql|unnest]';

interface Arguments {
  pupils: number | undefined;
  weeks: number;
  seed: number | undefined;
  asOf: string;
  strategy: ScaleStrategy | undefined;
}

function wholeNumber(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) throw new StartupError(`--${name} must be a whole number (got ${value}). ${USAGE}`);
  return Number(value);
}

function parseArguments(argv: string[]): Arguments {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        pupils: { type: 'string' },
        weeks: { type: 'string' },
        seed: { type: 'string' },
        'as-of': { type: 'string' },
        strategy: { type: 'string' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw new StartupError(`${error instanceof Error ? error.message : String(error)}. ${USAGE}`);
  }
  const asOf = values['as-of'] ?? schoolDayOf(new Date());
  if (!isPlainDate(asOf)) {
    throw new StartupError(`--as-of must be a date written YYYY-MM-DD (got ${asOf}).`);
  }
  const strategy = values.strategy;
  if (strategy !== undefined && strategy !== 'sql' && strategy !== 'unnest') {
    throw new StartupError(`--strategy must be sql or unnest (got ${strategy}).`);
  }
  return {
    pupils: wholeNumber('pupils', values.pupils),
    weeks: wholeNumber('weeks', values.weeks) ?? 4,
    seed: wholeNumber('seed', values.seed),
    asOf,
    strategy,
  };
}

async function seedDemoSchools(database: Database, args: Arguments): Promise<void> {
  const owners = await database.query<{ n: number }>('select count(*)::int as n from school_owners');
  if ((owners[0]?.n ?? 0) > 0) {
    throw new StartupError('The database already has school owners; the demo is only seeded into an empty database.');
  }
  const summary = await seedDemo(database, { asOf: args.asOf, ...(args.seed === undefined ? {} : { seed: args.seed }) });
  console.log(`Seeded the demo for ${summary.asOf} (school year ${summary.schoolYear}, seed ${summary.seed}) in ${summary.seconds.toFixed(1)} s:`);
  for (const school of summary.schools) {
    console.log(
      `  ${school.schoolName} (${school.ownerName}): ${school.pupils} pupils, ${school.classes} classes, ${school.staff} staff, ` +
        `${school.lessons.held} lessons held, ${school.marks} marks`,
    );
  }
  console.log(`Logins (password ${DEMO_PASSWORD}):`);
  for (const login of summary.logins) console.log(`  ${login.email}  ${login.name}, ${login.role}`);
}

async function seedCounty(database: Database, args: Arguments, pupils: number): Promise<void> {
  const result = await seedScale(database, {
    pupils,
    weeks: args.weeks,
    schoolYearStartYear: schoolYearStartYearFor(args.asOf),
    ...(args.seed === undefined ? {} : { seed: args.seed }),
    ...(args.strategy === undefined ? {} : { strategy: args.strategy }),
  });
  console.log(
    `Seeded ${result.pupils} pupils in ${result.schools} schools, ${result.lessons} lessons, ` +
      `${result.marks} marks inserted in ${result.seconds.toFixed(1)} s: ${Math.round(result.marks / result.seconds)} marks/s ` +
      `(marks ${result.phases.marks.toFixed(1)} s, ${result.strategy}).`,
  );
}

async function main(): Promise<void> {
  const args = parseArguments(process.argv.slice(2));
  const database = await openDatabase({ databaseUrl: process.env.DATABASE_URL, dataDir: process.env.DATA_DIR ?? './data' });
  try {
    await runMigrations(database);
    if (args.pupils === undefined) await seedDemoSchools(database, args);
    else await seedCounty(database, args, args.pupils);
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  if (error instanceof StartupError) {
    console.error(error.message);
  } else {
    console.error(error);
  }
  process.exitCode = 1;
});
