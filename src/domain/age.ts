/**
 * Whole years between birth date and the given day ('YYYY-MM-DD' both): one
 * more on the birthday. Worked out on the text, since the rules ask it for
 * every concern of every pupil; someone born on 29 February turns a year
 * older on 1 March in other years.
 */
export function ageOn(birthDate: string, day: string): number {
  const years = Number(day.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return day.slice(5) < birthDate.slice(5) ? years - 1 : years;
}

/** From 18 the pupil, not the guardians, receives notices and decides on consent. */
export const AGE_OF_MAJORITY = 18;
export const isAdultOn = (birthDate: string, day: string) => ageOn(birthDate, day) >= AGE_OF_MAJORITY;
