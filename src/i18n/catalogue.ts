// The one translation catalogue, shared by the server (error messages, letters)
// and the web app. One namespace per area, so that each area's texts live in
// their own files: `errors` (API errors), `app` (shell, login, start, classes),
// `attendance` (registration, the contact teacher's week), `notices` (notices
// and leave from home), `figures` (absence figures), `imports` (import/export),
// `letters` (the letters and notifications the rules send), `upperSecondary`
// (the absence limit's warning letter, documentation reminders and decisions on
// documentation and complaints), `auth` (second factor, Feide login, one's own
// sessions), `followup` (the follow-up case, its records, mapping tools and
// documents), `patterns` (absence patterns and the pupil's school year at a
// glance), `rules` (the concerns, the outbox and the owner's rules in the app),
// `audit` (the access log and «Hvem har sett mappen»).
// `overview` (the monthly review, routine fidelity, the owner's statistics, the yearly calendar).
// The server translates with the `errors` namespace by default; other
// namespaces are reached with a prefix, e.g. t('imports:row.badDate').
// A namespace is added with its three imports and one line in `byNamespace`.
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
import nbUpperSecondary from './locales/nb/upperSecondary.json' with { type: 'json' };
import nnUpperSecondary from './locales/nn/upperSecondary.json' with { type: 'json' };
import enUpperSecondary from './locales/en/upperSecondary.json' with { type: 'json' };
import nbAuth from './locales/nb/auth.json' with { type: 'json' };
import nnAuth from './locales/nn/auth.json' with { type: 'json' };
import enAuth from './locales/en/auth.json' with { type: 'json' };
import nbFollowup from './locales/nb/followup.json' with { type: 'json' };
import nnFollowup from './locales/nn/followup.json' with { type: 'json' };
import enFollowup from './locales/en/followup.json' with { type: 'json' };
import nbPatterns from './locales/nb/patterns.json' with { type: 'json' };
import nnPatterns from './locales/nn/patterns.json' with { type: 'json' };
import enPatterns from './locales/en/patterns.json' with { type: 'json' };
import nbRules from './locales/nb/rules.json' with { type: 'json' };
import nnRules from './locales/nn/rules.json' with { type: 'json' };
import enRules from './locales/en/rules.json' with { type: 'json' };
import nbOverview from './locales/nb/overview.json' with { type: 'json' };
import nnOverview from './locales/nn/overview.json' with { type: 'json' };
import enOverview from './locales/en/overview.json' with { type: 'json' };

import nbAudit from './locales/nb/audit.json' with { type: 'json' };
import nnAudit from './locales/nn/audit.json' with { type: 'json' };
import enAudit from './locales/en/audit.json' with { type: 'json' };
const byNamespace = {
  errors: { nb: nbErrors, nn: nnErrors, en: enErrors },
  app: { nb: nbApp, nn: nnApp, en: enApp },
  attendance: { nb: nbAttendance, nn: nnAttendance, en: enAttendance },
  notices: { nb: nbNotices, nn: nnNotices, en: enNotices },
  figures: { nb: nbFigures, nn: nnFigures, en: enFigures },
  imports: { nb: nbImports, nn: nnImports, en: enImports },
  letters: { nb: nbLetters, nn: nnLetters, en: enLetters },
  upperSecondary: { nb: nbUpperSecondary, nn: nnUpperSecondary, en: enUpperSecondary },
  auth: { nb: nbAuth, nn: nnAuth, en: enAuth },
  followup: { nb: nbFollowup, nn: nnFollowup, en: enFollowup },
  patterns: { nb: nbPatterns, nn: nnPatterns, en: enPatterns },
  rules: { nb: nbRules, nn: nnRules, en: enRules },
  audit: { nb: nbAudit, nn: nnAudit, en: enAudit },
  overview: { nb: nbOverview, nn: nnOverview, en: enOverview },
} satisfies Record<string, Record<Locale, object>>;

export type Namespace = keyof typeof byNamespace;
export const namespaces = Object.keys(byNamespace) as Namespace[];

type ResourcesOf<L extends Locale> = { [N in Namespace]: (typeof byNamespace)[N][L] };
const resourcesOf = <L extends Locale>(locale: L) =>
  Object.fromEntries(namespaces.map((ns) => [ns, byNamespace[ns][locale]])) as ResourcesOf<L>;

export const resources: { [L in Locale]: ResourcesOf<L> } = { nb: resourcesOf('nb'), nn: resourcesOf('nn'), en: resourcesOf('en') };
