// A pupil year's held and absent lessons month by month, counted straight
// off the stored text (src/domain/figures/pupil-year-codec.ts) for the
// owner's statistics over a whole county: every lesson is exactly one
// capital letter there (its state), F, G and H the absent ones, and nothing
// else in the text is a capital, so counting capitals day by day is enough
// and no lesson is decoded. Tested against the codec's own reader.

const COLON = 58;
const SEMICOLON = 59;
const digit36 = (code: number) => (code <= 57 ? code - 48 : code - 87);

/** For each day number of the school year (days since 1 August), the index of its month in `months`, or -1. */
export function monthIndexByDay(startYear: number, months: readonly string[]): Int16Array {
  const index = new Map(months.map((m, i) => [m, i]));
  const result = new Int16Array(400).fill(-1);
  const first = Date.UTC(startYear, 7, 1);
  for (let d = 0; d < result.length; d++) result[d] = index.get(new Date(first + d * 86_400_000).toISOString().slice(0, 7)) ?? -1;
  return result;
}

/** The day number (days since 1 August of `startYear`) of a date. */
export const dayNumberOf = (startYear: number, date: string) => Math.round((Date.parse(`${date}T00:00:00Z`) - Date.UTC(startYear, 7, 1)) / 86_400_000);

/**
 * Walks the stored text day by day in date order, giving each day's number
 * with its held and absent lessons; stops when `visit` returns false.
 */
function scanDays(days: string, visit: (day: number, held: number, absent: number) => boolean): void {
  const n = days.length;
  let i = 0;
  while (i < n) {
    let day = 0;
    let code = days.charCodeAt(i);
    while (code !== COLON) {
      day = day * 36 + digit36(code);
      code = days.charCodeAt(++i);
    }
    i++;
    let h = 0;
    let a = 0;
    while (i < n && (code = days.charCodeAt(i)) !== SEMICOLON) {
      if (code >= 65 && code <= 90) {
        h++;
        if (code >= 70 && code <= 72) a++;
      }
      i++;
    }
    i++;
    if (!visit(day, h, a)) return;
  }
}

/** Adds the year's lessons up to day number `untilDay` (included) into held and absent, by month. */
export function tallyMonths(days: string, monthOfDay: Int16Array, untilDay: number, held: number[], absent: number[]): void {
  scanDays(days, (day, h, a) => {
    if (day > untilDay) return false;
    const m = monthOfDay[day] ?? -1;
    if (m >= 0) {
      held[m]! += h;
      absent[m]! += a;
    }
    return true;
  });
}

export interface DayTally {
  /** 'YYYY-MM-DD' */
  date: string;
  held: number;
  /** Held lessons not absent: present, late and organised study, as in the absence shares. */
  present: number;
}

/** The year's school days before day number `beforeDay` (not included), each with its held and present lessons, in date order. */
export function tallyDays(startYear: number, days: string, beforeDay: number): DayTally[] {
  const result: DayTally[] = [];
  const first = Date.UTC(startYear, 7, 1);
  scanDays(days, (day, h, a) => {
    if (day >= beforeDay) return false;
    if (h > 0) result.push({ date: new Date(first + day * 86_400_000).toISOString().slice(0, 10), held: h, present: h - a });
    return true;
  });
  return result;
}
