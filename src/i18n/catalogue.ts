// The one translation catalogue, shared by the server (error messages, letters)
// and the web app. One namespace per area, so that each area's texts live in
// their own files: `errors` (API errors), `app` (shell, login, start, classes),
// `attendance` (registration, the contact teacher's week), `notices` (notices
// and leave from home), `figures` (absence figures), `imports` (import/export), `letters` (the
// letters and notifications the rules send).
// The server translates with the `errors` namespace by default; other
// namespaces are reached with a prefix, e.g. t('imports:row.badDate').
import type { Locale } from '../contracts/locale.js';
import nbErrors from './locales/nb/errors.json' with { type: 'json' };
import nnErrors from './locales/nn/errors.json' with { type: 'json' };
import enErrors from './locales/en/errors.json' with { type: 'json' };
import nbApp from './locales/nb/app.json' with { type: 'json' };
import nnApp from './locales/nn/app.json' with { type: 'json' };
import enApp from './locales/en/app.json' with { type: 'json' };
import nbAttendance from './locales/nb/attendance.json' with { type: 'json' };
import nnAttendance from './locales/nn/attendance.json' with { type: 'json' };
import enAttendance from './locales/en/attendance.json' with { type: 'json' };
import nbNotices from './locales/nb/notices.json' with { type: 'json' };
import nnNotices from './locales/nn/notices.json' with { type: 'json' };
import enNotices from './locales/en/notices.json' with { type: 'json' };
import nbFigures from './locales/nb/figures.json' with { type: 'json' };
import nnFigures from './locales/nn/figures.json' with { type: 'json' };
import enFigures from './locales/en/figures.json' with { type: 'json' };
import nbImports from './locales/nb/imports.json' with { type: 'json' };
import nnImports from './locales/nn/imports.json' with { type: 'json' };
import enImports from './locales/en/imports.json' with { type: 'json' };
import nbLetters from './locales/nb/letters.json' with { type: 'json' };
import nnLetters from './locales/nn/letters.json' with { type: 'json' };
import enLetters from './locales/en/letters.json' with { type: 'json' };
import nbRules from './locales/nb/rules.json' with { type: 'json' };
import nnRules from './locales/nn/rules.json' with { type: 'json' };
import enRules from './locales/en/rules.json' with { type: 'json' };

export const namespaces = ['app', 'errors', 'attendance', 'notices', 'figures', 'imports', 'letters', 'rules'] as const;
export type Namespace = (typeof namespaces)[number];

export const resources = {
  nb: { errors: nbErrors, app: nbApp, attendance: nbAttendance, notices: nbNotices, figures: nbFigures, imports: nbImports, letters: nbLetters, rules: nbRules },
  nn: { errors: nnErrors, app: nnApp, attendance: nnAttendance, notices: nnNotices, figures: nnFigures, imports: nnImports, letters: nnLetters, rules: nnRules },
  en: { errors: enErrors, app: enApp, attendance: enAttendance, notices: enNotices, figures: enFigures, imports: enImports, letters: enLetters, rules: enRules },
} satisfies Record<Locale, Record<Namespace, object>>;
