import { differenceInYears, parseISO } from 'date-fns';

/** Whole years between birth date and the given day ('YYYY-MM-DD' both). */
export function ageOn(birthDate: string, day: string): number {
  return differenceInYears(parseISO(day), parseISO(birthDate));
}

/** From 18 the pupil, not the guardians, receives notices and decides on consent. */
export const AGE_OF_MAJORITY = 18;
export const isAdultOn = (birthDate: string, day: string) => ageOn(birthDate, day) >= AGE_OF_MAJORITY;
