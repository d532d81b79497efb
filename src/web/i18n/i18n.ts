// The web app's i18next instance, fed from the one shared catalogue (src/i18n).
// The language is bokmål unless the user chose another one on this device;
// after login the user's saved language wins (see app/useUserLocale.ts).
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { namespaces, resources } from '../../i18n/catalogue';
import { defaultLocale, localeSchema, type Locale } from '../../contracts/locale';

const STORAGE_KEY = 'naervaer.locale';

export function storedLocale(): Locale | null {
  try {
    const parsed = localeSchema.safeParse(window.localStorage.getItem(STORAGE_KEY));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export function storeLocale(locale: Locale): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // Private mode or storage turned off: the choice lasts for this page only.
  }
}

export const i18n = i18next.createInstance();

void i18n.use(initReactI18next).init({
  resources,
  lng: storedLocale() ?? defaultLocale,
  fallbackLng: defaultLocale,
  supportedLngs: [...localeSchema.options],
  ns: [...namespaces],
  defaultNS: 'app',
  interpolation: { escapeValue: false },
  initAsync: false,
  react: { useSuspense: false },
});

/** The current UI language, always one of nb, nn, en. */
export function currentLocale(): Locale {
  const parsed = localeSchema.safeParse(i18n.resolvedLanguage ?? i18n.language);
  return parsed.success ? parsed.data : defaultLocale;
}

function reflectLanguage() {
  document.documentElement.lang = currentLocale();
}
i18n.on('languageChanged', reflectLanguage);
reflectLanguage();
