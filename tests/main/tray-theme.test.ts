// Tray icons match the panel they sit on: on Windows and Linux a dark taskbar or panel gets the `-dark` badges
// (light outline), a light one the plain badges, swapped as soon as the system switches (nativeTheme 'updated')
// and without losing the tray state; macOS keeps its Template images, which the menu bar tints itself.
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { bootstrap } from '../../electron/main/bootstrap';
import { isDarkPanel, trayIconPath } from '../../electron/main/adapters/tray';
import { bootstrapOptions, useMainTestEnv } from './helpers';

vi.mock('electron', () => ({ default: {} }));

const env = useMainTestEnv('walkbreak-tray-theme-');
const RESOURCES = '/opt/walkbreak/resources';
const MIN = 60_000;

describe('tray icons on light and dark panels', () => {
  it('Linux: switching the desktop to dark shows the dark badge, and back to light the plain one', () => {
    env.running = bootstrap(env.fake, bootstrapOptions(env.dir, 'linux'));
    const tray = env.fake.tray();
    expect(tray.image).toBe(join(RESOURCES, 'tray-fresh.png'));
    env.fake.nativeTheme.setSystemDark(true);
    expect(tray.image).toBe(join(RESOURCES, 'tray-fresh-dark.png'));
    env.fake.nativeTheme.setSystemDark(false);
    expect(tray.image).toBe(join(RESOURCES, 'tray-fresh.png'));
  });

  it('starts with the dark badge on a dark desktop, and keeps it dark as the state changes', async () => {
    env.fake.nativeTheme.systemDark = true;
    env.running = bootstrap(env.fake, bootstrapOptions(env.dir, 'linux'));
    const tray = env.fake.tray();
    expect(tray.image).toBe(join(RESOURCES, 'tray-fresh-dark.png'));
    env.fake.powerMonitor.typing(10);
    await vi.advanceTimersByTimeAsync(26 * MIN);
    expect(tray.image).toBe(join(RESOURCES, 'tray-approaching-dark.png'));
    env.fake.nativeTheme.setSystemDark(false);
    expect(tray.image).toBe(join(RESOURCES, 'tray-approaching.png'));
  });

  it('an update that changes nothing for the panel does not touch the tray image', () => {
    env.running = bootstrap(env.fake, bootstrapOptions(env.dir, 'linux'));
    const tray = env.fake.tray();
    const before = tray.calls.setImage;
    env.fake.nativeTheme.emit('updated');
    expect(tray.calls.setImage).toBe(before);
  });

  it('Windows: follows the taskbar mode, even when the app mode is light', () => {
    env.fake.nativeTheme.taskbarDark = true;
    env.running = bootstrap(env.fake, bootstrapOptions(env.dir, 'win32'));
    const tray = env.fake.tray();
    expect(env.fake.nativeTheme.shouldUseDarkColors).toBe(false);
    expect(tray.image).toBe(join(RESOURCES, 'tray-fresh-dark.png'));
    env.fake.nativeTheme.taskbarDark = false;
    env.fake.nativeTheme.emit('updated');
    expect(tray.image).toBe(join(RESOURCES, 'tray-fresh.png'));
  });

  it('macOS: Template images whatever the theme', () => {
    env.running = bootstrap(env.fake, bootstrapOptions(env.dir, 'darwin'));
    const tray = env.fake.tray();
    env.fake.nativeTheme.setSystemDark(true);
    expect(tray.image).toBe(join(RESOURCES, 'tray-freshTemplate.png'));
  });

  it('a destroyed tray stops listening to theme changes', () => {
    env.running = bootstrap(env.fake, bootstrapOptions(env.dir, 'linux'));
    const listening = env.fake.nativeTheme.listenerCount('updated');
    expect(listening).toBeGreaterThan(0);
    env.running.tray.destroy();
    expect(env.fake.nativeTheme.listenerCount('updated')).toBe(listening - 1);
    expect(() => env.fake.nativeTheme.setSystemDark(true)).not.toThrow();
  });

  it('file names: one per state and panel, Template on macOS', () => {
    expect(trayIconPath('r', 'overdue', 'linux', true)).toBe(join('r', 'tray-overdue-dark.png'));
    expect(trayIconPath('r', 'overdue', 'win32', false)).toBe(join('r', 'tray-overdue.png'));
    expect(trayIconPath('r', 'overdue', 'darwin', true)).toBe(join('r', 'tray-overdueTemplate.png'));
    const theme = { shouldUseDarkColors: true, shouldUseDarkColorsForSystemIntegratedUI: false };
    expect([isDarkPanel(theme, 'linux'), isDarkPanel(theme, 'win32'), isDarkPanel(theme, 'darwin')]).toEqual([
      true,
      false,
      false,
    ]);
  });
});
