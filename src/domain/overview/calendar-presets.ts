// The yearly calendar an owner starts from, bundled like the staircases.
import preset from '../../../presets/yearly-calendar/default.json' with { type: 'json' };
import { calendarPresetSchema, type CalendarTask } from './yearly-calendar.js';

let parsed: CalendarTask[] | undefined;

/** The default tasks, checked (the tests make sure the file is valid). */
export function defaultCalendarTasks(): CalendarTask[] {
  parsed ??= calendarPresetSchema.parse(preset).tasks;
  return structuredClone(parsed);
}
