// Translators for tests that call core directly: English (what the app shows on an English system) and German.
import { createTranslator } from '../../electron/shared/i18n';
import { RESOURCES } from '../../electron/shared/i18n/resources';

export const ENGLISH = createTranslator({ language: 'en', locale: 'en-GB' }, RESOURCES);
export const GERMAN = createTranslator({ language: 'de', locale: 'de-DE' }, RESOURCES);
