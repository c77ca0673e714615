// The tray menu is rebuilt only when what it says changes, and never under the user's pointer (issue 15): its
// status line counts sitting in 10-minute steps (the tooltip keeps the exact minute), a menu the user has open
// stays as it is until it closes, and on macOS and Windows a change waits until the pointer reaches the icon.
import { describe, expect, it, vi } from 'vitest';
import { bootstrap } from '../../electron/main/bootstrap';
import { bootstrapOptions, useMainTestEnv } from './helpers';

vi.mock('electron', () => ({ default: {} }));

const env = useMainTestEnv('walkbreak-tray-rebuild-');
const MIN = 60_000;

describe('tray menu rebuilds', () => {
  it('Linux: the status line moves in 10-minute steps, so the minutes in between rebuild nothing', async () => {
    env.running = bootstrap(env.fake, bootstrapOptions(env.dir, 'linux'));
    const tray = env.fake.tray();
    env.fake.powerMonitor.typing(1);
    await vi.advanceTimersByTimeAsync(11 * MIN);
    expect(tray.labels()[0]).toBe('Sitting for 10 min');
    const rebuilds = tray.calls.setContextMenu;
    await vi.advanceTimersByTimeAsync(8 * MIN); // 19 min: the wakes in between change only the exact minute
    expect(tray.calls.setContextMenu).toBe(rebuilds);
    expect(tray.labels()[0]).toBe('Sitting for 10 min');
    await vi.advanceTimersByTimeAsync(2 * MIN);
    expect(tray.labels()[0]).toBe('Sitting for 20 min');
    expect(tray.calls.setContextMenu).toBe(rebuilds + 1);
  });

  it('an open menu is not replaced under the pointer; the change comes when it closes', async () => {
    env.running = bootstrap(env.fake, bootstrapOptions(env.dir, 'linux'));
    const tray = env.fake.tray();
    env.fake.powerMonitor.typing(1);
    const opened = tray.openMenu();
    const rebuilds = tray.calls.setContextMenu;
    await vi.advanceTimersByTimeAsync(12 * MIN);
    expect(tray.calls.setContextMenu).toBe(rebuilds);
    expect(tray.menu).toBe(opened);
    expect(tray.labels()[0]).toBe('Sitting for 0 min');
    tray.closeMenu();
    expect(tray.calls.setContextMenu).toBe(rebuilds + 1);
    expect(tray.labels()[0]).toBe('Sitting for 10 min');
  });

  it('an open menu stays while a walk starts from the main window; it closes and shows "Back to my walk"', async () => {
    env.running = bootstrap(env.fake, bootstrapOptions(env.dir, 'linux'));
    const tray = env.fake.tray();
    tray.openMenu();
    await env.running.core.handlers['walk:start']({ source: 'window' });
    expect(tray.labels()).toContain('Start a walk now');
    tray.closeMenu();
    expect(tray.labels()).toContain('Back to my walk');
    expect(tray.labels()[0]).toBe('on a walk');
  });

  it.each(['win32', 'darwin'] as const)(
    '%s: a change waits until the pointer reaches the icon, and the menu then shows the moment',
    async (platform) => {
      env.running = bootstrap(env.fake, bootstrapOptions(env.dir, platform));
      const tray = env.fake.tray();
      env.fake.powerMonitor.typing(1);
      const rebuilds = tray.calls.setContextMenu;
      await vi.advanceTimersByTimeAsync(25 * MIN);
      expect(tray.calls.setContextMenu).toBe(rebuilds);
      tray.hover(platform);
      expect(tray.calls.setContextMenu).toBe(rebuilds + 1);
      expect(tray.labels()[0]).toBe('Sitting for 20 min');
      expect(tray.tooltip).toBe('WalkBreak: Sitting for 25 min');
      tray.hover(platform); // nothing changed since: no rebuild
      expect(tray.calls.setContextMenu).toBe(rebuilds + 1);
    },
  );
});
