import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { de } from './de';

export const LANGUAGES = ['de', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
const STORAGE_KEY = 'mitwirken.language';

function storedLanguage(): Language {
  const stored = globalThis.localStorage?.getItem(STORAGE_KEY);
  return stored === 'en' ? 'en' : 'de';
}

i18next.on('languageChanged', (language) => {
  if (typeof document !== 'undefined') {
    document.documentElement.lang = language;
  }
});

// German first: the city's language is the default, English is the user's choice and is remembered. English texts
// load only for those who choose them, so German visitors do not download them.
void i18next.use(initReactI18next).init({
  resources: { de: { translation: de } },
  lng: 'de',
  fallbackLng: 'de',
  interpolation: { escapeValue: false },
  showSupportNotice: false,
});

async function applyLanguage(language: Language): Promise<void> {
  if (language === 'en' && !i18next.hasResourceBundle('en', 'translation')) {
    i18next.addResourceBundle('en', 'translation', (await import('./en')).en);
  }
  await i18next.changeLanguage(language);
}

if (storedLanguage() === 'en') {
  void applyLanguage('en');
}

export function switchLanguage(language: Language): void {
  globalThis.localStorage?.setItem(STORAGE_KEY, language);
  void applyLanguage(language);
}

export default i18next;
