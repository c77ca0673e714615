// One long-lived connection to the D-Bus session bus (Linux), through a pure-JS client (@homebridge/dbus-native:
// no native code, no subprocess). It replaces one `gdbus` process per question (issue 13). The connection opens
// on the first call and is kept; when it breaks, the call fails and the next call opens a new one. Every call
// has a deadline, so a desktop service that never answers costs a rejected promise, never a wait.
import type { EventEmitter } from 'node:events';
import { createConnection, type Socket } from 'node:net';
import * as dbusNative from '@homebridge/dbus-native';

/** One method call: where to, and the arguments with their D-Bus signature. */
export interface BusCall {
  destination: string;
  path: string;
  interface: string;
  member: string;
  signature?: string;
  body?: unknown[];
}

/** Which signals to hear (a D-Bus match rule: type='signal', this interface and member). */
export interface SignalMatch {
  interface: string;
  member: string;
}

export interface SessionBus {
  /** Resolves with the reply's first value; rejects on a D-Bus error, a lost connection or the deadline. */
  call(message: BusCall): Promise<unknown>;
  /**
   * Hears every signal matching `match` (from any sender) with its arguments. The match rule is registered with the
   * bus (org.freedesktop.DBus.AddMatch) on the open connection and again on every new one; when the connection
   * breaks, signals are heard again from the next call on (the idle sample asks the desktop at least every 5 min).
   */
  onSignal(match: SignalMatch, hear: (body: unknown[]) => void): void;
  /** Ends the connection (on quit). */
  close(): void;
}

/** A call not answered in this time is given up (the answer then counts as "cannot tell"). */
export const CALL_DEADLINE_MS = 2_000;

/**
 * The socket for a bus address (D-Bus specification, "Server Addresses": `unix:path=…`, `unix:abstract=…`,
 * several addresses separated by `;`). Node connects to Linux abstract sockets with a leading NUL, so the
 * client's optional native `abstract-socket` module is never needed. Null when no address can be used.
 */
export function busSocketPath(address: string | undefined): string | null {
  for (const entry of (address ?? '').split(';')) {
    const colon = entry.indexOf(':');
    if (colon < 0 || entry.slice(0, colon) !== 'unix') continue;
    const params = new Map(
      entry
        .slice(colon + 1)
        .split(',')
        .map((kv) => {
          const eq = kv.indexOf('=');
          return [kv.slice(0, eq), decodeURIComponent(kv.slice(eq + 1))] as const;
        }),
    );
    const path = params.get('path');
    if (path) return path;
    const abstract = params.get('abstract');
    if (abstract) return `\0${abstract}`;
  }
  return null;
}

interface DbusError {
  name?: string;
  message?: string;
}

/** The part of the client used here (its index.d.ts does not declare createClient). */
interface Client {
  invoke(message: BusCall, reply: (error: DbusError | null, value?: unknown) => void): void;
  connection: EventEmitter & { end(): void };
}

/** A message as the client reads it; type 4 is a signal (D-Bus specification, "Message Types"). */
interface BusMessage {
  type?: number;
  interface?: string;
  member?: string;
  body?: unknown[];
}
const SIGNAL = 4;

/** The bus daemon's own AddMatch call for a rule (D-Bus specification, "Match Rules"). */
function addMatch(match: SignalMatch): BusCall {
  return {
    destination: 'org.freedesktop.DBus',
    path: '/org/freedesktop/DBus',
    interface: 'org.freedesktop.DBus',
    member: 'AddMatch',
    signature: 's',
    body: [`type='signal',interface='${match.interface}',member='${match.member}'`],
  };
}
const { createClient } = dbusNative as unknown as { createClient(o: { stream: Socket }): Client };

/** Opens the connection lazily; `connect` is replaceable so tests can hand in a socket to a private bus. */
export function sessionBus(
  address: string | undefined = process.env['DBUS_SESSION_BUS_ADDRESS'],
  connect: (path: string) => Socket = (path) => createConnection(path),
): SessionBus {
  let bus: Client | null = null;
  const listeners: { match: SignalMatch; hear: (body: unknown[]) => void }[] = [];
  /** Calls waiting for a reply on the open connection: failed at once when it breaks. */
  let waiting = new Set<(error: DbusError) => void>();

  const open = (): Client => {
    if (bus) return bus;
    const path = busSocketPath(address);
    if (!path) throw new Error('no usable D-Bus session bus address');
    const opened = createClient({ stream: connect(path) });
    const mine = (waiting = new Set());
    const drop = (error?: unknown) => {
      if (bus === opened) bus = null;
      for (const fail of mine) fail({ message: `connection lost (${String(error ?? 'closed')})` });
      mine.clear();
    };
    // Without an 'error' listener a broken socket would be an uncaught exception in main.
    opened.connection.on('error', drop);
    opened.connection.on('end', drop);
    opened.connection.on('message', (message: BusMessage) => {
      if (message.type !== SIGNAL) return;
      for (const { match, hear } of listeners)
        if (message.interface === match.interface && message.member === match.member)
          hear(message.body ?? []);
    });
    for (const { match } of listeners) opened.invoke(addMatch(match), () => undefined);
    bus = opened;
    return opened;
  };

  return {
    call(message) {
      return new Promise((resolve, reject) => {
        let settled = false;
        const timer = setTimeout(() => {
          settled = true;
          reject(new Error(`${message.interface}.${message.member}: no answer in ${CALL_DEADLINE_MS} ms`));
        }, CALL_DEADLINE_MS);
        timer.unref?.();
        const done = (error: DbusError | null | undefined, value?: unknown) => {
          if (settled) return;
          settled = true;
          clearTimeout(timer);
          waiting.delete(done);
          if (error) reject(new Error(`${error.name ?? 'D-Bus error'}: ${error.message ?? ''}`));
          else resolve(value);
        };
        try {
          const client = open();
          waiting.add(done);
          client.invoke({ ...message }, done);
        } catch (error) {
          done({ message: String(error) });
        }
      });
    },
    onSignal(match, hear) {
      listeners.push({ match, hear });
      try {
        if (bus) bus.invoke(addMatch(match), () => undefined);
        else open();
      } catch {
        // No usable address: nothing to hear.
      }
    },
    close() {
      const open = bus;
      bus = null;
      open?.connection.end();
      for (const fail of waiting) fail({ message: 'connection closed' });
      waiting.clear();
    },
  };
}

/**
 * dbus-native reads a variant (e.g. the reply of org.freedesktop.DBus.Properties.Get) as
 * `[signatureTree, [value]]`; plain values pass through.
 */
export function variantValue(value: unknown): unknown {
  if (Array.isArray(value) && value.length === 2 && Array.isArray(value[1]) && Array.isArray(value[0]))
    return (value[1] as unknown[])[0];
  return value;
}
