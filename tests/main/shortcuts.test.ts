// Global shortcuts with the fake Electron: off by default; saving one registers it and pressing it acts; a
// shortcut another app holds is refused at save time with a message for Settings (nothing saved, the old one
// kept); at start a taken one is told by notification; quitting releases them all.
import { describe, expect, it, vi } from 'vitest';
import { bootstrap } from '../../electron/main/bootstrap';
import { SettingsRejected } from '../../electron/core/settings-service';
import { bootstrapOptions, useMainTestEnv } from './helpers';

vi.mock('electron', () => ({ default: {} }));

const env = useMainTestEnv('walkbreak-shortcuts-');
const MIN = 60_000;

describe('global shortcuts', () => {
  it('are off by default; set ones register, and pressing them snoozes or starts a walk', async () => {
    env.running = bootstrap(env.fake, bootstrapOptions(env.dir));
    const gs = env.fake.globalShortcut;
    expect([...gs.registered.keys()]).toEqual([]);
    env.running.core.settings.update({ shortcuts: { snooze: 'Control+Alt+S', startWalk: 'Control+Alt+W' } });
    expect([...gs.registered.keys()].sort()).toEqual(['Control+Alt+S', 'Control+Alt+W']);

    env.fake.powerMonitor.idleFor(0);
    env.fake.powerMonitor.typing(10);
    await vi.advanceTimersByTimeAsync(30 * MIN);
    expect(env.running.core.engine.snapshot().reminder).not.toBeNull();
    gs.press('Control+Alt+S');
    await vi.advanceTimersByTimeAsync(0);
    expect(env.running.core.engine.snapshot()).toMatchObject({ reminder: null, snoozeCount: 1 });
    gs.press('Control+Alt+W');
    await vi.advanceTimersByTimeAsync(0);
    expect(env.running.core.engine.snapshot().presence).toBe('walking');
  });

  it('a shortcut another app holds is refused with a message; the previous one stays', () => {
    env.running = bootstrap(env.fake, bootstrapOptions(env.dir));
    const gs = env.fake.globalShortcut;
    const settings = env.running.core.settings;
    settings.update({ shortcuts: { snooze: 'Control+Alt+S', startWalk: null } });
    gs.taken.add('Control+Alt+K');
    let error: unknown;
    try {
      settings.update({ shortcuts: { snooze: 'Control+Alt+Q', startWalk: 'Control+Alt+K' } });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(SettingsRejected);
    expect((error as SettingsRejected).issues).toEqual([
      {
        field: 'shortcuts',
        message:
          'Control+Alt+K could not be set for Start a walk: another app may already use it. Choose another.',
      },
    ]);
    expect(settings.get().shortcuts).toEqual({ snooze: 'Control+Alt+S', startWalk: null });
    expect([...gs.registered.keys()]).toEqual(['Control+Alt+S']);
  });

  it('taken at start: one notification; quitting releases every shortcut', () => {
    env.running = bootstrap(env.fake, bootstrapOptions(env.dir));
    env.running.core.settings.update({ shortcuts: { snooze: 'Control+Alt+S', startWalk: 'Control+Alt+W' } });
    env.running.dispose();
    expect([...env.fake.globalShortcut.registered.keys()]).toEqual([]);

    const taken = env.fake.globalShortcut.taken;
    taken.add('Control+Alt+W');
    env.running = bootstrap(env.fake, bootstrapOptions(env.dir));
    const notes = env.fake.shownNotifications().map((n) => n.options.title);
    expect(notes).toEqual(['A WalkBreak shortcut is not available']);
    expect([...env.fake.globalShortcut.registered.keys()]).toEqual(['Control+Alt+S']);
  });

  it('the standing shortcut toggles "I\'m standing", like the tray entry; it must differ from the others', async () => {
    env.running = bootstrap(env.fake, bootstrapOptions(env.dir));
    const gs = env.fake.globalShortcut;
    const { core } = env.running;
    core.settings.update({ shortcuts: { snooze: null, startWalk: null, standing: 'Control+Alt+U' } });
    expect([...gs.registered.keys()]).toEqual(['Control+Alt+U']);
    gs.press('Control+Alt+U');
    await vi.advanceTimersByTimeAsync(0);
    expect(core.engine.snapshot().standingSince).not.toBeNull();
    await vi.advanceTimersByTimeAsync(10 * MIN);
    gs.press('Control+Alt+U');
    await vi.advanceTimersByTimeAsync(0);
    expect(core.engine.snapshot().standingSince).toBeNull();
    expect(() =>
      core.settings.update({
        shortcuts: { snooze: 'Control+Alt+U', startWalk: null, standing: 'Control+Alt+U' },
      }),
    ).toThrow('I’m standing needs a shortcut of its own.');
    core.settings.update({ shortcuts: { snooze: null, startWalk: null, standing: null } });
    expect([...gs.registered.keys()]).toEqual([]);
  });
});
