// The call / presentation / do-not-disturb probes of each OS, fed with sample outputs of the OS's own tools
// (tests/fixtures/busy, each saying where it comes from), and the composite BusySource: only switched-on probes
// run, all at once; one that fails, hangs or cannot run counts as "no" and is logged once.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  activeWindowId,
  busySources,
  consentStoreInUse,
  gnomeBannersOff,
  isFullscreenState,
  microphoneStreams,
  probesFor,
  qunsBusy,
  toastsOff,
  videoDeviceOpen,
  type Exec,
  type Probe,
  type ProcFs,
} from '../../electron/main/adapters/busy-sources';
import { DEFAULT_SETTINGS } from '../../electron/core/settings';
import type { HoldSetting } from '../../electron/shared/settings';
import { FakeSessionBus } from '../fakes/session-bus';

const FIXTURES = join(__dirname, '..', 'fixtures', 'busy');
/** A fixture without its "# " header lines. */
const fixture = (name: string): string =>
  readFileSync(join(FIXTURES, name), 'utf8')
    .split('\n')
    .filter((line) => !line.startsWith('# '))
    .join('\n');

/** /proc as the fixture describes it: null is a process whose fds cannot be read (another user's). */
function procFrom(name: string): ProcFs {
  const { processes } = JSON.parse(readFileSync(join(FIXTURES, name), 'utf8')) as {
    processes: Record<string, Record<string, string> | null>;
  };
  return {
    readdir: async (path) => {
      if (path === '/proc') return [...Object.keys(processes), 'self', 'meminfo'];
      const fds = processes[path.split('/')[2] ?? ''];
      if (!fds) throw Object.assign(new Error('EACCES'), { code: 'EACCES' });
      return Object.keys(fds);
    },
    readlink: async (path) => {
      const [, , pid, , fd] = path.split('/');
      const target = processes[pid ?? '']?.[fd ?? ''];
      if (target === undefined) throw new Error('ENOENT');
      return target;
    },
  };
}

describe('Windows: the registry and the notification state', () => {
  it('ConsentStore: an app that started and has not stopped is using the camera (Zoom); others are not', () => {
    expect(consentStoreInUse(fixture('windows-consentstore-webcam.txt'))).toEqual([
      'HKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\CapabilityAccessManager\\ConsentStore\\webcam\\NonPackaged\\C:#Users#ana#AppData#Roaming#Zoom#bin#Zoom.exe',
    ]);
  });

  it('ConsentStore: after the call (and a permission never used, stop 0 without a start) nothing is in use', () => {
    expect(consentStoreInUse(fixture('windows-consentstore-microphone-idle.txt'))).toEqual([]);
    expect(consentStoreInUse('')).toEqual([]);
  });

  it('notifications off in Settings reads as do-not-disturb; on or absent does not', () => {
    const off = fixture('windows-toasts-off.txt');
    expect(toastsOff(off)).toBe(true);
    expect(toastsOff(off.replace('0x0', '0x1'))).toBe(false);
    expect(toastsOff('ERROR: The system was unable to find the specified registry key or value.')).toBe(
      false,
    );
  });

  it.each([
    ['2\r\n', true], // QUNS_BUSY: a full-screen app, or presentation settings on
    ['3\r\n', true], // QUNS_RUNNING_D3D_FULL_SCREEN: a game
    ['4\r\n', true], // QUNS_PRESENTATION_MODE
    ['7\r\n', true], // QUNS_APP: a full-screen Store app
    ['5\r\n', false], // QUNS_ACCEPTS_NOTIFICATIONS
    ['1\r\n', false], // QUNS_NOT_PRESENT: locked or screen saver (the lock is handled elsewhere)
    ['', false],
  ])('SHQueryUserNotificationState %j → busy %s', (output, busy) => {
    expect(qunsBusy(output)).toBe(busy);
  });

  it('runs reg and PowerShell only, with the documented keys', async () => {
    const exec = vi.fn<Exec>(async (file, args) => {
      if (file === 'reg' && args[1]?.endsWith('\\webcam')) return fixture('windows-consentstore-webcam.txt');
      if (file === 'reg' && args[1]?.endsWith('\\microphone'))
        return fixture('windows-consentstore-microphone-idle.txt');
      if (file === 'reg') return fixture('windows-toasts-off.txt');
      return '4\r\n';
    });
    const probes = probesFor('win32', { exec, proc: procFrom('linux-proc-fd.json'), bus: null });
    const seen = await Promise.all(probes.map(async (p) => [p.setting, await p.look()]));
    expect(Object.fromEntries(seen)).toEqual({
      holdForCamera: true,
      holdForMicrophone: false,
      holdForDnd: true,
      holdForFullscreen: true,
    });
    expect(new Set(exec.mock.calls.map(([file]) => file))).toEqual(new Set(['reg', 'powershell.exe']));
    const ps = exec.mock.calls.find(([file]) => file === 'powershell.exe')?.[1] ?? [];
    expect(Buffer.from(ps.at(-1) ?? '', 'base64').toString('utf16le')).toContain(
      'SHQueryUserNotificationState',
    );
  });
});

describe('Linux: /proc, pactl, gsettings, D-Bus, xprop', () => {
  it('a process holding /dev/video0 open is a camera in use; unreadable processes and our own are skipped', async () => {
    const proc = procFrom('linux-proc-fd.json');
    expect(await videoDeviceOpen(proc, new Set([1000]))).toBe(true);
    const withoutBrowser = procFrom('linux-proc-fd.json');
    const readdir = withoutBrowser.readdir;
    withoutBrowser.readdir = async (path) =>
      path === '/proc' ? (await readdir(path)).filter((p) => p !== '4242') : readdir(path);
    expect(await videoDeviceOpen(withoutBrowser, new Set([1000]))).toBe(false);
  });

  it('a recording stream from a microphone counts; one from a ".monitor" (screen recording) does not', () => {
    const outputs = fixture('linux-pactl-source-outputs.txt');
    const sources = fixture('linux-pactl-sources.txt');
    expect(microphoneStreams(outputs, sources)).toBe(1);
    const monitorOnly = outputs
      .split('\n')
      .filter((l) => !l.startsWith('71'))
      .join('\n');
    expect(microphoneStreams(monitorOnly, sources)).toBe(0);
    expect(microphoneStreams('', sources)).toBe(0);
  });

  it('recorded on a real PulseAudio 16.1: the microphone stream counts, the monitor stream does not, idle is none', () => {
    const outputs = fixture('linux-pactl-source-outputs.recorded.txt');
    const sources = fixture('linux-pactl-sources.recorded.txt');
    expect(microphoneStreams(outputs, sources)).toBe(1);
    const monitorOnly = outputs
      .split('\n')
      .filter((l) => !l.startsWith('2\t'))
      .join('\n');
    expect(microphoneStreams(monitorOnly, sources)).toBe(0);
    expect(microphoneStreams(fixture('linux-pactl-source-outputs-idle.recorded.txt'), sources)).toBe(0);
  });

  it('GNOME: show-banners false is do-not-disturb', () => {
    expect(gnomeBannersOff('false\n')).toBe(true);
    expect(gnomeBannersOff('true\n')).toBe(false);
    expect(gnomeBannersOff('')).toBe(false);
  });

  it('GNOME, recorded with gsettings 2.74: the default is not do-not-disturb, the switched-off banners are', () => {
    const [shown = '', hidden = ''] = fixture('linux-gsettings-show-banners.recorded.txt').split('\n---\n');
    expect(gnomeBannersOff(`${shown}\n`)).toBe(false);
    expect(gnomeBannersOff(`${hidden}\n`)).toBe(true);
  });

  it('xprop: the focused window full screen; maximised is not; no active window is not', () => {
    const [active = '', full = '', maximised = '', none = ''] = fixture('linux-xprop.txt').split('\n---\n');
    expect(activeWindowId(active)).toBe('0x3c00007');
    expect(isFullscreenState(full)).toBe(true);
    expect(isFullscreenState(maximised)).toBe(false);
    expect(activeWindowId(none)).toBeNull();
  });

  it("KDE: the notification server's Inhibited property over the session bus; GNOME is asked when KDE says no", async () => {
    const bus = new FakeSessionBus().answer(
      'org.freedesktop.Notifications',
      'org.freedesktop.DBus.Properties.Get',
      [[{ type: 'b' }], [true]],
    );
    const exec = vi.fn<Exec>(async () => 'true\n');
    const dnd = probesFor('linux', { exec, proc: procFrom('linux-proc-fd.json'), bus }).find(
      (p) => p.setting === 'holdForDnd',
    )!;
    expect(await dnd.look()).toBe(true);
    expect(exec).not.toHaveBeenCalled();
    bus.answer('org.freedesktop.Notifications', 'org.freedesktop.DBus.Properties.Get', [
      [{ type: 'b' }],
      [false],
    ]);
    exec.mockResolvedValue('false\n');
    expect(await dnd.look()).toBe(true); // GNOME's switch
    expect(exec).toHaveBeenCalledWith('gsettings', [
      'get',
      'org.gnome.desktop.notifications',
      'show-banners',
    ]);
  });

  it('full screen is offered on X11 only; macOS offers nothing', () => {
    const tools = { exec: vi.fn<Exec>(), proc: procFrom('linux-proc-fd.json'), bus: null };
    const settings = (p: Probe[]) => p.map((x) => x.setting);
    expect(settings(probesFor('linux', tools, { x11: true }))).toContain('holdForFullscreen');
    expect(settings(probesFor('linux', tools, { x11: false }))).not.toContain('holdForFullscreen');
    expect(probesFor('darwin', tools)).toEqual([]);
  });
});

describe('busySources: the port the engine asks', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  const probe = (setting: HoldSetting, look: () => Promise<boolean>): Probe => ({
    setting,
    reason: setting === 'holdForDnd' ? 'dnd' : setting === 'holdForFullscreen' ? 'presentation' : 'call',
    name: setting,
    look: vi.fn(look),
  });

  it('only switched-on probes run; one answer with each reason once', async () => {
    const camera = probe('holdForCamera', async () => true);
    const mic = probe('holdForMicrophone', async () => true);
    const dnd = probe('holdForDnd', async () => true);
    const source = busySources(
      [camera, mic, dnd],
      () => ({ ...DEFAULT_SETTINGS, holdForDnd: false }),
      () => {},
    );
    const answer = vi.fn();
    source.check(answer);
    await vi.runAllTimersAsync();
    expect(answer).toHaveBeenCalledExactlyOnceWith(['call']);
    expect(dnd.look).not.toHaveBeenCalled();
  });

  it('every switch off: not enabled (the engine never asks)', () => {
    const off = {
      holdForCamera: false,
      holdForMicrophone: false,
      holdForDnd: false,
      holdForFullscreen: false,
    };
    const source = busySources(
      [probe('holdForCamera', async () => true)],
      () => off,
      () => {},
    );
    expect(source.enabled()).toBe(false);
    expect(
      busySources(
        [],
        () => DEFAULT_SETTINGS,
        () => {},
      ).enabled(),
    ).toBe(false);
  });

  it('a probe that fails counts as "no" and is logged once; one that hangs is given up at its deadline', async () => {
    const warn = vi.fn();
    const failing = probe('holdForCamera', async () => {
      throw new Error('spawn pactl ENOENT');
    });
    const hanging = probe('holdForDnd', () => new Promise<boolean>(() => {}));
    const fine = probe('holdForFullscreen', async () => true);
    const source = busySources([failing, hanging, fine], () => DEFAULT_SETTINGS, warn, 3_000);
    const answers: unknown[] = [];
    source.check((r) => answers.push(r));
    source.check((r) => answers.push(r));
    await vi.advanceTimersByTimeAsync(2_999);
    expect(answers).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(answers).toEqual([['presentation'], ['presentation']]);
    expect(warn).toHaveBeenCalledOnce();
    expect(String(warn.mock.calls[0]?.[0])).toMatch(/holdForCamera: cannot tell/);
  });
});
