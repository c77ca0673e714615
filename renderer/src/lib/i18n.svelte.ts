// The renderer's language: the translator for the current language setting, reactive so every visible string
// changes at once when the user picks another language. Namespaces are registered by the code that shows them
// (renderer/src/i18n/<ns>.ts), so a window loads only its own messages (the reminder window stays small).
import {
  LightCatalog,
  resolveLanguage,
  type Language,
  type Translator,
} from '../../../electron/shared/i18n/translator';
import type { Namespace, Resources } from '../../../electron/shared/i18n/resources';
import type { LanguageSetting } from '../../../electron/shared/settings';

/**
 * Every registered namespace in every language, made once per window. The light catalog, not i18next: it is in
 * every window's first load (docs/i18n.md).
 */
const catalog = new LightCatalog({}, (key) => console.error(`WalkBreak: missing message ${key}`));

class LanguageState {
  setting = $state<LanguageSetting>('system');
  /** Bumped when a namespace is registered, so text already on screen is looked up again. */
  loaded = $state(0);
  translator: Translator = $derived.by(() => {
    const preferred = typeof navigator === 'undefined' ? [] : navigator.languages;
    return catalog.translator(resolveLanguage(this.setting, preferred));
  });
}

const state = new LanguageState();

/** Adds one namespace's messages in every language (called once by renderer/src/i18n/<ns>.ts). */
export function registerMessages<N extends Namespace>(
  namespace: N,
  messages: { [L in Language]: Resources[N] },
): void {
  catalog.add(namespace, messages);
  state.loaded++;
}

/** The current translator (its language, locale, t and formats). Reactive inside components and $derived. */
export function i18n(): Translator {
  return state.translator;
}

/** Message lookup in the current language, e.g. t('reminder:window.skip'). Reactive inside components. */
// Forwards to the current translator's t (read from reactive state on every call); the casts only bridge
// the branded, overloaded TFunction type, which a plain forwarding function cannot spell.
export const t = ((...args: unknown[]): string => {
  void state.loaded;
  return (state.translator.t as unknown as (...a: unknown[]) => string)(...args);
}) as unknown as Translator['t'];

/** Follows the language setting; also sets <html lang> so screen readers pronounce the text right. */
export function setLanguageSetting(setting: LanguageSetting): void {
  state.setting = setting;
  if (typeof document !== 'undefined') document.documentElement.lang = state.translator.language;
}
