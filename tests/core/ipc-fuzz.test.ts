// Fuzzing every invoke channel through the real handler map (createCoreApp's, as main and the harness serve it):
// valid payloads mutated into wrong types, extra or missing fields, huge strings, NaN/Infinity and
// prototype-pollution keys. Every call resolves to a typed result (never a throw), an invalid payload is an
// `invalid-args` error that changes nothing, and the log names what was wrong without quoting a value.
// Fixed seeds: a failure prints its counterexample and replays the same way every run.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { dispatchInvoke } from '../../electron/core/handlers';
import { API_METHODS, type ArgsOf, type InvokeChannel } from '../../electron/shared/ipc';
import { parseArgs } from '../../electron/shared/ipc-schemas';
import { HOUR, MIN, Sim } from '../fakes/sim';
import { CALM, pre } from './walk-fixtures';

/** A value no log line may contain: it stands for a health answer or anything else a renderer sends. */
const SECRET = 'SECRET-back-pain-7f3a';
const HUGE = SECRET + 'x'.repeat(1_000_000);
const CHANNELS: InvokeChannel[] = Object.values(API_METHODS);
/** Generous: the runs of one channel take well under a second, but a loaded 2-core machine can be 20 times slower. */
const FUZZ_TIMEOUT_MS = 60_000;
/** Payloads per channel and scene: 26 channels × 2 scenes × 160 is over 8,000 payloads a run. */
const RUNS_PER_CHANNEL = 160;

/** One valid payload per channel; the mapped type makes a missing channel a compile error. */
const VALID: { [C in InvokeChannel]: ArgsOf<C> } = {
  'tracker:get-snapshot': {},
  'tracker:report-moved': {},
  'tracker:set-standing': { standing: true },
  'desk:get-state': {},
  'desk:save-check': {
    answers: {
      screenHeight: 'yes',
      screenDistance: 'no',
      laptop: 'skip',
      elbows: 'yes',
      feet: 'yes',
      lowerBack: 'no',
      light: 'yes',
    },
  },
  'desk:mark-fixed': { item: 'feet' },
  'app:get-region': {},
  'app:get-desktop': {},
  'desk:answer-posture-offer': { answer: 'declined' },
  'window:time-up': { next: 'cool-down' },
  'window:fit-reminder': { height: 240 },
  'reminder:snooze': { minutes: 5 },
  'reminder:skip': { via: 'button' },
  'walk:start': { source: 'tray' },
  'walk:end': { completed: true },
  'reminders:pause': { minutes: 30 },
  'reminders:resume': {},
  'settings:get': {},
  'settings:update': { sitThresholdMin: 45, snoozeOptionsMin: [5, 10] },
  'break:get-state': {},
  'break:onboard': { comfortableMinutes: 10, currentPain: 2, inFlare: false, advisory: [] },
  'break:check-in': pre(2),
  'break:start-timer': {},
  'break:pause': {},
  'break:resume': {},
  'break:end-timer': { reason: 'completed' },
  'break:submit-answers': CALM,
  'break:submit-next-day': { checkpoint: '24h', feeling: 'same', pain: 2 },
  'programme:confirm-clearance': { level: 2, seenOn: '2026-03-02' },
  'history:get-overview': { range: 'week' },
  'history:get-goal': {},
  'history:export': { what: 'events', format: 'csv' },
  'history:import': { text: '{"format":"walkbreak-history","version":1,"events":[]}' },
  'history:save-clinician-summary': {},
  'history:delete-day': { day: '2026-03-02' },
  'history:cancel-import': {},
  'history:delete-all': { confirm: true },
};

/** Values that no schema field accepts as they are (or only by chance, which the test tells apart). */
const badValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(NaN, Infinity, -Infinity, -0, 1e308, Number.MAX_SAFE_INTEGER + 2, null, undefined),
  fc.constantFrom(
    HUGE,
    SECRET,
    '',
    '5',
    'true',
    [],
    {},
    [SECRET],
    { note: SECRET },
    { ['k'.repeat(5000)]: 1 },
  ),
  fc.constant(JSON.parse(`{"__proto__":{"polluted":"${SECRET}"}}`) as unknown),
  fc.constant(JSON.parse(`{"constructor":{"prototype":{"polluted":"${SECRET}"}}}`) as unknown),
  fc.anything({ maxDepth: 3, withNullPrototype: true, withBigInt: true, withDate: true, withMap: true }),
);

const pollutionKey = fc.constantFrom('__proto__', 'constructor', 'prototype');

/** Sets own property `key` (even `__proto__`) the way JSON.parse or a structured clone would. */
function withOwn(target: Record<string, unknown>, key: string, value: unknown): Record<string, unknown> {
  return Object.defineProperty({ ...target }, key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
}

type Mutation = (payload: Record<string, unknown>) => unknown;

/** A valid payload turned into a (usually) invalid one; nested objects are mutated too. */
function mutation(): fc.Arbitrary<Mutation> {
  const at = fc.nat();
  return fc.oneof(
    fc.tuple(fc.string({ maxLength: 12 }), badValue).map(
      ([key, value]): Mutation =>
        (p) =>
          withOwn(p, key, value),
    ),
    fc.tuple(pollutionKey, badValue).map(
      ([key, value]): Mutation =>
        (p) =>
          withOwn(p, key, value),
    ),
    fc.tuple(at, badValue).map(([i, value]): Mutation => (p) => {
      const keys = Object.keys(p);
      return keys.length ? withOwn(p, keys[i % keys.length]!, value) : withOwn(p, 'x', value);
    }),
    at.map((i): Mutation => (p) => {
      const keys = Object.keys(p);
      const copy = { ...p };
      if (keys.length) delete copy[keys[i % keys.length]!];
      return copy;
    }),
    fc.tuple(at, pollutionKey, badValue).map(([i, key, value]): Mutation => (p) => {
      const nested = Object.keys(p).filter(
        (k) => p[k] !== null && typeof p[k] === 'object' && !Array.isArray(p[k]),
      );
      const k = nested[i % Math.max(1, nested.length)];
      return k ? withOwn(p, k, withOwn(p[k] as Record<string, unknown>, key, value)) : withOwn(p, key, value);
    }),
    badValue.map(
      (value): Mutation =>
        () =>
          value,
    ),
  );
}

/** Everything a user could notice or that is stored, as one comparable string. */
function observable(sim: Sim): string {
  return JSON.stringify({
    snapshot: sim.engine.snapshot(),
    settings: sim.core.settings.get(),
    breakState: sim.core.breaks.getState(),
    events: sim.events,
    persisted: sim.persisted,
    programme: sim.programme,
    shown: sim.shown.length,
    hidden: sim.hidden.length,
    breaksOpened: sim.breaksOpened.length,
    timer: sim.timerDueIn(),
    history: sim.core.history.overview('month'),
  });
}

/** A fresh app, and one mid-walk (onboarded, checked in, timer running) where accepted answers would matter. */
async function scene(kind: 'fresh' | 'mid-walk'): Promise<Sim> {
  const sim = new Sim().start();
  sim.advance(40 * MIN, 'typing'); // a reminder is on screen
  if (kind === 'fresh') return sim;
  const log = (): void => undefined;
  const { handlers } = sim.core;
  for (const [channel, args] of [
    ['break:onboard', VALID['break:onboard']],
    ['break:check-in', VALID['break:check-in']],
    ['break:start-timer', {}],
  ] as const) {
    const result = await dispatchInvoke(handlers, channel, args, log);
    if (!result.ok) throw new Error(`scene set-up failed at ${channel}: ${result.error.message}`);
  }
  sim.advance(2 * MIN, 'idle');
  return sim;
}

describe.each(['fresh', 'mid-walk'] as const)('fuzzing every channel (%s app)', (kind) => {
  let sim: Sim;
  const logged: string[] = [];
  const log = (message: string): void => void logged.push(message);
  beforeAll(async () => {
    sim = await scene(kind);
  });

  it.each(CHANNELS)(
    '%s: invalid payloads are typed errors that change nothing and log no values',
    async (channel) => {
      let invalid = 0;
      await fc.assert(
        fc.asyncProperty(mutation(), async (mutate) => {
          const payload = mutate({ ...(VALID[channel] as Record<string, unknown>) });
          const expectedInvalid = !parseArgs(channel, payload).ok;
          const before = observable(sim);
          const result = await dispatchInvoke(sim.core.handlers, channel, payload, log);
          expect(typeof result.ok).toBe('boolean');
          if (!expectedInvalid) return;
          invalid += 1;
          expect(result).toMatchObject({ ok: false, error: { code: 'invalid-args' } });
          expect(observable(sim)).toBe(before);
        }),
        { numRuns: RUNS_PER_CHANNEL, seed: 20261128 + CHANNELS.indexOf(channel) },
      );
      // Most mutations must have produced an invalid payload, or this test would prove nothing.
      expect(invalid).toBeGreaterThan(RUNS_PER_CHANNEL * 0.6);
      expect(logged.length).toBeGreaterThanOrEqual(invalid);
      for (const line of logged) {
        expect(line).not.toContain(SECRET);
        expect(line.length).toBeLessThan(300);
      }
      expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    },
    FUZZ_TIMEOUT_MS,
  );
});

describe('fuzzing the channel name', () => {
  it(
    'an unknown or inherited channel is an invalid-args error, never a throw',
    { timeout: FUZZ_TIMEOUT_MS },
    async () => {
      const { core } = new Sim().start();
      const logged: string[] = [];
      await fc.assert(
        fc.asyncProperty(
          fc.oneof(
            fc.string(),
            fc.constantFrom('__proto__', 'constructor', 'toString', 'hasOwnProperty', HUGE),
          ),
          fc.anything(),
          async (channel, payload) => {
            fc.pre(!CHANNELS.includes(channel as InvokeChannel));
            const result = await dispatchInvoke(core.handlers, channel as InvokeChannel, payload, (m) =>
              logged.push(m),
            );
            expect(result).toMatchObject({ ok: false, error: { code: 'invalid-args' } });
          },
        ),
        { numRuns: 500, seed: 20261128 },
      );
      for (const line of logged) expect(line.length).toBeLessThan(300);
    },
  );

  it('a valid call after thousands of bad ones still works', { timeout: FUZZ_TIMEOUT_MS }, async () => {
    const sim = await scene('fresh');
    for (let i = 0; i < 2000; i++) {
      await dispatchInvoke(
        sim.core.handlers,
        'reminder:snooze',
        { minutes: i % 2 ? NaN : HUGE },
        () => undefined,
      );
    }
    const result = await dispatchInvoke(
      sim.core.handlers,
      'reminder:snooze',
      { minutes: 5 },
      () => undefined,
    );
    expect(result).toMatchObject({ ok: true, value: { reminder: null } });
    sim.advance(5 * MIN + HOUR / 60, 'typing');
    expect(sim.shown).toHaveLength(2);
  });
});
