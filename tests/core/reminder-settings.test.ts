// The reminder settings added for issue 5: suggested break length, sound on/off and volume, and the snooze cap.
// A patch with a bad value is refused with a message (nothing saved); a stored file with one is repaired to the
// nearest valid value and listed once; the snooze cap can only be made stricter than the evidence (2 in a row,
// 30 extra minutes) and applies at once, and the reminder carries the break length for its wording.
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, applySettingsPatch, repairSettings } from '../../electron/core/settings';
import type { Settings } from '../../electron/shared/settings';
import { SETTINGS_LIMITS } from '../../electron/shared/settings-limits';
import { MIN, Sim } from '../fakes/sim';
import { ENGLISH } from '../fakes/i18n';

/** Messages are asserted in English. */
const EN = ENGLISH;

describe('defaults and limits', () => {
  it('start at the evidence defaults: 3-minute break, sound on at 60 %, 2 snoozes in a row, 30 extra minutes', () => {
    expect(DEFAULT_SETTINGS).toMatchObject({
      breakSuggestedMin: 3,
      soundEnabled: true,
      soundVolume: 60,
      snoozeMaxInRow: 2,
      snoozeMaxExtraMin: 30,
    });
  });

  it('publish the ranges Settings shows', () => {
    expect(SETTINGS_LIMITS).toMatchObject({
      breakSuggestedMin: { min: 2, max: 10 },
      soundVolume: { min: 0, max: 100 },
      snoozeMaxInRow: { min: 0, max: 2 },
      snoozeMaxExtraMin: { min: 5, max: 30 },
    });
  });
});

describe('a patch', () => {
  it.each<[Partial<Settings>]>([
    [{ breakSuggestedMin: 2 }],
    [{ breakSuggestedMin: 10 }],
    [{ soundEnabled: false }],
    [{ soundVolume: 0 }],
    [{ soundVolume: 100 }],
    [{ snoozeMaxInRow: 0 }],
    [{ snoozeMaxInRow: 1 }],
    [{ snoozeMaxExtraMin: 5 }],
    [{ snoozeMaxExtraMin: 30 }],
  ])('within the range is saved: %j', (patch) => {
    expect(applySettingsPatch(DEFAULT_SETTINGS, patch, EN.t)).toEqual({
      ok: true,
      settings: { ...DEFAULT_SETTINGS, ...patch },
    });
  });

  it.each<[keyof Settings, unknown, string]>([
    ['breakSuggestedMin', 1, 'The suggested break must be a whole number of minutes from 2 to 10.'],
    ['breakSuggestedMin', 11, 'The suggested break must be a whole number of minutes from 2 to 10.'],
    ['breakSuggestedMin', 3.5, 'The suggested break must be a whole number of minutes from 2 to 10.'],
    ['breakSuggestedMin', 'three', 'The suggested break must be a number of minutes between 2 and 10.'],
    ['soundEnabled', 'yes', 'Sound must be on or off.'],
    ['soundVolume', -1, 'The sound volume must be a whole number of percent from 0 to 100.'],
    ['soundVolume', 101, 'The sound volume must be a whole number of percent from 0 to 100.'],
    ['soundVolume', 0.5, 'The sound volume must be a whole number of percent from 0 to 100.'],
    ['snoozeMaxInRow', 3, 'Snoozes in a row must be a whole number of snoozes from 0 to 2.'],
    ['snoozeMaxInRow', -1, 'Snoozes in a row must be a whole number of snoozes from 0 to 2.'],
    ['snoozeMaxExtraMin', 45, 'Extra time from snoozes must be a whole number of minutes from 5 to 30.'],
    ['snoozeMaxExtraMin', 4, 'Extra time from snoozes must be a whole number of minutes from 5 to 30.'],
  ])('%s = %j is refused with a message, and nothing is saved', (field, value, message) => {
    expect(applySettingsPatch(DEFAULT_SETTINGS, { [field]: value } as Partial<Settings>, EN.t)).toEqual({
      ok: false,
      issues: [{ field, message }],
    });
  });

  it('the evidence cap cannot be loosened: 3 in a row or 45 extra minutes are refused together', () => {
    const result = applySettingsPatch(DEFAULT_SETTINGS, { snoozeMaxInRow: 3, snoozeMaxExtraMin: 45 }, EN.t);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.issues.map((i) => i.field)).toEqual(['snoozeMaxInRow', 'snoozeMaxExtraMin']);
  });
});

describe('a stored file', () => {
  it('is repaired to the nearest valid value, each repair listed once, everything else kept', () => {
    const { settings, repaired } = repairSettings(
      {
        sitThresholdMin: 40,
        breakSuggestedMin: 15,
        soundEnabled: 'loud',
        soundVolume: 150,
        snoozeMaxInRow: 5,
        snoozeMaxExtraMin: 2.4,
      },
      EN.t,
    );
    expect(settings).toEqual({
      ...DEFAULT_SETTINGS,
      sitThresholdMin: 40,
      breakSuggestedMin: 10,
      soundEnabled: true,
      soundVolume: 100,
      snoozeMaxInRow: 2,
      snoozeMaxExtraMin: 5,
      // A file without working hours is from before they existed: reminders at any hour, as it had.
      workingHours: { ...DEFAULT_SETTINGS.workingHours, enabled: false },
    });
    // In the order Settings shows them (the settings table's order).
    expect(repaired.map((r) => r.field)).toEqual([
      'breakSuggestedMin',
      'snoozeMaxInRow',
      'snoozeMaxExtraMin',
      'soundEnabled',
      'soundVolume',
    ]);
  });

  it('without the new fields (an older settings.json) gets the defaults, quietly', () => {
    const { settings, repaired } = repairSettings({ sitThresholdMin: 45 }, EN.t);
    expect(settings).toEqual({
      ...DEFAULT_SETTINGS,
      sitThresholdMin: 45,
      // Older than working hours too: reminders at any hour, as it had (working-hours-settings.test.ts).
      workingHours: { ...DEFAULT_SETTINGS.workingHours, enabled: false },
    });
    expect(repaired).toEqual([]);
  });

  it('with a volume that is not a number falls back to the default 60', () => {
    expect(repairSettings({ soundVolume: 'max' }, EN.t).settings.soundVolume).toBe(60);
  });
});

describe('the snooze cap from settings', () => {
  it('1 in a row: one snooze is offered, then the firm reminder without snooze', () => {
    const sim = new Sim({ settings: { snoozeMaxInRow: 1 } }).start();
    sim.advance(30 * MIN, 'reading');
    expect(sim.shown[0]?.view).toMatchObject({ firm: false, snoozeOptionsMin: [5, 10, 15] });
    sim.engine.dispatch({ kind: 'snooze', minutes: 5 });
    sim.advance(5 * MIN);
    expect(sim.shown[1]?.view).toMatchObject({ firm: true, snoozeOptionsMin: [], sittingMin: 35 });
    sim.engine.dispatch({ kind: 'snooze', minutes: 5 }); // not offered: ignored
    expect(sim.snapshot().reminder?.firm).toBe(true);
    expect(sim.ofType('reminder-snoozed')).toHaveLength(1);
  });

  it('0 in a row: Snooze is never offered; the reminder is the firm one from the start and can be skipped', () => {
    const sim = new Sim({ settings: { snoozeMaxInRow: 0 } }).start();
    const t0 = sim.wall;
    sim.advance(30 * MIN, 'reading');
    expect(sim.shown[0]?.view).toMatchObject({ firm: true, snoozeOptionsMin: [] });
    sim.engine.dispatch({ kind: 'snooze', minutes: 5 });
    expect(sim.ofType('reminder-snoozed')).toHaveLength(0);
    sim.engine.dispatch({ kind: 'skip', via: 'button' });
    expect(sim.snapshot().reminder).toBeNull();
    sim.advance(31 * MIN);
    expect(sim.shownMinutes(t0)).toEqual([30, 60]);
  });

  it('15 extra minutes: after a 10-minute snooze only the 5 fits; after it the reminder is firm', () => {
    const sim = new Sim({ settings: { snoozeMaxExtraMin: 15 } }).start();
    sim.advance(30 * MIN, 'reading');
    sim.engine.dispatch({ kind: 'snooze', minutes: 10 });
    sim.advance(10 * MIN);
    expect(sim.shown[1]?.view).toMatchObject({ firm: false, snoozeOptionsMin: [5] });
    sim.engine.dispatch({ kind: 'snooze', minutes: 5 });
    sim.advance(5 * MIN);
    expect(sim.shown[2]?.view).toMatchObject({ firm: true, snoozeOptionsMin: [] });
  });

  it('applies at once: lowering the cap while a reminder is on screen removes its snooze buttons', () => {
    const sim = new Sim().start();
    sim.advance(30 * MIN, 'reading');
    expect(sim.snapshot().reminder).toMatchObject({ firm: false, snoozeOptionsMin: [5, 10, 15] });
    sim.core.settings.update({ snoozeMaxInRow: 0 });
    expect(sim.snapshot().reminder).toMatchObject({ firm: true, snoozeOptionsMin: [] });
    sim.core.settings.update({ snoozeMaxInRow: 2, snoozeMaxExtraMin: 10 });
    expect(sim.snapshot().reminder).toMatchObject({ firm: false, snoozeOptionsMin: [5, 10] });
  });

  it('the default stays the evidence cap: a third snooze in a row is never offered', () => {
    const sim = new Sim().start();
    sim.advance(30 * MIN, 'reading');
    sim.engine.dispatch({ kind: 'snooze', minutes: 5 });
    sim.advance(5 * MIN);
    sim.engine.dispatch({ kind: 'snooze', minutes: 5 });
    sim.advance(5 * MIN);
    expect(sim.shown[2]?.view).toMatchObject({ firm: true, snoozeOptionsMin: [] });
  });
});

describe('the suggested break on the reminder', () => {
  it('is 3 minutes by default and follows the setting at once', () => {
    const sim = new Sim().start();
    sim.advance(30 * MIN, 'reading');
    expect(sim.shown[0]?.view.breakMin).toBe(3);
    sim.core.settings.update({ breakSuggestedMin: 4 });
    expect(sim.snapshot().reminder?.breakMin).toBe(4);
  });
});

describe('the short walk in the guided break', () => {
  it('lasts the suggested break: 3 minutes by default, and the setting once changed', () => {
    const sim = new Sim().start();
    expect(sim.core.breaks.getState().shortWalkMin).toBe(3);
    sim.core.settings.update({ breakSuggestedMin: 6 });
    expect(sim.core.breaks.getState().shortWalkMin).toBe(6);
  });
});
