// Registers the "common" messages for the views that import this module (docs/i18n.md).
import de from '../../../electron/shared/i18n/de/common';
import en from '../../../electron/shared/i18n/en/common';
import { registerMessages } from '../lib/i18n.svelte';

registerMessages('common', { en, de });
