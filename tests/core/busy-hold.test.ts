// Never interrupt a call, a presentation or do-not-disturb (issue 16). The busy sources are asked only while a
// reminder is due; a reminder due during a call waits, the tray says why, and one reminder comes within a minute
// after it ends (the firm one if the wait passed the snooze cap). A source that fails, hangs or is slow counts as
// "not in a call" and never holds the engine. History keeps only "held from … to …".
import { describe, expect, it } from 'vitest';
import { trayModel } from '../../electron/core/tray-model';
import { createTranslator } from '../../electron/shared/i18n';
import { RESOURCES } from '../../electron/shared/i18n/resources';
import type { HoldReason } from '../../electron/shared/tracker';
import { HOUR, MIN, SEC, Sim } from '../fakes/sim';

const EN = createTranslator({ language: 'en', locale: 'en-GB' }, RESOURCES);
const DE = createTranslator({ language: 'de', locale: 'de-DE' }, RESOURCES);
const status = (sim: Sim, tr = EN) => trayModel(sim.snapshot(), tr).menu[0];

/** A simulator with the busy sources on and nothing seen; reminders due at minute 30 (the default threshold). */
function busySim(): { sim: Sim; t0: number } {
  const sim = new Sim();
  sim.busy = [];
  sim.start();
  return { sim, t0: sim.wall };
}

describe('a reminder due while the user is busy waits, and comes once after', () => {
  it.each<{ reason: HoldReason; en: string; de: string }>([
    { reason: 'call', en: 'Waiting: you are in a call', de: 'Wartet: Sie sind in einem Anruf' },
    { reason: 'presentation', en: 'Waiting: you are presenting', de: 'Wartet: Sie präsentieren' },
    { reason: 'dnd', en: 'Waiting: do not disturb is on', de: 'Wartet: „Nicht stören“ ist an' },
  ])('$reason from minute 25 to 45: no window, the tray says why, one reminder within a minute', (c) => {
    const { sim, t0 } = busySim();
    sim.advance(25 * MIN, 'typing-with-pauses');
    sim.busy = [c.reason];
    sim.advance(20 * MIN, 'typing');
    expect(sim.shown).toEqual([]);
    expect(sim.snapshot().hold).toMatchObject({ reasons: [c.reason], long: false });
    expect(status(sim)).toMatchObject({ label: c.en });
    expect(status(sim, DE)).toMatchObject({ label: c.de });
    expect(sim.snapshot().trayState).toBe('approaching');
    sim.busy = [];
    const ended = sim.wall;
    sim.advance(3 * MIN, 'typing');
    expect(sim.shown).toHaveLength(1);
    expect(sim.shown[0]!.at - ended).toBeLessThanOrEqual(MIN);
    expect(sim.snapshot().hold).toBeNull();
    // History: only the span, from when the reminder first waited to when the hold ended.
    const held = sim.ofType('reminder-held');
    expect(held).toHaveLength(1);
    expect(held[0]!.start - t0).toBeGreaterThanOrEqual(30 * MIN);
    expect(held[0]!.start - t0).toBeLessThanOrEqual(30 * MIN + 10 * SEC);
    expect(held[0]!.end).toBe(sim.shown[0]!.at);
    expect(Object.keys(held[0]!).sort()).toEqual(['at', 'end', 'start', 'type']);
  });

  it('overlapping sources (a call 25–50, then do-not-disturb 40–70): one hold, one reminder after both', () => {
    const { sim, t0 } = busySim();
    sim.advance(25 * MIN, 'typing');
    sim.busy = ['call'];
    sim.advance(15 * MIN, 'typing');
    sim.busy = ['call', 'dnd'];
    expect(sim.advance(MIN).snapshot().hold?.reasons).toEqual(['call', 'dnd']);
    expect(status(sim)).toMatchObject({ label: 'Waiting: you are in a call' });
    sim.advance(9 * MIN);
    sim.busy = ['dnd'];
    sim.advance(20 * MIN, 'typing');
    expect(status(sim)).toMatchObject({ label: 'Waiting: do not disturb is on' });
    expect(sim.shown).toEqual([]);
    sim.busy = [];
    sim.advance(MIN, 'typing');
    expect(sim.shownMinutes(t0)).toHaveLength(1);
    expect(sim.shownMinutes(t0)[0]).toBeGreaterThan(70);
    expect(sim.shownMinutes(t0)[0]).toBeLessThanOrEqual(71);
    expect(sim.ofType('reminder-held')).toHaveLength(1);
  });

  it.each([
    { name: 'a 10-minute wait', minutes: 10, firm: false, options: [5, 10, 15] },
    { name: 'a 20-minute wait', minutes: 20, firm: false, options: [5] },
    { name: 'a 40-minute wait (past the 30-minute snooze cap)', minutes: 40, firm: true, options: [] },
  ])('$name counts toward the snooze cap: firm $firm', ({ minutes, firm, options }) => {
    const { sim } = busySim();
    sim.advance(29 * MIN, 'typing');
    sim.busy = ['call'];
    sim.advance(MIN + minutes * MIN - 30 * SEC, 'typing');
    sim.busy = [];
    sim.advance(2 * MIN, 'typing');
    expect(sim.shown).toHaveLength(1);
    expect(sim.shown[0]!.view).toMatchObject({ firm, snoozeOptionsMin: options });
  });

  it('a three-hour call: never a window; after 2 hours the tray turns red and says a break is well overdue', () => {
    const { sim } = busySim();
    sim.advance(29 * MIN, 'typing');
    sim.busy = ['call'];
    sim.advance(HOUR + 59 * MIN, 'typing');
    expect(sim.snapshot()).toMatchObject({ trayState: 'approaching', hold: { long: false } });
    sim.advance(2 * MIN, 'typing');
    expect(sim.snapshot()).toMatchObject({ trayState: 'overdue', hold: { long: true } });
    expect(status(sim)).toMatchObject({ label: 'Break well overdue: it comes as soon as you are free' });
    sim.advance(HOUR, 'typing');
    expect(sim.shown).toEqual([]);
    sim.busy = [];
    sim.advance(MIN, 'typing');
    expect(sim.shown).toHaveLength(1);
    expect(sim.shown[0]!.view.firm).toBe(true);
  });

  it('the hold ends when the user locks the screen during the call: the span is kept, no reminder', () => {
    const { sim } = busySim();
    sim.advance(29 * MIN, 'typing');
    sim.busy = ['call'];
    sim.advance(10 * MIN, 'typing');
    sim.lock();
    expect(sim.ofType('reminder-held')).toHaveLength(1);
    expect(sim.snapshot().hold).toBeNull();
    expect(sim.shown).toEqual([]);
  });
});

describe('a source that fails, hangs or is slow never holds a reminder', () => {
  it.each([
    { name: 'fails (throws)', busy: 'fail' as const, delay: 0 },
    { name: 'never answers', busy: 'hang' as const, delay: 0 },
    { name: 'answers "in a call" only after 15 s', busy: ['call'] as HoldReason[], delay: 15 * SEC },
  ])('a source that $name counts as "not in a call"', ({ busy, delay }) => {
    const { sim, t0 } = busySim();
    sim.busy = busy;
    sim.busyDelayMs = delay;
    sim.advance(31 * MIN, 'reading');
    expect(sim.shownMinutes(t0)).toHaveLength(1);
    // One look, one typing-pause poll later: 10 s later than without any source, and never held.
    expect(sim.shown[0]!.at - t0).toBe(30 * MIN + 10 * SEC);
    expect(sim.ofType('reminder-held')).toEqual([]);
    if (busy === 'fail') expect(sim.warnings.join('\n')).toMatch(/busy check failed/);
  });

  it('every source off: nothing is asked, reminders come exactly as before', () => {
    const sim = new Sim().start();
    const t0 = sim.wall;
    sim.advance(31 * MIN, 'reading');
    expect(sim.shownMinutes(t0)).toEqual([30]);
    expect(sim.busyChecks).toBe(0);
  });
});

describe('detection costs nothing while no reminder is due', () => {
  it('29 minutes of work with the sources on: not one look, not one extra wake-up', () => {
    const off = new Sim().start();
    off.advance(29 * MIN, 'typing-with-pauses');
    const { sim } = busySim();
    sim.advance(29 * MIN, 'typing-with-pauses');
    expect(sim.busyChecks).toBe(0);
    expect(sim.engine.wakeUps).toBe(off.engine.wakeUps);
  });

  it('a due reminder costs one look, then one per 30 s only while held', () => {
    const { sim } = busySim();
    sim.advance(31 * MIN, 'typing-with-pauses');
    expect(sim.busyChecks).toBe(1);
    sim.busy = ['call'];
    sim.advance(29 * MIN, 'typing');
    sim.busy = ['call'];
    const before = sim.busyChecks;
    sim.advance(10 * MIN, 'typing');
    expect(sim.busyChecks - before).toBe(0); // a reminder on screen is not re-checked
  });
});

describe('interruptionHold: the one hold the posture reset and the next-day notification obey', () => {
  it('free, unknown (a look started), then busy; a held reminder answers with its reasons', () => {
    const { sim } = busySim();
    sim.advance(10 * MIN, 'typing');
    sim.busyDelayMs = 2 * SEC;
    expect(sim.engine.interruptionHold()).toBeNull();
    sim.advance(2 * SEC);
    expect(sim.engine.interruptionHold()).toEqual([]);
    sim.busy = ['presentation'];
    sim.advance(2 * MIN);
    expect(sim.engine.interruptionHold()).toBeNull();
    sim.advance(2 * SEC);
    expect(sim.engine.interruptionHold()).toEqual(['presentation']);
  });

  it('a source that never answers: free after 5 s (a failing source never blocks a prompt)', () => {
    const { sim } = busySim();
    sim.busy = 'hang';
    expect(sim.engine.interruptionHold()).toBeNull();
    sim.advance(5 * SEC);
    expect(sim.engine.interruptionHold()).toEqual([]);
  });

  it('every source off: always free, nothing asked', () => {
    const sim = new Sim().start();
    expect(sim.engine.interruptionHold()).toEqual([]);
    expect(sim.busyChecks).toBe(0);
  });
});
