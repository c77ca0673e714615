// Registers the "settings" messages for the views that import this module (docs/i18n.md).
import de from '../../../electron/shared/i18n/de/settings';
import en from '../../../electron/shared/i18n/en/settings';
import { registerMessages } from '../lib/i18n.svelte';

registerMessages('settings', { en, de });
