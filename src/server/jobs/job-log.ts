// The job queue's log lines, in the same JSON (or pretty) form and level as the server's.
import pino from 'pino';
import type { Config } from '../config.js';

export function jobLog(config: Config) {
  if (config.logLevel === 'silent') return pino({ enabled: false });
  return pino({
    level: config.logLevel,
    name: 'jobs',
    ...(config.logPretty ? { transport: { target: 'pino-pretty', options: { singleLine: true } } } : {}),
  });
}
