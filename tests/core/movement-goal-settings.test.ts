// The daily movement goal's settings: on with 2 h by default (health-evidence.md part 2 (a)); 1–4 h, whole minutes;
// a bad value is refused with a message in the user's language and nothing saved; a bad stored value is repaired.
import { describe, expect, it } from 'vitest';
import { applySettingsPatch, DEFAULT_SETTINGS, repairSettings } from '../../electron/core/settings';
import { ENGLISH, GERMAN } from '../fakes/i18n';

describe('movement goal settings', () => {
  it('is on, building towards 120 minutes, by default', () => {
    expect(DEFAULT_SETTINGS).toMatchObject({ movementGoalEnabled: true, movementGoalMin: 120 });
  });

  it('takes 60–240 whole minutes and on/off; refuses anything else with a message', () => {
    expect(
      applySettingsPatch(DEFAULT_SETTINGS, { movementGoalMin: 240, movementGoalEnabled: false }, ENGLISH.t),
    ).toMatchObject({
      ok: true,
      settings: { movementGoalMin: 240, movementGoalEnabled: false },
    });
    expect(applySettingsPatch(DEFAULT_SETTINGS, { movementGoalMin: 30 }, ENGLISH.t)).toEqual({
      ok: false,
      issues: [
        {
          field: 'movementGoalMin',
          message: 'The movement goal must be a whole number of minutes from 60 to 240.',
        },
      ],
    });
    expect(
      applySettingsPatch(DEFAULT_SETTINGS, { movementGoalMin: 'x' as unknown as number }, GERMAN.t),
    ).toEqual({
      ok: false,
      issues: [
        {
          field: 'movementGoalMin',
          message: 'Das Bewegungsziel muss eine Zahl von Minuten zwischen 60 und 240 sein.',
        },
      ],
    });
  });

  it('repairs a stored value out of range to the nearest allowed one', () => {
    const { settings, repaired } = repairSettings(
      { movementGoalMin: 500, movementGoalEnabled: 'yes' },
      ENGLISH.t,
    );
    expect(settings).toMatchObject({ movementGoalMin: 240, movementGoalEnabled: true });
    expect(repaired.map((r) => r.field)).toEqual(['movementGoalEnabled', 'movementGoalMin']);
  });
});
