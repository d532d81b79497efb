// Months as the review counts them: 'YYYY-MM', from the first to the last day.
const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

export const isMonth = (text: string) => MONTH.test(text);

export function monthBounds(month: string): { from: string; to: string } {
  const m = MONTH.exec(month);
  if (!m) throw new Error(`Not a month: ${month}`);
  const year = Number(m[1]);
  const mon = Number(m[2]);
  const last = new Date(Date.UTC(year, mon, 0)).getUTCDate();
  return { from: `${month}-01`, to: `${month}-${String(last).padStart(2, '0')}` };
}

export function previousMonth(month: string): string {
  const m = MONTH.exec(month);
  if (!m) throw new Error(`Not a month: ${month}`);
  const year = Number(m[1]);
  const mon = Number(m[2]);
  return mon === 1 ? `${year - 1}-12` : `${year}-${String(mon - 1).padStart(2, '0')}`;
}

export const monthOf = (date: string) => date.slice(0, 7);

/** The months of a school year starting in August of `startYear`, August to June. */
export function schoolYearMonths(startYear: number): string[] {
  return Array.from({ length: 11 }, (_, i) => {
    const mon = ((7 + i) % 12) + 1;
    return `${mon >= 8 ? startYear : startYear + 1}-${String(mon).padStart(2, '0')}`;
  });
}
