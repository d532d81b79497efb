import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';

/** Norwegian schools keep Norwegian time, wherever the server runs. */
export const SCHOOL_TIME_ZONE = 'Europe/Oslo';

/** The calendar day ('YYYY-MM-DD') an instant falls on in Norway. */
export function schoolDayOf(instant: Date): string {
  return format(new TZDate(instant.getTime(), SCHOOL_TIME_ZONE), 'yyyy-MM-dd');
}
