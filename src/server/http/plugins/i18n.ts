import fp from 'fastify-plugin';
import type { TFunction } from 'i18next';
import { i18nInstance } from '../../i18n/translator.js';
import { defaultLocale, localeSchema, type Locale } from '../../../contracts/locale.js';

declare module 'fastify' {
  interface FastifyRequest {
    locale: Locale;
    t: TFunction<'errors'>;
  }
}

/** Picks nb, nn or en from Accept-Language ("no" and "nb-NO" mean bokmål). */
export function localeFromAcceptLanguage(header: string | undefined): Locale {
  if (!header) return defaultLocale;
  const ranked = header
    .split(',')
    .map((part) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return { tag: tag.toLowerCase(), q: q ? Number(q.slice(2)) || 0 : 1 };
    })
    .sort((a, b) => b.q - a.q);
  for (const { tag } of ranked) {
    const primary = tag.split('-')[0] ?? '';
    if (primary === 'no') return 'nb';
    const parsed = localeSchema.safeParse(primary);
    if (parsed.success) return parsed.data;
  }
  return defaultLocale;
}

export const i18nPlugin = fp(async (app) => {
  const instance = i18nInstance;
  const byLocale = {
    nb: instance.getFixedT('nb', 'errors'),
    nn: instance.getFixedT('nn', 'errors'),
    en: instance.getFixedT('en', 'errors'),
  } satisfies Record<Locale, TFunction<'errors'>>;

  app.decorateRequest('locale', defaultLocale);
  app.decorateRequest('t', byLocale[defaultLocale]);
  app.addHook('onRequest', async (request) => {
    request.locale = localeFromAcceptLanguage(request.headers['accept-language']);
    request.t = byLocale[request.locale];
  });
});
