// Registers the "history" messages for the views that import this module (docs/i18n.md).
import de from '../../../electron/shared/i18n/de/history';
import en from '../../../electron/shared/i18n/en/history';
import { registerMessages } from '../lib/i18n.svelte';

registerMessages('history', { en, de });
