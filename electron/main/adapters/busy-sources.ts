// BusySource port (issue 16): is the user in a call, presenting, or in do-not-disturb? Each signal is one probe
// behind its own Settings switch, read with the OS's own command-line tools, /proc or the session bus: no native
// code, nothing leaves the machine, nothing about the call is kept. The engine asks only while a reminder is due
// (never on an ordinary wake); every probe has a deadline, and one that fails, hangs or cannot run counts as "no".
// What each OS lets us see is in docs/tracker.md, "Calls, presentations, do-not-disturb".
import { execFile } from 'node:child_process';
import { readdir, readlink } from 'node:fs/promises';
import type { BusySource } from '../../core/ports';
import type { HoldSetting, Settings } from '../../shared/settings';
import type { HoldReason } from '../../shared/tracker';
import { variantValue, type SessionBus } from './session-bus';

/** Runs a program and resolves with its stdout; rejects when it fails, cannot be started or takes too long. */
export type Exec = (file: string, args: string[]) => Promise<string>;

/** What the Linux probes read from /proc. */
export interface ProcFs {
  readdir(path: string): Promise<string[]>;
  readlink(path: string): Promise<string>;
}

export interface ProbeTools {
  exec: Exec;
  proc: ProcFs;
  bus: SessionBus | null;
  /** Our own process ids (main and its children), never counted as "in a call". */
  ownPids?: ReadonlySet<number>;
}

/** One signal: which setting turns it on, what it means, and one look (true: busy). */
export interface Probe {
  setting: HoldSetting;
  reason: HoldReason;
  /** For the log: what is read. */
  name: string;
  look(): Promise<boolean>;
}

/** A probe not done by then counts as "no": the engine stops waiting for any answer after 5 s. */
export const PROBE_DEADLINE_MS = 3_000;

const run: Exec = (file, args) =>
  new Promise((resolve, reject) => {
    execFile(file, args, { timeout: PROBE_DEADLINE_MS, windowsHide: true }, (error, stdout) =>
      error ? reject(error) : resolve(String(stdout)),
    );
  });

export const SYSTEM_TOOLS: Omit<ProbeTools, 'bus'> = {
  exec: run,
  proc: { readdir: (path) => readdir(path), readlink: (path) => readlink(path) },
};

// ---------------------------------------------------------------------------------------------------------------
// Windows

const CONSENT_STORE =
  'HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\CapabilityAccessManager\\ConsentStore';

/**
 * `reg query <ConsentStore>\webcam /s` (or \microphone): Windows records, per app, when it last started and
 * stopped using the device; an app that started and has not stopped (LastUsedTimeStop 0) is using it now. An entry
 * that never started (no LastUsedTimeStart, or 0) is only a permission. Returns the keys in use.
 */
export function consentStoreInUse(output: string): string[] {
  const inUse: string[] = [];
  let key = '';
  let start: bigint | null = null;
  let stop: bigint | null = null;
  const close = () => {
    if (key && start !== null && start > 0n && stop === 0n) inUse.push(key);
  };
  for (const raw of output.split(/\r?\n/)) {
    const line = raw.trimEnd();
    if (/^HKEY_/i.test(line)) {
      close();
      key = line;
      start = stop = null;
      continue;
    }
    const value = /^\s+(LastUsedTimeStart|LastUsedTimeStop)\s+REG_QWORD\s+(0x[0-9a-f]+)$/i.exec(line);
    if (!value) continue;
    const n = BigInt(value[2] ?? '0x0');
    if (value[1]?.toLowerCase() === 'lastusedtimestart') start = n;
    else stop = n;
  }
  close();
  return inUse;
}

/** `reg query …\Notifications\Settings /v NOC_GLOBAL_SETTING_TOASTS_ENABLED`: 0x0 = notifications off (DND). */
export function toastsOff(output: string): boolean {
  return /NOC_GLOBAL_SETTING_TOASTS_ENABLED\s+REG_DWORD\s+0x0\s*$/im.test(output);
}

/**
 * SHQueryUserNotificationState through PowerShell's own P/Invoke (no add-on of ours): 2 QUNS_BUSY (a full-screen
 * app, or presentation settings on), 3 QUNS_RUNNING_D3D_FULL_SCREEN, 4 QUNS_PRESENTATION_MODE, 7 QUNS_APP (a
 * full-screen Store app). Microsoft Learn, "SHQueryUserNotificationState function (shellapi.h)" and
 * "QUERY_USER_NOTIFICATION_STATE enumeration".
 */
const QUNS_SCRIPT =
  'Add-Type -Namespace WalkBreak -Name Quns -MemberDefinition \'[DllImport("shell32.dll")] public static extern int SHQueryUserNotificationState(out int state);\'; $s = 0; [void][WalkBreak.Quns]::SHQueryUserNotificationState([ref]$s); $s';

export function qunsBusy(output: string): boolean {
  const state = Number.parseInt(output.trim(), 10);
  return state === 2 || state === 3 || state === 4 || state === 7;
}

function windowsProbes({ exec }: ProbeTools): Probe[] {
  const consent = (device: 'webcam' | 'microphone') => async () =>
    consentStoreInUse(await exec('reg', ['query', `${CONSENT_STORE}\\${device}`, '/s'])).length > 0;
  return [
    { setting: 'holdForCamera', reason: 'call', name: 'ConsentStore\\webcam', look: consent('webcam') },
    {
      setting: 'holdForMicrophone',
      reason: 'call',
      name: 'ConsentStore\\microphone',
      look: consent('microphone'),
    },
    {
      setting: 'holdForDnd',
      reason: 'dnd',
      name: 'NOC_GLOBAL_SETTING_TOASTS_ENABLED',
      look: async () =>
        toastsOff(
          await exec('reg', [
            'query',
            'HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Notifications\\Settings',
            '/v',
            'NOC_GLOBAL_SETTING_TOASTS_ENABLED',
          ]),
        ),
    },
    {
      setting: 'holdForFullscreen',
      reason: 'presentation',
      name: 'SHQueryUserNotificationState',
      look: async () =>
        qunsBusy(
          await exec('powershell.exe', [
            '-NoProfile',
            '-NonInteractive',
            '-EncodedCommand',
            Buffer.from(QUNS_SCRIPT, 'utf16le').toString('base64'),
          ]),
        ),
    },
  ];
}

// ---------------------------------------------------------------------------------------------------------------
// Linux

/** Processes (ours excluded) holding a /dev/video* device open: a camera in use. Unreadable processes are skipped. */
export async function videoDeviceOpen(proc: ProcFs, own: ReadonlySet<number> = new Set()): Promise<boolean> {
  const pids = (await proc.readdir('/proc')).filter((name) => /^\d+$/.test(name) && !own.has(Number(name)));
  for (const pid of pids) {
    let fds: string[];
    try {
      fds = await proc.readdir(`/proc/${pid}/fd`);
    } catch {
      continue; // another user's process, or gone
    }
    for (const fd of fds) {
      const target = await proc.readlink(`/proc/${pid}/fd/${fd}`).catch(() => '');
      if (/^\/dev\/video\d+$/.test(target)) return true;
    }
  }
  return false;
}

/**
 * `pactl list short source-outputs` (recording streams: "ID SOURCE CLIENT DRIVER SPEC", tab-separated) and
 * `pactl list short sources` ("ID NAME DRIVER SPEC STATE"): a stream recording from a real source (not a
 * ".monitor" of an output, which is screen or sound recording) means a microphone in use. PulseAudio and
 * PipeWire (pipewire-pulse) answer alike.
 */
export function microphoneStreams(sourceOutputs: string, sources: string): number {
  const monitors = new Set(
    sources
      .split('\n')
      .map((line) => line.split('\t'))
      .filter((cols) => cols[1]?.endsWith('.monitor'))
      .map((cols) => cols[0]),
  );
  return sourceOutputs
    .split('\n')
    .map((line) => line.split('\t'))
    .filter((cols) => cols.length >= 2 && /^\d+$/.test(cols[0] ?? '') && !monitors.has(cols[1])).length;
}

/** `gsettings get org.gnome.desktop.notifications show-banners` prints "false" while GNOME's Do Not Disturb is on. */
export function gnomeBannersOff(output: string): boolean {
  return output.trim() === 'false';
}

/**
 * `xprop -root _NET_ACTIVE_WINDOW` then `xprop -id <id> _NET_WM_STATE` (EWMH): the focused window is full screen.
 * X11 only (Wayland compositors do not tell other clients).
 */
export function activeWindowId(output: string): string | null {
  const m = /window id # (0x[0-9a-f]+)/i.exec(output);
  return m && m[1] !== '0x0' ? (m[1] ?? null) : null;
}

export function isFullscreenState(output: string): boolean {
  return /_NET_WM_STATE_FULLSCREEN/.test(output);
}

function linuxProbes({ exec, proc, bus, ownPids }: ProbeTools, x11: boolean): Probe[] {
  const probes: Probe[] = [
    {
      setting: 'holdForCamera',
      reason: 'call',
      name: '/proc/*/fd → /dev/video*',
      look: () => videoDeviceOpen(proc, ownPids),
    },
    {
      setting: 'holdForMicrophone',
      reason: 'call',
      name: 'pactl list short source-outputs',
      look: async () => {
        const outputs = await exec('pactl', ['list', 'short', 'source-outputs']);
        if (!outputs.trim()) return false;
        return microphoneStreams(outputs, await exec('pactl', ['list', 'short', 'sources'])) > 0;
      },
    },
    {
      setting: 'holdForDnd',
      reason: 'dnd',
      name: 'GNOME show-banners / KDE Notifications.Inhibited',
      look: async () => {
        // KDE Plasma: the notification server's Inhibited property (true while Do Not Disturb is on).
        const kde = bus
          ? await bus
              .call({
                destination: 'org.freedesktop.Notifications',
                path: '/org/freedesktop/Notifications',
                interface: 'org.freedesktop.DBus.Properties',
                member: 'Get',
                signature: 'ss',
                body: ['org.freedesktop.Notifications', 'Inhibited'],
              })
              .then(variantValue, () => null)
          : null;
        if (kde === true) return true;
        const gnome = await exec('gsettings', [
          'get',
          'org.gnome.desktop.notifications',
          'show-banners',
        ]).catch(() => '');
        return gnomeBannersOff(gnome);
      },
    },
  ];
  if (x11)
    probes.push({
      setting: 'holdForFullscreen',
      reason: 'presentation',
      name: 'xprop _NET_WM_STATE_FULLSCREEN',
      look: async () => {
        const id = activeWindowId(await exec('xprop', ['-root', '_NET_ACTIVE_WINDOW']));
        return id !== null && isFullscreenState(await exec('xprop', ['-id', id, '_NET_WM_STATE']));
      },
    });
  return probes;
}

/**
 * The probes this OS offers. macOS: none. Camera and microphone use, Focus and full-screen windows are not
 * readable there without extra permissions (Full Disk Access for the Focus database, Accessibility for other
 * apps' windows) or native code, so "In a meeting" from the tray is the way there.
 */
export function probesFor(
  platform: NodeJS.Platform,
  tools: ProbeTools,
  env: { x11?: boolean } = {},
): Probe[] {
  if (platform === 'win32') return windowsProbes(tools);
  if (platform === 'linux') return linuxProbes(tools, env.x11 === true);
  return [];
}

/** The settings a probe on this OS can use (for Settings: a switch is shown only where it can see something). */
export function holdSettingsAvailable(probes: Probe[]): HoldSetting[] {
  return [...new Set(probes.map((p) => p.setting))];
}

/** Resolves with `fallback` when `promise` takes longer than `ms` or fails. */
function withDeadline<T>(promise: Promise<T>, ms: number, fallback: T): Promise<T> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(fallback), ms);
    timer.unref?.();
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      () => {
        clearTimeout(timer);
        resolve(fallback);
      },
    );
  });
}

/**
 * The BusySource the engine uses: the probes whose setting is on, run together; one answer when all are done or
 * past their deadline. A probe that fails is logged once (until it works again) and counts as "no".
 */
export function busySources(
  probes: Probe[],
  settings: () => Pick<Settings, HoldSetting>,
  warn: (message: string) => void,
  deadlineMs: number = PROBE_DEADLINE_MS,
): BusySource {
  const failing = new Set<string>();
  const active = () => probes.filter((p) => settings()[p.setting]);
  return {
    enabled: () => active().length > 0,
    check(answer) {
      const looks = active().map((probe) =>
        withDeadline(
          probe.look().then(
            (busy) => {
              failing.delete(probe.name);
              return busy;
            },
            (error: unknown) => {
              if (!failing.has(probe.name)) warn(`${probe.name}: cannot tell (${String(error)})`);
              failing.add(probe.name);
              return false;
            },
          ),
          deadlineMs,
          false,
        ).then((busy) => (busy ? probe.reason : null)),
      );
      void Promise.all(looks).then((seen) =>
        answer([...new Set(seen.filter((r): r is HoldReason => r !== null))]),
      );
    },
  };
}
