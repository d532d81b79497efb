// Timestamps in the demo are local school time: a lesson at 08:30 was
// registered at 08:40 Norwegian time, summer or winter, wherever the server runs.
import { TZDate } from '@date-fns/tz';
import { SCHOOL_TIME_ZONE } from '../../domain/dates.js';

/** '2026-03-10' + '08:40' -> '2026-03-10T08:40:00.000+01:00'. */
export function osloTimestamp(date: string, time: string): string {
  const [year, month, day] = date.split('-').map(Number);
  const [hours, minutes] = time.split(':').map(Number);
  return new TZDate(year ?? 0, (month ?? 1) - 1, day ?? 1, hours ?? 0, minutes ?? 0, 0, SCHOOL_TIME_ZONE).toISOString();
}

/** '08:30' + 10 -> '08:40' (within one day). */
export function addMinutesToTime(time: string, minutes: number): string {
  const [hours, mins] = time.split(':').map(Number);
  const total = (hours ?? 0) * 60 + (mins ?? 0) + minutes;
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
}
