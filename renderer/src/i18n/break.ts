// Registers the "break" messages for the views that import this module (docs/i18n.md).
import de from '../../../electron/shared/i18n/de/break';
import en from '../../../electron/shared/i18n/en/break';
import { registerMessages } from '../lib/i18n.svelte';

registerMessages('break', { en, de });
