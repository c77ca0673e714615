// What the desktop says about other applications, where it says anything (docs/tracker.md, "Other apps"): on
// GNOME and KDE a session inhibitor held by a video player or presentation means "screen in use". Electron and
// the other platforms expose nothing without native code, so there every answer is null ("cannot tell").
// The questions go over one long-lived session-bus connection (session-bus.ts), not a `gdbus` process each.
// Each read returns the last answer and starts a fresh asynchronous query, so the engine never waits on D-Bus.
import type { BusCall, SessionBus } from './session-bus';

export interface DesktopSignals {
  /** Another app fullscreen or presenting; null: cannot tell. */
  fullscreen: boolean | null;
  /** Another app keeps the screen in use (inhibits idle); null: cannot tell. */
  screenInUse: boolean | null;
}

/** One D-Bus question per desktop; the first that answers is used from then on. */
const QUERIES: { name: string; call: BusCall }[] = [
  {
    // GNOME: IsInhibited(8) — flag 8 is "inhibit the session being marked idle" (video players, presentations).
    name: 'GNOME session inhibitor',
    call: {
      destination: 'org.gnome.SessionManager',
      path: '/org/gnome/SessionManager',
      interface: 'org.gnome.SessionManager',
      member: 'IsInhibited',
      signature: 'u',
      body: [8],
    },
  },
  {
    // KDE Plasma (and others implementing freedesktop PowerManagement): HasInhibit.
    name: 'freedesktop PowerManagement inhibitor',
    call: {
      destination: 'org.freedesktop.PowerManagement',
      path: '/org/freedesktop/PowerManagement/Inhibit',
      interface: 'org.freedesktop.PowerManagement.Inhibit',
      member: 'HasInhibit',
    },
  },
];

export interface DesktopSignalSource {
  /** The latest known answer (null fields until the first query answers); starts a new query in the background. */
  read(): DesktopSignals;
  /** Which query is used, or why none can be (for the log and Settings). */
  describe(): string;
}

/** `bus`: the session bus on Linux, null where there is none (other platforms, or no session bus address). */
export function desktopSignals(
  platform: NodeJS.Platform,
  warn: (message: string) => void,
  bus: SessionBus | null,
): DesktopSignalSource {
  const unknown: DesktopSignals = { fullscreen: null, screenInUse: null };
  if (platform !== 'linux' || !bus) {
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
      const value = await bus.call(query.call);
      if (typeof value !== 'boolean') throw new Error('unexpected answer');
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
