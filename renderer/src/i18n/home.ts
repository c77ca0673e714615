// Registers the "home" messages for the views that import this module (docs/i18n.md).
import de from '../../../electron/shared/i18n/de/home';
import en from '../../../electron/shared/i18n/en/home';
import { registerMessages } from '../lib/i18n.svelte';

registerMessages('home', { en, de });
