#!/usr/bin/env node
// The `naervaer` command. The commands are TypeScript, run through tsx from
// this package's own node_modules, so the command works from any folder:
//   node /path/to/naervaer/bin/naervaer.js evaluate --policy lyngen --attendance export.csv --as-of 2026-11-20
import { fileURLToPath } from 'node:url';

const COMMANDS = {
  evaluate: { file: '../src/server/cli/evaluate.ts', about: 'check an attendance export against a policy' },
};

const usage = () =>
  [
    'Usage: naervaer <command> [options]',
    '',
    'Commands:',
    ...Object.entries(COMMANDS).map(([name, { about }]) => `  ${name.padEnd(10)} ${about}`),
    '',
    'Run "naervaer <command> --help" for the options of a command.',
    '',
  ].join('\n');

const [name, ...args] = process.argv.slice(2);
if (name === '--help' || name === '-h') {
  process.stdout.write(usage());
} else if (name === undefined || !Object.hasOwn(COMMANDS, name)) {
  process.stderr.write(`${name === undefined ? 'naervaer: which command?' : `naervaer: unknown command "${name}".`}\n\n${usage()}`);
  process.exitCode = 2;
} else {
  // Resolved from this file, not from the working folder: the package's own tsx and tsconfig.
  const { register } = await import(import.meta.resolve('tsx/esm/api'));
  register({ tsconfig: fileURLToPath(new URL('../tsconfig.json', import.meta.url)) });
  const command = await import(new URL(COMMANDS[name].file, import.meta.url).href);
  process.exitCode = await command.main(args);
}
