// Registers the "welcome" messages for the views that import this module (docs/i18n.md).
import de from '../../../electron/shared/i18n/de/welcome';
import en from '../../../electron/shared/i18n/en/welcome';
import { registerMessages } from '../lib/i18n.svelte';

registerMessages('welcome', { en, de });
