// A fake D-Bus session bus: services answer per destination, as the bus daemon routes them. Behaviour modelled on
// the D-Bus specification (https://dbus.freedesktop.org/doc/dbus-specification.html):
// - a call to a name nobody owns fails with org.freedesktop.DBus.Error.ServiceUnknown ("Message Bus Messages");
// - a method the service lacks fails with org.freedesktop.DBus.Error.UnknownMethod (the service's own reply);
// - a service that never replies leaves the caller waiting; the real adapter gives up after its deadline
//   (session-bus.ts), which the fake models as the same rejection, at once.
import { vi } from 'vitest';
import type { BusCall, SessionBus, SignalMatch } from '../../electron/main/adapters/session-bus';

/** What a service answers to `interface.member`; 'hang' never answers. */
export type FakeReply = unknown | 'hang' | { error: string };

export class FakeSessionBus implements SessionBus {
  /** destination → "interface.member" → reply. */
  services = new Map<string, Map<string, FakeReply>>();
  closed = false;
  readonly call = vi.fn(async (m: BusCall): Promise<unknown> => {
    const service = this.services.get(m.destination);
    if (!service)
      throw new Error(
        `org.freedesktop.DBus.Error.ServiceUnknown: The name ${m.destination} was not provided`,
      );
    const key = `${m.interface}.${m.member}`;
    if (!service.has(key)) throw new Error(`org.freedesktop.DBus.Error.UnknownMethod: ${key}`);
    const reply = service.get(key);
    if (reply === 'hang') throw new Error(`${key}: no answer in 2000 ms`);
    if (reply && typeof reply === 'object' && 'error' in reply) throw new Error(String(reply.error));
    return reply;
  });

  /** Makes `destination` answer `interface.member` with `reply`. */
  answer(destination: string, method: string, reply: FakeReply): this {
    const service = this.services.get(destination) ?? new Map<string, FakeReply>();
    service.set(method, reply);
    this.services.set(destination, service);
    return this;
  }

  /** Signal listeners by "interface.member" (the bus delivers a signal to every connection whose match rule fits). */
  readonly listeners = new Map<string, ((body: unknown[]) => void)[]>();

  onSignal(match: SignalMatch, hear: (body: unknown[]) => void): void {
    const key = `${match.interface}.${match.member}`;
    this.listeners.set(key, [...(this.listeners.get(key) ?? []), hear]);
  }

  /** A desktop service emits a signal: every matching listener hears its arguments. */
  emit(iface: string, member: string, body: unknown[]): void {
    for (const hear of this.listeners.get(`${iface}.${member}`) ?? []) hear(body);
  }

  close(): void {
    this.closed = true;
  }
}
