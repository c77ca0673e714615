// Registers the "desk" messages for the views that import this module (docs/i18n.md).
import de from '../../../electron/shared/i18n/de/desk';
import en from '../../../electron/shared/i18n/en/desk';
import { registerMessages } from '../lib/i18n.svelte';

registerMessages('desk', { en, de });
