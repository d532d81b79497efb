// Norwegian names, addresses for e-mail and phone numbers for demo people.
// Every e-mail address is under .example (RFC 2606), so nothing is ever sent
// to a real person.
import { Faker, base, en, nb_NO } from '@faker-js/faker';
import type { Random } from './random.js';

export type Sex = 'female' | 'male';

export interface PersonName {
  givenName: string;
  familyName: string;
  sex: Sex;
}

/** A seeded source of Norwegian names; its own Faker instance, so no other caller shifts its sequence. */
export interface NameSource {
  person(sex?: Sex): PersonName;
  familyName(): string;
}

export function createNameSource(seed: number): NameSource {
  const faker = new Faker({ locale: [nb_NO, en, base] });
  faker.seed(seed);
  const sexOf = (sex?: Sex): Sex => sex ?? (faker.number.int({ min: 0, max: 1 }) === 0 ? 'female' : 'male');
  return {
    person(sex) {
      const chosen = sexOf(sex);
      return { givenName: faker.person.firstName(chosen), familyName: faker.person.lastName(), sex: chosen };
    },
    familyName: () => faker.person.lastName(),
  };
}

const FOLDED: Record<string, string> = { æ: 'ae', ø: 'o', å: 'a', é: 'e', è: 'e', ü: 'u', ö: 'o', ä: 'a' };

/** 'Bjørnstad Ødegård' -> 'bjornstad.odegard': the local part of an address. */
export function emailSlug(...parts: string[]): string {
  return parts
    .join(' ')
    .toLowerCase()
    .replace(/[æøåéèüöä]/g, (letter) => FOLDED[letter] ?? letter)
    .replace(/[^a-z0-9]+/g, '.')
    .replace(/^\.+|\.+$/g, '');
}

/** Hands out addresses that are unique in one data set, adding 2, 3, ... on collision. */
export type EmailRegistry = (localPart: string, domain: string) => string;

export function createEmailRegistry(reserved: Iterable<string> = []): EmailRegistry {
  const taken = new Set([...reserved].map((email) => email.toLowerCase()));
  return (localPart: string, domain: string): string => {
    for (let n = 1; ; n += 1) {
      const email = `${localPart}${n === 1 ? '' : n}@${domain}`;
      if (!taken.has(email)) {
        taken.add(email);
        return email;
      }
    }
  };
}

/** A Norwegian mobile number (8 digits starting with 4 or 9), written +47 4xx xx xxx. */
export function mobileNumber(random: Random): string {
  const digits = `${random.pick(['4', '9'])}${String(random.int(0, 9_999_999)).padStart(7, '0')}`;
  return `+47 ${digits.slice(0, 3)} ${digits.slice(3, 5)} ${digits.slice(5)}`;
}
