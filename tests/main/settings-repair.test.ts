// Booting main with a hand-edited settings.json: bad values are repaired to the nearest valid value, the user gets
// one notification saying what changed, the rest is kept, and the next start says nothing.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { bootstrap } from '../../electron/main/bootstrap';
import { createFakeElectron } from '../fakes/electron';
import { bootstrapOptions, useMainTestEnv } from './helpers';

vi.mock('electron', () => ({ default: {} }));

const env = useMainTestEnv('walkbreak-settings-repair-');

describe('settings repaired on start', () => {
  it('tells the user once, keeps the valid values, and the next start is quiet', () => {
    writeFileSync(
      join(env.dir, 'settings.json'),
      JSON.stringify({
        settings: {
          sitThresholdMin: 90,
          awayThresholdMin: 7,
          workingHours: {
            enabled: true,
            days: {
              mon: [
                { start: '09:00', end: '12:30' },
                { start: '12:00', end: '17:00' },
              ],
              tue: 'all day',
            },
          },
        },
      }),
    );
    env.running = bootstrap(env.fake, bootstrapOptions(env.dir));
    const notes = env.fake.shownNotifications();
    expect(notes).toHaveLength(1);
    expect(notes[0]?.options.title).toBe('WalkBreak corrected some settings');
    expect(notes[0]?.options.body).toContain('from 20 to 60');
    expect(notes[0]?.options.body).toContain('must not overlap');
    expect(env.running.core.settings.get()).toMatchObject({
      sitThresholdMin: 60,
      awayThresholdMin: 7,
      workingHours: { enabled: true, days: { mon: [{ start: '09:00', end: '17:00' }] } },
    });

    env.running.dispose();
    env.fake = createFakeElectron();
    env.running = bootstrap(env.fake, bootstrapOptions(env.dir));
    expect(env.fake.shownNotifications()).toHaveLength(0);
    expect(env.running.core.settings.get().sitThresholdMin).toBe(60);
  });

  it('sound, break length and a loosened snooze cap are repaired too, in the same one notification', () => {
    writeFileSync(
      join(env.dir, 'settings.json'),
      JSON.stringify({
        settings: {
          breakSuggestedMin: 20,
          soundEnabled: 'sometimes',
          soundVolume: 150,
          snoozeMaxInRow: 5,
          snoozeMaxExtraMin: 60,
        },
      }),
    );
    env.running = bootstrap(env.fake, bootstrapOptions(env.dir));
    expect(env.fake.shownNotifications()).toHaveLength(1);
    expect(env.running.core.settings.get()).toMatchObject({
      breakSuggestedMin: 10,
      soundEnabled: true,
      soundVolume: 100,
      snoozeMaxInRow: 2,
      snoozeMaxExtraMin: 30,
    });
  });
});
