// WalkBreak's interface languages and the translator main, core and tests use: i18next for messages (interpolation,
// plurals by Intl.PluralRules), Intl for numbers, dates and times in the user's locale. Messages live per language
// and namespace in ./en and ./de (English is the source; German must have exactly the same keys, checked by the
// type of each de file and by tests/shared/i18n.test.ts). Main and tests load every namespace (./resources). The
// renderer uses ./translator's LightCatalog (the same rules without i18next, so windows open lighter) and
// registers each namespace with the code that shows it, so a window only loads what it displays.
import { createInstance } from 'i18next';
import {
  LANGUAGES,
  makeTranslator,
  missingKeyText,
  type Language,
  type MessageBundles,
  type ResolvedLanguage,
  type TranslateFn,
  type Translator,
} from './translator';

export * from './translator';

/**
 * Every language's messages in one i18next instance (built once: that is the costly part), with a translator per
 * language as a cheap view of it. Namespaces can be added later (the renderer adds each as its view loads). A key
 * missing in German falls back to English; a key missing in English too shows ⟦key⟧ and is reported as
 * namespace:key to `onMissing`.
 */
export class MessageCatalog {
  private readonly instance = createInstance();
  private readonly translators = new Map<string, Translator>();

  constructor(bundles: MessageBundles = {}, onMissing?: (key: string) => void) {
    void this.instance.init({
      lng: 'en',
      fallbackLng: 'en',
      supportedLngs: [...LANGUAGES],
      resources: bundles as Record<string, Record<string, object>>,
      defaultNS: 'common',
      ns: Object.keys(bundles.en ?? {}),
      initAsync: false,
      // Svelte and the system notification escape text themselves; escaping here would show "&amp;".
      interpolation: { escapeValue: false },
      returnNull: false,
      showSupportNotice: false,
      saveMissing: onMissing !== undefined,
      missingKeyHandler: (_languages: readonly string[], ns: string, key: string) =>
        onMissing?.(`${ns}:${key}`),
      parseMissingKeyHandler: (key: string) => missingKeyText(key),
    } as Parameters<typeof this.instance.init>[0]);
  }

  /** Adds (or replaces) one namespace's messages in the given languages. */
  add(namespace: string, messages: Partial<Record<Language, object>>): void {
    for (const [language, bundle] of Object.entries(messages))
      this.instance.addResourceBundle(language, namespace, bundle, true, true);
  }

  /** The translator for a language and locale; the same object for the same pair. */
  translator(resolved: ResolvedLanguage): Translator {
    const key = `${resolved.language}|${resolved.locale}`;
    let translator = this.translators.get(key);
    if (!translator) {
      translator = makeTranslator(
        resolved,
        this.instance.getFixedT(resolved.language) as unknown as TranslateFn,
      );
      this.translators.set(key, translator);
    }
    return translator;
  }
}

/** A translator for one language over the given messages (all of them in main and tests). */
export function createTranslator(
  resolved: ResolvedLanguage,
  bundles: MessageBundles,
  onMissing?: (key: string) => void,
): Translator {
  return new MessageCatalog(bundles, onMissing).translator(resolved);
}
