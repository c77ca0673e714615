// The core's translator: the language setting resolved against the system's preferred languages (a port, since
// only the host knows them), over every namespace, built once; each language's translator is kept.
import { MessageCatalog, resolveLanguage, type Translator } from '../shared/i18n';
import { RESOURCES } from '../shared/i18n/resources';
import type { LanguageSetting } from '../shared/settings';

/** Returns the translator for the current language setting; the same object while nothing changed. */
export function coreTranslator(
  setting: () => LanguageSetting,
  preferredLanguages: () => readonly string[],
): () => Translator {
  const catalog = new MessageCatalog(RESOURCES);
  return () => catalog.translator(resolveLanguage(setting(), preferredLanguages()));
}
