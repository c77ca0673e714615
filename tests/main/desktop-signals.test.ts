// The desktop-signals adapter over a fake session bus: GNOME's answer is read as "screen in use", KDE's is tried
// when GNOME's service is missing, and everywhere else (or when nothing answers) every answer is "cannot tell".
import { describe, expect, it, vi } from 'vitest';
import { desktopSignals } from '../../electron/main/adapters/desktop-signals';
import { powerMonitorIdle } from '../../electron/main/adapters/idle';
import { FakePowerMonitor } from '../fakes/electron';
import { FakeSessionBus } from '../fakes/session-bus';

const GNOME = 'org.gnome.SessionManager';
const KDE = 'org.freedesktop.PowerManagement';

/** A fake bus where each named desktop service answers its inhibitor question with `answer`. */
function gdbus(answers: Record<string, boolean | 'hang'>) {
  const bus = new FakeSessionBus();
  for (const [dest, answer] of Object.entries(answers))
    bus.answer(
      dest,
      dest === GNOME
        ? 'org.gnome.SessionManager.IsInhibited'
        : 'org.freedesktop.PowerManagement.Inhibit.HasInhibit',
      answer,
    );
  return bus;
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('desktopSignals', () => {
  it('GNOME: an idle inhibitor (a video playing) reads as "screen in use", one sample later', async () => {
    const bus = gdbus({ [GNOME]: true });
    const signals = desktopSignals('linux', () => {}, bus);
    expect(signals.read()).toEqual({ fullscreen: null, screenInUse: null });
    await settle();
    expect(signals.read()).toEqual({ fullscreen: null, screenInUse: true });
    expect(signals.describe()).toBe('GNOME session inhibitor');
    expect(bus.call.mock.calls[0]?.[0]).toMatchObject({ member: 'IsInhibited', signature: 'u', body: [8] });
  });

  it('KDE: falls back to the freedesktop PowerManagement inhibitor when GNOME is not there', async () => {
    const signals = desktopSignals('linux', () => {}, gdbus({ [KDE]: false }));
    signals.read();
    await settle();
    signals.read();
    await settle();
    expect(signals.read()).toEqual({ fullscreen: null, screenInUse: false });
    expect(signals.describe()).toBe('freedesktop PowerManagement inhibitor');
  });

  it('no service answers: "cannot tell", said once in the log, and no more queries', async () => {
    const bus = gdbus({});
    const warn = vi.fn();
    const signals = desktopSignals('linux', warn, bus);
    for (let i = 0; i < 5; i++) {
      expect(signals.read()).toEqual({ fullscreen: null, screenInUse: null });
      await settle();
    }
    expect(bus.call).toHaveBeenCalledTimes(2);
    expect(warn).toHaveBeenCalledOnce();
  });

  it('a service that stops answering (deadline passed): "cannot tell" until it answers again', async () => {
    const bus = gdbus({ [GNOME]: true });
    const signals = desktopSignals('linux', () => {}, bus);
    signals.read();
    await settle();
    expect(signals.read().screenInUse).toBe(true);
    await settle();
    bus.answer(GNOME, 'org.gnome.SessionManager.IsInhibited', 'hang');
    signals.read();
    await settle();
    expect(signals.read().screenInUse).toBeNull();
  });

  it('asks one question at a time over the one connection, never one process per sample', async () => {
    const bus = gdbus({ [GNOME]: false });
    const signals = desktopSignals('linux', () => {}, bus);
    for (let i = 0; i < 3; i++) signals.read(); // three samples before the answer: one question
    await settle();
    expect(bus.call).toHaveBeenCalledTimes(1);
  });

  it.each([
    ['win32', true],
    ['darwin', true],
    ['linux', false],
  ] as const)('%s (session bus: %s): nothing is exposed, nothing is asked', (platform, hasBus) => {
    const bus = gdbus({});
    const signals = desktopSignals(platform, () => {}, hasBus ? bus : null);
    expect(signals.read()).toEqual({ fullscreen: null, screenInUse: null });
    expect(bus.call).not.toHaveBeenCalled();
  });

  it('the idle adapter adds the desktop signals to each sample', async () => {
    const signals = desktopSignals('linux', () => {}, gdbus({ [GNOME]: true }));
    const idle = powerMonitorIdle(new FakePowerMonitor(), { desktop: signals });
    idle.sample();
    await settle();
    expect(idle.sample()).toMatchObject({ locked: false, screenInUse: true, fullscreen: null });
  });
});
