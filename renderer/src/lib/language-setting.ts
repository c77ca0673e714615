// Keeps this window's language in step with the language setting.
import { getSettings, onSettingsChanged } from './bridge';
import { setLanguageSetting } from './i18n.svelte';

/**
 * Reads the language setting once (so the first paint is already in the right language) and follows its changes
 * from any window. Without a bridge, or when the read fails, the system language is used.
 */
export async function followLanguageSetting(): Promise<void> {
  onSettingsChanged((settings) => setLanguageSetting(settings.language));
  try {
    setLanguageSetting((await getSettings()).language);
  } catch {
    setLanguageSetting('system');
  }
}
