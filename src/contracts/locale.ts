import { z } from 'zod';

/** Bokmål is the default; nynorsk and English are full translations. */
export const localeSchema = z.enum(['nb', 'nn', 'en']);
export type Locale = z.infer<typeof localeSchema>;
export const defaultLocale: Locale = 'nb';
export const locales = localeSchema.options;
