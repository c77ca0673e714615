// Start at login per platform: Electron's login item on Windows and macOS, the XDG autostart file on Linux
// (content checked), applied by main when the setting changes; failures are logged, never thrown. Every entry
// passes --hidden, so a login start stays in the tray (first-run.test.ts shows what a start shows).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { bootstrap } from '../../electron/main/bootstrap';
import {
  AUTOSTART_FILE,
  applyStartAtLogin,
  autostartEntry,
  xdgAutostartDir,
} from '../../electron/main/adapters/login-item';
import { bootstrapOptions, useMainTestEnv } from './helpers';

vi.mock('electron', () => ({ default: {} }));

const env = useMainTestEnv('walkbreak-login-');

describe('autostart entry (Linux)', () => {
  it('is a valid desktop entry that starts the executable with --hidden, quoted when the path has spaces', () => {
    expect(autostartEntry('/opt/WalkBreak/walkbreak')).toBe(
      [
        '[Desktop Entry]',
        'Type=Application',
        'Name=WalkBreak',
        'Comment=Notices long sitting and guides a short walk',
        'Comment[de]=Bemerkt langes Sitzen und begleitet einen kurzen Spaziergang',
        'Exec=/opt/WalkBreak/walkbreak --hidden',
        'Icon=walkbreak',
        'Terminal=false',
        'X-GNOME-Autostart-enabled=true',
        '',
      ].join('\n'),
    );
    expect(autostartEntry('/home/ann/My Apps/WalkBreak "$1".AppImage')).toContain(
      'Exec="/home/ann/My Apps/WalkBreak \\"\\$1\\".AppImage" --hidden',
    );
  });

  it('goes to $XDG_CONFIG_HOME/autostart, or ~/.config/autostart when unset or relative', () => {
    expect(xdgAutostartDir({ XDG_CONFIG_HOME: '/cfg' }, '/home/ann')).toBe('/cfg/autostart');
    expect(xdgAutostartDir({}, '/home/ann')).toBe('/home/ann/.config/autostart');
    expect(xdgAutostartDir({ XDG_CONFIG_HOME: 'rel' }, '/home/ann')).toBe('/home/ann/.config/autostart');
  });
});

describe('applyStartAtLogin', () => {
  it.each(['win32', 'darwin'] as const)('%s: sets the login item on and off, with --hidden', (platform) => {
    const app = { setLoginItemSettings: vi.fn() };
    const o = { platform, executable: 'x', autostartDir: env.dir, warn: vi.fn() };
    applyStartAtLogin(app, true, o);
    applyStartAtLogin(app, false, o);
    expect(app.setLoginItemSettings.mock.calls).toEqual([
      [{ openAtLogin: true, args: ['--hidden'] }],
      [{ openAtLogin: false, args: ['--hidden'] }],
    ]);
    expect(existsSync(join(env.dir, AUTOSTART_FILE))).toBe(false);
  });

  it('linux: writes the autostart file, removes it, and logs instead of throwing when it cannot', () => {
    const app = { setLoginItemSettings: vi.fn() };
    const warn = vi.fn();
    const dir = join(env.dir, 'autostart');
    const o = { platform: 'linux' as const, executable: '/opt/walkbreak/walkbreak', autostartDir: dir, warn };
    applyStartAtLogin(app, true, o);
    expect(readFileSync(join(dir, AUTOSTART_FILE), 'utf8')).toBe(autostartEntry('/opt/walkbreak/walkbreak'));
    applyStartAtLogin(app, false, o);
    expect(existsSync(join(dir, AUTOSTART_FILE))).toBe(false);
    expect(app.setLoginItemSettings).not.toHaveBeenCalled();

    const blocked = join(env.dir, 'not-a-folder');
    writeFileSync(blocked, '');
    applyStartAtLogin(app, true, { ...o, autostartDir: blocked });
    expect(warn).toHaveBeenCalledOnce();
    expect(String(warn.mock.calls[0]?.[0])).toMatch(/^start at login could not be turned on/);
  });
});

describe('main applies the setting', () => {
  it('macOS: saving "start at login" calls the login item once; other changes do not', async () => {
    env.running = bootstrap(env.fake, bootstrapOptions(env.dir, 'darwin'));
    expect(env.fake.app.loginItemCalls).toEqual([]);
    const h = env.running.core.handlers;
    await h['settings:update']({ startAtLogin: true });
    await h['settings:update']({ sitThresholdMin: 40 });
    expect(env.fake.app.loginItemCalls).toEqual([{ openAtLogin: true, args: ['--hidden'] }]);
  });

  it('linux: the entry is written when turned on, and again at the next start (it may have moved)', () => {
    const autostartDir = join(env.dir, 'autostart');
    const options = { ...bootstrapOptions(env.dir, 'linux'), autostartDir };
    env.running = bootstrap(env.fake, options);
    expect(existsSync(join(autostartDir, AUTOSTART_FILE))).toBe(false);
    env.running.core.settings.update({ startAtLogin: true });
    expect(readFileSync(join(autostartDir, AUTOSTART_FILE), 'utf8')).toContain('Exec=');
    env.running.core.settings.update({ startAtLogin: false });
    expect(existsSync(join(autostartDir, AUTOSTART_FILE))).toBe(false);
  });
});
