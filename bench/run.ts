// `npm run bench`: prints the figures the issues ask for. Figures, not
// pass/fail: timings belong here, never in the test suite.
//   npm run bench                 every suite, both databases
//   npm run bench -- foundation   one suite
// PostgreSQL: BENCH_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/postgres);
// a fresh database is created and dropped for each measurement.
import { foundationBench } from './foundation.js';
import { attendanceBench } from './attendance.js';
import { rulesBench } from './rules.js';
import { patternsBench } from './patterns.js';
import { overviewBench } from './overview.js';

const suites: Record<string, () => Promise<void>> = {
  foundation: foundationBench,
  attendance: attendanceBench,
  rules: rulesBench,
  patterns: patternsBench,
  overview: overviewBench,
};

const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const unknown = wanted.filter((name) => !(name in suites));
if (unknown.length > 0) {
  console.error(`Unknown bench suite: ${unknown.join(', ')}. Known: ${Object.keys(suites).join(', ')}`);
  process.exit(2);
}
for (const name of wanted.length > 0 ? wanted : Object.keys(suites)) {
  console.log(`\n## ${name}`);
  await suites[name]!();
}
