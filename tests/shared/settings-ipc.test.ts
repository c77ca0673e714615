// Every setting Settings can save passes the settings:update argument check: the whole settings object as the
// window sends it (a field missing from the schema was refused as "unexpected key" and nothing could be saved).
import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../electron/shared/ipc-schemas';
import { DEFAULT_SETTINGS, copySettings } from '../../electron/core/settings';
import { LANGUAGE_SETTINGS } from '../../electron/shared/settings-limits';

describe('settings:update arguments', () => {
  it('accept every field of the settings, as the Settings window sends them all', () => {
    const all = copySettings(DEFAULT_SETTINGS);
    expect(parseArgs('settings:update', all)).toEqual({ ok: true, args: all });
  });

  it.each(LANGUAGE_SETTINGS)('accept the language %s, and refuse one that is not offered', (language) => {
    expect(parseArgs('settings:update', { language })).toMatchObject({ ok: true });
    expect(parseArgs('settings:update', { language: 'fr' })).toMatchObject({ ok: false });
  });
});
