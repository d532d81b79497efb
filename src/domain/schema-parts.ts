// The pieces every owner-written data file (policies, staircases) is checked
// with, so that a school owner's administrator reads the same words for the
// same mistake in either file.
import { z } from 'zod';

export const oneOf = (values: readonly string[]) => `must be one of: ${values.join(', ')}`;

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** An id written by the owner; `example` is shown in the message. */
export const idSchemaWith = (example: string) =>
  z
    .string({ error: 'must be a text' })
    .max(64, { error: 'can have at most 64 characters' })
    .regex(ID, { error: `must be lower-case letters and digits, with single hyphens between words, e.g. "${example}"` });

export const text = (max: number) =>
  z
    .string({ error: 'must be a text' })
    .trim()
    .min(1, { error: 'must not be empty' })
    .max(max, { error: `can have at most ${max} characters` });

export const wholeNumber = (min: number, max: number) =>
  z
    .number({ error: 'must be a number' })
    .int({ error: 'must be a whole number' })
    .min(min, { error: `must be at least ${min}` })
    .max(max, { error: `must be at most ${max}` });
