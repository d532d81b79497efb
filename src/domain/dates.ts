import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';

/** Norwegian schools keep Norwegian time, wherever the server runs. */
export const SCHOOL_TIME_ZONE = 'Europe/Oslo';

/** The calendar day ('YYYY-MM-DD') an instant falls on in Norway. */
export function schoolDayOf(instant: Date): string {
  return format(new TZDate(instant.getTime(), SCHOOL_TIME_ZONE), 'yyyy-MM-dd');
}

/** The Norwegian date and wall-clock time ('HH:MM') of an instant. */
export function schoolTimeOf(instant: Date): { date: string; time: string } {
  const local = new TZDate(instant.getTime(), SCHOOL_TIME_ZONE);
  return { date: format(local, 'yyyy-MM-dd'), time: format(local, 'HH:mm') };
}
