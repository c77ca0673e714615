// The long-lived session-bus connection against a real dbus-daemon (started privately for the test, skipped where
// the daemon is not installed): a service on the bus answers over one connection, a missing service is an error,
// a lost bus fails the call and the next call opens a new connection. Also the address forms of the D-Bus spec.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createConnection } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as dbusNative from '@homebridge/dbus-native';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { desktopSignals } from '../../electron/main/adapters/desktop-signals';
import { watchScreenSaver } from '../../electron/main/adapters/power';
import { busSocketPath, sessionBus, variantValue } from '../../electron/main/adapters/session-bus';

describe('busSocketPath (D-Bus specification, "Server Addresses")', () => {
  it.each([
    ['unix:path=/run/user/1000/bus', '/run/user/1000/bus'],
    ['unix:abstract=/tmp/dbus-XYZ,guid=0123', '\0/tmp/dbus-XYZ'],
    ['tcp:host=localhost,port=1;unix:path=/tmp/b%20s', '/tmp/b s'],
    ['', null],
    [undefined, null],
    ['tcp:host=localhost,port=1', null],
  ])('%j → %j', (address, path) => {
    expect(busSocketPath(address)).toBe(path);
  });

  it('a missing address is a rejected call, not a throw', async () => {
    await expect(
      sessionBus(undefined).call({ destination: 'a.b', path: '/', interface: 'a.b', member: 'C' }),
    ).rejects.toThrow(/no usable D-Bus session bus address/);
  });
});

const DAEMON = '/usr/bin/dbus-daemon';

describe.skipIf(!existsSync(DAEMON))('a real session bus (private dbus-daemon)', () => {
  let dir = '';
  let daemon: ChildProcess | null = null;
  let address = '';
  const service = { inhibited: false };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'walkbreak-bus-'));
    const socket = join(dir, 'bus');
    daemon = spawn(DAEMON, ['--session', '--nofork', '--print-address=1', `--address=unix:path=${socket}`], {
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    address = await new Promise<string>((resolve) =>
      daemon!.stdout!.once('data', (d) => resolve(String(d).trim())),
    );
    // A stand-in for gnome-session on that bus: org.gnome.SessionManager.IsInhibited(u) → b.
    const { createClient } = dbusNative as unknown as {
      createClient(o: { stream: unknown }): {
        requestName(name: string, flags: number, cb: (e: unknown) => void): void;
        exportInterface(obj: unknown, path: string, iface: unknown): void;
      };
    };
    const gnome = createClient({ stream: createConnection(socket) });
    await new Promise((resolve) => gnome.requestName('org.gnome.SessionManager', 0, resolve));
    gnome.exportInterface({ IsInhibited: () => service.inhibited }, '/org/gnome/SessionManager', {
      name: 'org.gnome.SessionManager',
      methods: { IsInhibited: ['u', 'b'] },
    });
  });

  afterAll(() => {
    daemon?.kill();
    rmSync(dir, { recursive: true, force: true });
  });

  it('asks the desktop service over one connection and reads its answer', async () => {
    let sockets = 0;
    const bus = sessionBus(address, (path) => {
      sockets += 1;
      return createConnection(path);
    });
    const call = {
      destination: 'org.gnome.SessionManager',
      path: '/org/gnome/SessionManager',
      interface: 'org.gnome.SessionManager',
      member: 'IsInhibited',
      signature: 'u',
      body: [8],
    };
    expect(await bus.call(call)).toBe(false);
    service.inhibited = true;
    expect(await bus.call(call)).toBe(true);
    expect(
      variantValue(
        await bus.call({
          destination: 'org.freedesktop.DBus',
          path: '/org/freedesktop/DBus',
          interface: 'org.freedesktop.DBus.Properties',
          member: 'Get',
          signature: 'ss',
          body: ['org.freedesktop.DBus', 'Features'],
        }),
      ),
    ).toEqual(expect.any(Array));
    expect(sockets).toBe(1);
    bus.close();
  });

  it('a name nobody owns is a D-Bus error; the desktop-signals adapter then says "cannot tell"', async () => {
    const bus = sessionBus(address);
    await expect(
      bus.call({ destination: 'org.kde.nothing', path: '/', interface: 'org.kde.nothing', member: 'X' }),
    ).rejects.toThrow(/ServiceUnknown/);
    const signals = desktopSignals('linux', () => {}, bus);
    expect(signals.read().screenInUse).toBeNull();
    bus.close();
  });

  it('a connection that breaks fails its call; the next call opens a new one', async () => {
    let sockets = 0;
    const bus = sessionBus(address, (path) => {
      sockets += 1;
      const s = createConnection(path);
      if (sockets === 1) s.once('connect', () => s.destroy(new Error('ECONNRESET')));
      return s;
    });
    const hello = {
      destination: 'org.freedesktop.DBus',
      path: '/org/freedesktop/DBus',
      interface: 'org.freedesktop.DBus',
      member: 'GetId',
    };
    await expect(bus.call(hello)).rejects.toThrow();
    expect(await bus.call(hello)).toEqual(expect.any(String));
    expect(sockets).toBe(2);
    bus.close();
  });

  it("hears the screen saver's ActiveChanged signal from another client: lock and unlock reach the engine (issue 13)", async () => {
    const bus = sessionBus(address);
    const inputs: string[] = [];
    let wake = (): void => {};
    const next = () => new Promise<void>((resolve) => (wake = resolve));
    const engine = {
      dispatch: (input: { kind: string }) => {
        inputs.push(input.kind);
        wake();
        return undefined as never;
      },
    };
    watchScreenSaver(bus, engine, () => {});
    // The match rules are registered once the connection is up; a round trip makes sure AddMatch was handled.
    await bus.call({
      destination: 'org.freedesktop.DBus',
      path: '/org/freedesktop/DBus',
      interface: 'org.freedesktop.DBus',
      member: 'GetId',
    });
    const { createClient } = dbusNative as unknown as {
      createClient(o: { stream: unknown }): {
        sendSignal(path: string, iface: string, name: string, signature: string, args: unknown[]): void;
        invoke(m: unknown, cb: (e: unknown, v?: unknown) => void): void;
        connection: { end(): void };
      };
    };
    const shell = createClient({ stream: createConnection(busSocketPath(address)!) });
    let heard = next();
    shell.sendSignal('/org/gnome/ScreenSaver', 'org.gnome.ScreenSaver', 'ActiveChanged', 'b', [true]);
    await heard;
    heard = next();
    // An unrelated signal on the bus is not heard.
    shell.sendSignal('/org/gnome/ScreenSaver', 'org.gnome.ScreenSaver', 'WakeUpScreen', '', []);
    shell.sendSignal('/org/freedesktop/ScreenSaver', 'org.freedesktop.ScreenSaver', 'ActiveChanged', 'b', [
      false,
    ]);
    await heard;
    expect(inputs).toEqual(['lock', 'unlock']);
    shell.connection.end();
    bus.close();
  });
});
