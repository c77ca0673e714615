// Settings problems reach the user in their language: core's validation (a refused patch), the repair of a stored
// file (worded in the language that file chooses) and the one-time repair notice, in English and German.
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, applySettingsPatch, repairNotice } from '../../electron/core/settings';
import { SettingsRejected, SettingsService } from '../../electron/core/settings-service';
import { coreTranslator } from '../../electron/core/i18n';
import type { Settings } from '../../electron/shared/settings';
import { dayRangesProblem, shortcutProblem } from '../../electron/shared/settings-limits';
import { Sim } from '../fakes/sim';
import { ENGLISH, GERMAN } from '../fakes/i18n';

const EN = ENGLISH;
const DE = GERMAN;

/** A settings service over an in-memory store, speaking the stored language as createCoreApp wires it. */
function service(stored: unknown, preferred: readonly string[] = ['en-US']): SettingsService {
  let settings: SettingsService | null = null;
  const i18n = coreTranslator(
    () => settings?.get().language ?? 'system',
    () => preferred,
  );
  settings = new SettingsService({ load: () => stored, save: () => {} }, i18n);
  return settings;
}

describe('settings problems in German', () => {
  it('a refused patch says what is wrong in the language asked for', () => {
    const patch: Partial<Settings> = { sitThresholdMin: 10, soundVolume: 101 };
    expect(applySettingsPatch(DEFAULT_SETTINGS, patch, DE.t)).toEqual({
      ok: false,
      issues: [
        {
          field: 'sitThresholdMin',
          message: 'Die Sitzzeit bis zur Erinnerung muss eine ganze Minutenzahl von 20 bis 60 sein.',
        },
        { field: 'soundVolume', message: 'Die Lautstärke muss eine ganze Prozentzahl von 0 bis 100 sein.' },
      ],
    });
    const english = applySettingsPatch(DEFAULT_SETTINGS, patch, EN.t);
    expect(english.ok ? null : english.issues[0]?.message).toBe(
      'Sitting time before a reminder must be a whole number of minutes from 20 to 60.',
    );
  });

  it('shortcuts and working-hours problems are worded by the translator too', () => {
    expect(shortcutProblem('W', DE.t)).toBe(
      'Verwenden Sie eine oder mehrere der Tasten Strg, Alt, Umschalt oder Super mit einer weiteren Taste, zum Beispiel Strg+Alt+W.',
    );
    expect(
      dayRangesProblem(
        [
          { start: '09:00', end: '12:30' },
          { start: '12:00', end: '14:00' },
        ],
        DE.t,
      ),
    ).toBe('Zeiträume am selben Tag dürfen sich nicht überschneiden.');
    const same = applySettingsPatch(
      DEFAULT_SETTINGS,
      { shortcuts: { snooze: 'Alt+F5', startWalk: 'Alt+F5' } },
      DE.t,
    );
    expect(same.ok ? null : same.issues[0]?.message).toBe(
      'Verschieben und Spaziergang starten brauchen verschiedene Tastenkürzel.',
    );
  });

  it('the service refuses a patch in the language the user chose, and switches with it', () => {
    const settings = service({ language: 'de' });
    expect(() => settings.update({ breakSuggestedMin: 11 })).toThrow(
      'Die vorgeschlagene Pause muss eine ganze Minutenzahl von 2 bis 10 sein.',
    );
    settings.update({ language: 'en' });
    let error: unknown;
    try {
      settings.update({ breakSuggestedMin: 11 });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(SettingsRejected);
    expect((error as SettingsRejected).issues[0]?.message).toBe(
      'The suggested break must be a whole number of minutes from 2 to 10.',
    );
  });

  it('a stored file is repaired quietly, and the notice is in the language of the repaired settings', () => {
    const german = service({ language: 'de', snoozeMaxInRow: 5 });
    expect(german.get().snoozeMaxInRow).toBe(2);
    expect(german.repairedOnLoad).toEqual([
      {
        field: 'snoozeMaxInRow',
        message: 'Die Verschiebungen in Folge müssen eine ganze Zahl von 0 bis 2 sein.',
      },
    ]);
    expect(repairNotice(german.repairedOnLoad, DE.t)).toEqual({
      title: 'WalkBreak hat einige Einstellungen korrigiert',
      body: 'Die Verschiebungen in Folge müssen eine ganze Zahl von 0 bis 2 sein. Stattdessen wird der nächste erlaubte Wert verwendet; alles andere wurde beibehalten. Sie können das in den Einstellungen ändern.',
    });
    // "system" on a German desktop speaks German; an English one English.
    expect(service({ soundVolume: 150 }, ['de-AT']).repairedOnLoad[0]?.message).toBe(
      'Die Lautstärke muss eine ganze Prozentzahl von 0 bis 100 sein.',
    );
    expect(service({ soundVolume: 150 }).repairedOnLoad[0]?.message).toBe(
      'The sound volume must be a whole number of percent from 0 to 100.',
    );
    expect(service({ language: 'de' }).repairedOnLoad).toEqual([]);
  });

  it('a stored language that is not offered is repaired to the system language and told in it', () => {
    const settings = service({ language: 'fr', sitThresholdMin: 45 }, ['de-DE']);
    expect(settings.get()).toMatchObject({ language: 'system', sitThresholdMin: 45 });
    expect(settings.repairedOnLoad).toEqual([
      { field: 'language', message: 'Die Sprache muss „system“, „en“ oder „de“ sein.' },
    ]);
  });
});

describe('the log of a repair', () => {
  it('names the repaired fields in English, whatever the user reads, and no values', () => {
    const sim = new Sim({
      settings: { ...DEFAULT_SETTINGS, language: 'de', sitThresholdMin: 400, soundVolume: -3 },
    });
    expect(sim.warnings).toEqual(['settings repaired on load: sitThresholdMin, soundVolume']);
    // The user is still told in German (the notice main shows once).
    expect(sim.core.settings.repairedOnLoad[0]?.message).toMatch(/Sitzzeit/);
  });
});
