// The overview for the leadership and the school owner: routine fidelity,
// the monthly review, the owner's statistics with small counts hidden, the
// attendance around measures with its uncertainty, and the yearly calendar.
// Pure: case logs, concerns and tallies in; figures out.
export * from './case-facts.js';
export * from './fidelity.js';
export * from './monthly-review.js';
export * from './months.js';
export * from './suppression.js';
export * from './uncertainty.js';
export * from './measure-effect.js';
export * from './measure-observations.js';
export * from './absence-statistics.js';
export * from './owner-statistics.js';
export * from './yearly-calendar.js';
export * from './month-tally.js';
export { defaultCalendarTasks } from './calendar-presets.js';
