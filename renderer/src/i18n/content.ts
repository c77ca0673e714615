// Registers the "content" messages for the views that import this module (docs/i18n.md).
import de from '../../../electron/shared/i18n/de/content';
import en from '../../../electron/shared/i18n/en/content';
import { registerMessages } from '../lib/i18n.svelte';

registerMessages('content', { en, de });
