// Formatting that is the same in every UI language: Norwegian date style.

/** 'YYYY-MM-DD' → 'dd.mm.åååå' (no time zone involved: the date is taken as written). */
export function formatIsoDate(isoDate: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) return isoDate;
  const [, year, month, day] = match;
  return `${day}.${month}.${year}`;
}
