// What the desktop says about other applications, where it says anything (docs/tracker.md, "Other apps"): on
// GNOME and KDE a session inhibitor held by a video player or presentation means "screen in use". Electron and
// the other platforms expose nothing without native code, so there every answer is null ("cannot tell").
// Each read returns the last answer and starts a fresh asynchronous query, so the engine never waits on D-Bus.
import { execFile } from 'node:child_process';

export interface DesktopSignals {
  /** Another app fullscreen or presenting; null: cannot tell. */
  fullscreen: boolean | null;
  /** Another app keeps the screen in use (inhibits idle); null: cannot tell. */
  screenInUse: boolean | null;
}

/** Runs a program and resolves with its stdout; rejects when it fails or cannot be started. */
export type Exec = (file: string, args: string[]) => Promise<string>;

const run: Exec = (file, args) =>
  new Promise((resolve, reject) => {
    execFile(file, args, { timeout: 2_000, windowsHide: true }, (error, stdout) =>
      error ? reject(error) : resolve(String(stdout)),
    );
  });

/** One D-Bus question per desktop; the first that answers is used from then on. */
const QUERIES: { name: string; args: string[] }[] = [
  {
    // GNOME: IsInhibited(8) — flag 8 is "inhibit the session being marked idle" (video players, presentations).
    name: 'GNOME session inhibitor',
    args: [
      'call',
      '--session',
      '--dest',
      'org.gnome.SessionManager',
      '--object-path',
      '/org/gnome/SessionManager',
      '--method',
      'org.gnome.SessionManager.IsInhibited',
      '8',
    ],
  },
  {
    // KDE Plasma (and others implementing freedesktop PowerManagement): HasInhibit.
    name: 'freedesktop PowerManagement inhibitor',
    args: [
      'call',
      '--session',
      '--dest',
      'org.freedesktop.PowerManagement',
      '--object-path',
      '/org/freedesktop/PowerManagement/Inhibit',
      '--method',
      'org.freedesktop.PowerManagement.Inhibit.HasInhibit',
    ],
  },
];

/** gdbus prints a boolean result as "(true,)". */
function parseBool(stdout: string): boolean | null {
  const m = /^\((true|false),?\)\s*$/.exec(stdout.trim());
  return m ? m[1] === 'true' : null;
}

export interface DesktopSignalSource {
  /** The latest known answer (null fields until the first query answers); starts a new query in the background. */
  read(): DesktopSignals;
  /** Which query is used, or why none can be (for the log and Settings). */
  describe(): string;
}

export function desktopSignals(
  platform: NodeJS.Platform,
  warn: (message: string) => void,
  exec: Exec = run,
  sessionBus: boolean = Boolean(process.env['DBUS_SESSION_BUS_ADDRESS']),
): DesktopSignalSource {
  const unknown: DesktopSignals = { fullscreen: null, screenInUse: null };
  if (platform !== 'linux' || !sessionBus) {
    const why = platform === 'linux' ? 'no D-Bus session bus' : platform;
    return { read: () => unknown, describe: () => `no signal about other apps (${why})` };
  }
  let latest: DesktopSignals = unknown;
  let chosen: number | null = null;
  let tried = 0;
  let busy = false;
  let given = false;

  const ask = async (): Promise<void> => {
    const index = chosen ?? tried;
    const query = QUERIES[index];
    if (!query) {
      if (!given) warn('no desktop inhibitor service answered; "watching" cannot be told from being away');
      given = true;
      return;
    }
    try {
      const value = parseBool(await exec('gdbus', query.args));
      if (value === null) throw new Error('unexpected answer');
      chosen = index;
      latest = { fullscreen: null, screenInUse: value };
    } catch {
      latest = unknown;
      if (chosen === null) tried += 1;
      else chosen = null;
    }
  };

  return {
    read() {
      if (!busy) {
        busy = true;
        void ask().finally(() => (busy = false));
      }
      return latest;
    },
    describe: () =>
      chosen === null ? 'no desktop inhibitor service found yet' : (QUERIES[chosen]?.name ?? ''),
  };
}
