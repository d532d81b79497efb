// The one translation catalogue, shared by the server (error messages, letters)
// and the web app. Namespaces: `errors` (API errors), `app` (the web app's texts).
import type { Locale } from '../contracts/locale.js';
import nbErrors from './locales/nb/errors.json' with { type: 'json' };
import nnErrors from './locales/nn/errors.json' with { type: 'json' };
import enErrors from './locales/en/errors.json' with { type: 'json' };
import nbApp from './locales/nb/app.json' with { type: 'json' };
import nnApp from './locales/nn/app.json' with { type: 'json' };
import enApp from './locales/en/app.json' with { type: 'json' };

export const namespaces = ['app', 'errors'] as const;
export type Namespace = (typeof namespaces)[number];

export const resources = {
  nb: { errors: nbErrors, app: nbApp },
  nn: { errors: nnErrors, app: nnApp },
  en: { errors: enErrors, app: enApp },
} satisfies Record<Locale, Record<Namespace, object>>;
