// The core's translator: the language setting resolved against the system's preferred languages (a port, since
// only the host knows them), over every namespace. Rebuilt only when either changes.
import { createTranslator, resolveLanguage, type Translator } from '../shared/i18n';
import { RESOURCES } from '../shared/i18n/resources';
import type { LanguageSetting } from '../shared/settings';

/** Returns the translator for the current language setting; the same object while nothing changed. */
export function coreTranslator(
  setting: () => LanguageSetting,
  preferredLanguages: () => readonly string[],
): () => Translator {
  let key = '';
  let current: Translator | null = null;
  return () => {
    const preferred = preferredLanguages();
    const nextKey = `${setting()}|${preferred.join(',')}`;
    if (!current || nextKey !== key) {
      key = nextKey;
      current = createTranslator(resolveLanguage(setting(), preferred), RESOURCES);
    }
    return current;
  };
}
