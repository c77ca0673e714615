// The desktop-signals adapter with a fake `gdbus`: GNOME's answer is read as "screen in use", KDE's is tried when
// GNOME's service is missing, and everywhere else (or when nothing answers) every answer is "cannot tell".
import { describe, expect, it, vi } from 'vitest';
import { desktopSignals, type Exec } from '../../electron/main/adapters/desktop-signals';
import { powerMonitorIdle } from '../../electron/main/adapters/idle';
import { FakePowerMonitor } from '../fakes/electron';

/** A fake gdbus answering per D-Bus destination; a missing destination fails like a missing service. */
function gdbus(answers: Record<string, string>) {
  return vi.fn<Exec>(async (_file, args) => {
    const dest = args[args.indexOf('--dest') + 1] ?? '';
    const answer = answers[dest];
    if (answer === undefined) throw new Error(`Error: GDBus.Error: ServiceUnknown ${dest}`);
    return answer;
  });
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('desktopSignals', () => {
  it('GNOME: an idle inhibitor (a video playing) reads as "screen in use", one sample later', async () => {
    const exec = gdbus({ 'org.gnome.SessionManager': '(true,)\n' });
    const signals = desktopSignals('linux', () => {}, exec, true);
    expect(signals.read()).toEqual({ fullscreen: null, screenInUse: null });
    await settle();
    expect(signals.read()).toEqual({ fullscreen: null, screenInUse: true });
    expect(signals.describe()).toBe('GNOME session inhibitor');
    expect(exec.mock.calls[0]?.[1]).toContain('org.gnome.SessionManager.IsInhibited');
  });

  it('KDE: falls back to the freedesktop PowerManagement inhibitor when GNOME is not there', async () => {
    const exec = gdbus({ 'org.freedesktop.PowerManagement': '(false,)' });
    const signals = desktopSignals('linux', () => {}, exec, true);
    signals.read();
    await settle();
    signals.read();
    await settle();
    expect(signals.read()).toEqual({ fullscreen: null, screenInUse: false });
    expect(signals.describe()).toBe('freedesktop PowerManagement inhibitor');
  });

  it('no service answers: "cannot tell", said once in the log, and no more queries', async () => {
    const exec = gdbus({});
    const warn = vi.fn();
    const signals = desktopSignals('linux', warn, exec, true);
    for (let i = 0; i < 5; i++) {
      expect(signals.read()).toEqual({ fullscreen: null, screenInUse: null });
      await settle();
    }
    expect(exec).toHaveBeenCalledTimes(2);
    expect(warn).toHaveBeenCalledOnce();
  });

  it.each([
    ['win32', true],
    ['darwin', true],
    ['linux', false],
  ] as const)('%s (session bus: %s): nothing is exposed, nothing is run', (platform, bus) => {
    const exec = gdbus({});
    const signals = desktopSignals(platform, () => {}, exec, bus);
    expect(signals.read()).toEqual({ fullscreen: null, screenInUse: null });
    expect(exec).not.toHaveBeenCalled();
  });

  it('the idle adapter adds the desktop signals to each sample', async () => {
    const signals = desktopSignals('linux', () => {}, gdbus({ 'org.gnome.SessionManager': '(true,)' }), true);
    const idle = powerMonitorIdle(new FakePowerMonitor(), { desktop: signals });
    idle.sample();
    await settle();
    expect(idle.sample()).toMatchObject({ locked: false, screenInUse: true, fullscreen: null });
  });
});
