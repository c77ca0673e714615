// WalkBreak's interface languages and the translator every layer uses: i18next for messages (interpolation,
// plurals by Intl.PluralRules), Intl for numbers, dates and times in the user's locale. Messages live per language
// and namespace in ./en and ./de (English is the source; German must have exactly the same keys, checked by the
// type of each de file and by tests/shared/i18n.test.ts). Main and tests load every namespace (./resources); the
// renderer registers each namespace with the code that shows it, so a window only loads what it displays.
import { createInstance, type TFunction } from 'i18next';
import type { LanguageSetting } from '../settings';
import type { Namespace, Resources } from './resources';

/** A lookup over every namespace: t('common:appName'), t('reminder:title', { count: 30 }). */
export type TranslateFn = TFunction<Namespace[]>;

/** The languages WalkBreak is translated into. English is the source and the fallback. */
export const LANGUAGES = ['en', 'de'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Each language's name in itself, as the language setting lists it (never translated). */
export const LANGUAGE_NAMES: Readonly<Record<Language, string>> = { en: 'English', de: 'Deutsch' };

/** A namespace's messages in one language: the English shape with every text a string. */
export type Messages<T> = { [K in keyof T]: T[K] extends string ? string : Messages<T[K]> };

/** Loaded messages: language → namespace → messages. */
export type MessageBundles = Partial<Record<Language, Partial<Resources>>>;

export interface ResolvedLanguage {
  language: Language;
  /** BCP 47 tag for Intl (dates, times, numbers): the system's own tag for that language when it has one. */
  locale: string;
}

const isLanguage = (value: string): value is Language => (LANGUAGES as readonly string[]).includes(value);
const primary = (tag: string): string => tag.split(/[-_]/)[0]?.toLowerCase() ?? '';

/**
 * The language and formatting locale for a language setting, given the system's preferred languages (most
 * preferred first, e.g. `navigator.languages` or Electron's `app.getPreferredSystemLanguages()`). 'system' takes
 * the first supported one, else English. The locale keeps the system's region for that language ("de-AT",
 * "en-GB"), so a British user sees 14:05 and 28/11/2026, and otherwise is the bare language.
 */
export function resolveLanguage(setting: LanguageSetting, preferred: readonly string[]): ResolvedLanguage {
  const tags = preferred.filter((tag) => typeof tag === 'string' && tag.length > 0);
  const language: Language = setting !== 'system' ? setting : (tags.map(primary).find(isLanguage) ?? 'en');
  const own = tags.find((tag) => primary(tag) === language);
  return { language, locale: own && isValidLocale(own) ? own.replace('_', '-') : language };
}

function isValidLocale(tag: string): boolean {
  try {
    return Intl.DateTimeFormat.supportedLocalesOf(tag.replace('_', '-')).length > 0;
  } catch {
    return false;
  }
}

/** One language's messages and formats. Pure: the same inputs give the same text. */
export interface Translator {
  readonly language: Language;
  readonly locale: string;
  /** Message lookup, e.g. t('reminder:title', { count: 30 }); keys are type-checked against the English files. */
  readonly t: TranslateFn;
  /** A number in the locale's format: 1,234.5 / 1.234,5. */
  number(value: number, options?: Intl.NumberFormatOptions): string;
  /** Local wall-clock time, short: "14:05" or "2:05 PM". */
  time(ms: number): string;
  /** A local date with Intl options, e.g. { weekday: 'short', day: 'numeric', month: 'short' }. */
  date(ms: number, options: Intl.DateTimeFormatOptions): string;
  /** "a, b and c" / "a, b und c". */
  list(items: readonly string[]): string;
}

const formatters = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat | Intl.ListFormat>();

/** Intl formatters are costly to build (about 0.4 ms each): one per locale and options, kept. */
function cached<F extends Intl.DateTimeFormat | Intl.NumberFormat | Intl.ListFormat>(
  kind: string,
  locale: string,
  options: object,
  make: () => F,
): F {
  const key = `${kind}|${locale}|${JSON.stringify(options)}`;
  let formatter = formatters.get(key) as F | undefined;
  if (!formatter) {
    formatter = make();
    formatters.set(key, formatter);
  }
  return formatter;
}

/** What a missing message shows: the key in brackets, so a test or a reader sees it at once. */
export const missingKeyText = (key: string): string => `⟦${key}⟧`;

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

function makeTranslator({ language, locale }: ResolvedLanguage, t: TranslateFn): Translator {
  return {
    language,
    locale,
    t,
    number: (value, options = {}) =>
      cached('n', locale, options, () => new Intl.NumberFormat(locale, options)).format(value),
    time: (ms) =>
      cached('t', locale, {}, () => new Intl.DateTimeFormat(locale, { timeStyle: 'short' })).format(ms),
    date: (ms, options) =>
      cached('d', locale, options, () => new Intl.DateTimeFormat(locale, options)).format(ms),
    list: (items) =>
      cached(
        'l',
        locale,
        {},
        () => new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }),
      ).format(items),
  };
}
