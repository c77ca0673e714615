// The translator without i18next: languages, the language setting's resolution, Intl formats, and a light message
// catalog for the renderer, where every window loads it before its first paint (i18next was 45 % of the reminder
// window's first load). It implements the part of i18next WalkBreak's messages use, with i18next's rules: `ns:key`
// with nested keys, `{{name}}` and `{{count, number}}`, plurals `_one` / `_other` (`_zero` for 0) by
// Intl.PluralRules, German falling back to English, ⟦key⟧ for a missing key. tests/shared/i18n.test.ts checks that
// it gives i18next's text for every message in both languages. Main and core keep i18next (./index.ts).
import type { TFunction } from 'i18next';
import type { LanguageSetting } from '../settings';
import type { Namespace, Resources } from './resources';

/** A lookup over every namespace: t('common:appName'), t('reminder:title', { count: 30 }). */
export type TranslateFn = TFunction<Namespace[]>;

/** The languages WalkBreak is translated into. English is the source and the fallback. */
export const LANGUAGES = ['en', 'de'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Each language's name in itself, as the language setting lists it (never translated). */
export const LANGUAGE_NAMES: Readonly<Record<Language, string>> = { en: 'English', de: 'Deutsch' };

export type { Messages } from './messages';

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
  /** "a, b and c" / "a, b und c"; with 'disjunction' "a, b or c" / "a, b oder c". */
  list(items: readonly string[], type?: 'conjunction' | 'disjunction'): string;
}

type Formatter = Intl.DateTimeFormat | Intl.NumberFormat | Intl.ListFormat | Intl.PluralRules;
const formatters = new Map<string, Formatter>();

/** Intl formatters are costly to build (about 0.4 ms each): one per locale and options, kept. */
function cached<F extends Formatter>(kind: string, locale: string, options: object, make: () => F): F {
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

/** A translator for one language and locale around a message lookup (i18next's in main, the light one here). */
export function makeTranslator({ language, locale }: ResolvedLanguage, t: TranslateFn): Translator {
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
    list: (items, type = 'conjunction') =>
      cached('l', locale, { type }, () => new Intl.ListFormat(locale, { style: 'long', type })).format(items),
  };
}

type Tree = { [key: string]: Tree | string };
type Options = Record<string, unknown>;

/** `{{name}}` or `{{name, format}}`, as i18next writes them. */
const PLACEHOLDER = /\{\{(.+?)\}\}/g;

/**
 * Every registered namespace in every language, looked up with i18next's rules for the features WalkBreak's
 * messages use (see the top of this file), without i18next. Same interface as ./index.ts's MessageCatalog.
 */
export class LightCatalog {
  private readonly bundles: Partial<Record<Language, Record<string, Tree>>> = {};
  private readonly translators = new Map<string, Translator>();

  constructor(
    bundles: MessageBundles = {},
    private readonly onMissing?: (key: string) => void,
  ) {
    for (const [language, namespaces] of Object.entries(bundles))
      for (const [namespace, messages] of Object.entries(namespaces ?? {}))
        this.add(namespace, { [language]: messages });
  }

  /** Adds (or replaces) one namespace's messages in the given languages. */
  add(namespace: string, messages: Partial<Record<Language, object>>): void {
    for (const [language, bundle] of Object.entries(messages))
      (this.bundles[language as Language] ??= {})[namespace] = bundle as Tree;
  }

  /** The translator for a language and locale; the same object for the same pair. */
  translator(resolved: ResolvedLanguage): Translator {
    const key = `${resolved.language}|${resolved.locale}`;
    let translator = this.translators.get(key);
    if (!translator) {
      const t = (key: string, options?: Options): string => this.translate(resolved.language, key, options);
      translator = makeTranslator(resolved, t as unknown as TranslateFn);
      this.translators.set(key, translator);
    }
    return translator;
  }

  private translate(language: Language, fullKey: string, options: Options = {}): string {
    const split = fullKey.indexOf(':');
    const namespace = split < 0 ? 'common' : fullKey.slice(0, split);
    const key = split < 0 ? fullKey : fullKey.slice(split + 1);
    const count = options['count'];
    const plural = count !== undefined && typeof count !== 'string';
    for (const code of language === 'en' ? ['en' as const] : [language, 'en' as const]) {
      // i18next's order: _zero (for 0), the language's plural form, the bare key, then _other.
      const form = plural
        ? cached('p', code, {}, () => new Intl.PluralRules(code)).select(count as number)
        : undefined;
      const candidates = form
        ? [...(count === 0 ? [`${key}_zero`] : []), `${key}_${form}`, key, `${key}_other`]
        : [key];
      for (const candidate of candidates) {
        const text = this.lookup(code, namespace, candidate);
        if (text !== undefined) return this.interpolate(text, language, options);
      }
    }
    this.onMissing?.(`${namespace}:${key}`);
    return missingKeyText(key);
  }

  private lookup(language: Language, namespace: string, key: string): string | undefined {
    let node: Tree | string | undefined = this.bundles[language]?.[namespace];
    for (const part of key.split('.')) node = typeof node === 'object' ? node[part] : undefined;
    return typeof node === 'string' ? node : undefined;
  }

  private interpolate(text: string, language: Language, options: Options): string {
    return text.replace(PLACEHOLDER, (whole, inner: string) => {
      const [name = '', format] = inner.split(',').map((part) => part.trim());
      const value = options[name];
      // i18next leaves a placeholder it has no value for as it is, and writes null as nothing.
      if (value === undefined) return name in options ? '' : whole;
      if (format === 'number' && typeof value === 'number')
        return cached('n', language, {}, () => new Intl.NumberFormat(language)).format(value);
      return value === null ? '' : String(value as string);
    });
  }
}
