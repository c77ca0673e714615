// Registers the "reminder" messages for the views that import this module (docs/i18n.md).
import de from '../../../electron/shared/i18n/de/reminder';
import en from '../../../electron/shared/i18n/en/reminder';
import { registerMessages } from '../lib/i18n.svelte';

registerMessages('reminder', { en, de });
