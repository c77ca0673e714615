// Registers the "help" messages for the views that import this module (docs/i18n.md).
import de from '../../../electron/shared/i18n/de/help';
import en from '../../../electron/shared/i18n/en/help';
import { registerMessages } from '../lib/i18n.svelte';

registerMessages('help', { en, de });
