// The next-day check as a morning notification (issues 14 and 16): the pure decision as a table, then the whole
// core (engine, break service, busy sources) through the simulator: once per check at the first activity in
// working hours (or after 07:00 with working hours off), never over a call, a reminder or a walk, not after the
// check was answered on Home, never again after a restart; the tray offers the check while it is due.
import { describe, expect, it } from 'vitest';
import { morningCheck, morningNoticeCopy, type MorningCheckInput } from '../../electron/core/morning-check';
import { trayModel } from '../../electron/core/tray-model';
import { DEFAULT_WORKING_HOURS } from '../../electron/core/working-hours';
import type { OnboardingAnswers, PendingNextDay } from '../../electron/shared/break';
import { ENGLISH, GERMAN } from '../fakes/i18n';
import { MIN, Sim } from '../fakes/sim';
import { CALM, local } from './walk-fixtures';

const HOURS_ON = DEFAULT_WORKING_HOURS;
const HOURS_OFF = { ...DEFAULT_WORKING_HOURS, enabled: false };
// Monday 2 Nov 2026, 15:00 London: a walk; its check is due from Tuesday.
const WALK = local(2026, 11, 2, 15);
const PENDING: PendingNextDay = { walkAt: WALK, checkpoint: '24h' };

const base = (patch: Partial<MorningCheckInput>): MorningCheckInput => ({
  now: local(2026, 11, 3, 9, 30),
  workingHours: HOURS_ON,
  pending: PENDING,
  shown: null,
  active: true,
  reminderOrBreak: false,
  meeting: false,
  ...patch,
});

describe('morningCheck (pure)', () => {
  it.each([
    ['Tuesday 09:30, working hours on, free', {}, 'ask-hold'],
    ['the hold answers free', { hold: [] }, 'show'],
    ['Tuesday 08:30: before working hours', { now: local(2026, 11, 3, 8, 30), hold: [] }, 'wait'],
    ['Tuesday 17:45: after working hours', { now: local(2026, 11, 3, 17, 45), hold: [] }, 'wait'],
    ['Saturday 10:00: weekend, working hours on', { now: local(2026, 11, 7, 10), hold: [] }, 'wait'],
    ['working hours off, Tuesday 06:59', { workingHours: HOURS_OFF, now: local(2026, 11, 3, 6, 59) }, 'wait'],
    [
      'working hours off, Tuesday 07:00',
      { workingHours: HOURS_OFF, now: local(2026, 11, 3, 7), hold: [] },
      'show',
    ],
    [
      'working hours off, Saturday 10:00',
      { workingHours: HOURS_OFF, now: local(2026, 11, 7, 10), hold: [] },
      'show',
    ],
    ['no activity yet (away, locked, asleep)', { active: false, hold: [] }, 'wait'],
    ['in a call', { hold: ['call'] }, 'wait'],
    ['presenting and do-not-disturb', { hold: ['presentation', 'dnd'] }, 'wait'],
    ['the busy sources are still being asked', { hold: null }, 'wait'],
    ['a reminder on screen or due, or a walk in progress', { reminderOrBreak: true, hold: [] }, 'wait'],
    ['"In a meeting" from the tray', { meeting: true, hold: [] }, 'wait'],
    ['already answered on Home (nothing pending)', { pending: null, hold: [] }, 'none'],
    ['already shown for this check', { shown: PENDING, hold: [] }, 'none'],
    [
      'shown for the 24-h check; the 48-h re-ask is new',
      { shown: PENDING, pending: { walkAt: WALK, checkpoint: '48h' }, hold: [] },
      'show',
    ],
    [
      'shown for an earlier walk',
      { shown: { walkAt: WALK - 86_400_000, checkpoint: '24h' }, hold: [] },
      'show',
    ],
  ] as [string, Partial<MorningCheckInput>, string][])('%s', (_why, patch, expected) => {
    expect(morningCheck(base(patch))).toBe(expected);
  });

  it('asks the busy sources only once everything else allows the notification', () => {
    expect(morningCheck(base({ now: local(2026, 11, 3, 8) }))).toBe('wait');
    expect(morningCheck(base({ pending: null }))).toBe('none');
    expect(morningCheck(base({}))).toBe('ask-hold');
  });

  it('words the notification in English and German, the 48-h re-ask its own way', () => {
    expect(morningNoticeCopy(PENDING, ENGLISH)).toEqual({
      title: 'How is your back today?',
      body: 'Two quick questions about yesterday’s walk help WalkBreak plan your next one. Click to answer.',
    });
    expect(morningNoticeCopy({ ...PENDING, checkpoint: '48h' }, ENGLISH).body).toMatch(/two days ago/);
    expect(morningNoticeCopy(PENDING, GERMAN).title).toBe('Wie geht es Ihrem Rücken heute?');
    expect(morningNoticeCopy({ ...PENDING, checkpoint: '48h' }, GERMAN).body).toMatch(/vor zwei Tagen/);
  });
});

const ONBOARD: OnboardingAnswers = { comfortableMinutes: 10, currentPain: 2, inFlare: false, advisory: [] };

/** Monday 2 Nov 2026: onboarded at 14:45, a calm plan walk answered at about 15:00, then the evening off. */
function afterMondayWalk(settings?: ConstructorParameters<typeof Sim>[0]): Sim {
  const sim = new Sim({ start: local(2026, 11, 2, 14, 45), ...settings }).start();
  const breaks = sim.core.breaks;
  breaks.onboard(ONBOARD);
  breaks.checkIn({ pain: 2, emergency: [] });
  breaks.startWalkTimer();
  sim.advance(10 * MIN, 'idle');
  breaks.endWalkTimer('completed');
  breaks.submitAnswers(CALM);
  expect(breaks.getState().pendingNextDay).toBeNull();
  return sim;
}

/** Idle (away) until `hour`:`min` on the given November day. */
function awayUntil(sim: Sim, day: number, hour: number, min = 0): Sim {
  return sim.advance(local(2026, 11, day, hour, min) - sim.wall, 'idle');
}

const at = (sim: Sim) => sim.nextDayNotices.map((n) => new Date(n.at).toTimeString().slice(0, 5));

describe('the morning notification through the core', () => {
  it('comes once, at the first activity inside working hours on the next day, and the tray offers the check', () => {
    const sim = afterMondayWalk();
    awayUntil(sim, 3, 8, 30);
    sim.advance(20 * MIN, 'typing-with-pauses'); // at the desk from 08:30: before working hours
    expect(sim.nextDayNotices).toEqual([]);
    expect(sim.core.breaks.getState().pendingNextDay).toMatchObject({ checkpoint: '24h' });
    expect(sim.snapshot().nextDayCheck).toBe(true);
    const tray = trayModel(sim.snapshot(), ENGLISH).menu.find((i) => i.id === 'next-day');
    expect(tray).toMatchObject({
      label: 'How is your back after your last walk? Answer…',
      command: { kind: 'open-main' },
    });
    sim.advance(3 * 60 * MIN, 'typing-with-pauses');
    expect(at(sim)).toHaveLength(1);
    expect(sim.nextDayNotices[0]!.at).toBeGreaterThanOrEqual(local(2026, 11, 3, 9));
    expect(sim.nextDayNotices[0]!.at).toBeLessThanOrEqual(local(2026, 11, 3, 9, 2));
    expect(sim.nextDayNotices[0]!.check).toMatchObject({ checkpoint: '24h' });
    // Answered later on Home: the tray line goes at once.
    sim.core.breaks.submitNextDay({ checkpoint: '24h', feeling: 'better', pain: 1 });
    expect(sim.snapshot().nextDayCheck).toBeUndefined();
    expect(trayModel(sim.snapshot(), ENGLISH).menu.some((i) => i.id === 'next-day')).toBe(false);
  });

  it('comes at the first activity after 07:00 when working hours are off, not before', () => {
    const sim = afterMondayWalk({ settings: { workingHours: HOURS_OFF } });
    awayUntil(sim, 3, 6, 40); // at the desk from 06:40: the sitting reminder is not due before 07:10
    sim.advance(15 * MIN, 'typing-with-pauses');
    expect(sim.nextDayNotices).toEqual([]);
    sim.advance(10 * MIN, 'typing-with-pauses');
    expect(at(sim)).toHaveLength(1);
    expect(sim.nextDayNotices[0]!.at).toBeGreaterThanOrEqual(local(2026, 11, 3, 7));
    expect(sim.nextDayNotices[0]!.at).toBeLessThanOrEqual(local(2026, 11, 3, 7, 2));
  });

  it('waits for the user: nothing while away in working hours, then at the first activity', () => {
    const sim = afterMondayWalk();
    awayUntil(sim, 3, 11);
    expect(sim.nextDayNotices).toEqual([]);
    sim.advance(5 * MIN, 'typing-with-pauses');
    expect(sim.nextDayNotices).toHaveLength(1);
    expect(sim.nextDayNotices[0]!.at).toBeLessThanOrEqual(local(2026, 11, 3, 11, 2));
  });

  it('never on a weekend with working hours on: a Friday walk whose check lapses by Monday asks nothing', () => {
    const sim = new Sim({ start: local(2026, 11, 6, 14, 45) }).start();
    const breaks = sim.core.breaks;
    breaks.onboard(ONBOARD);
    breaks.checkIn({ pain: 2, emergency: [] });
    breaks.startWalkTimer();
    sim.advance(10 * MIN, 'idle');
    breaks.endWalkTimer('completed');
    breaks.submitAnswers(CALM);
    sim.advance(local(2026, 11, 7, 10) - sim.wall, 'idle');
    sim.advance(4 * 60 * MIN, 'typing-with-pauses'); // Saturday at the computer
    expect(breaks.getState().pendingNextDay).not.toBeNull();
    expect(sim.nextDayNotices).toEqual([]);
    sim.advance(local(2026, 11, 9, 9, 30) - sim.wall, 'idle');
    sim.advance(60 * MIN, 'typing-with-pauses'); // Monday: the 24-h check is no longer due (days 1–2)
    expect(breaks.getState().pendingNextDay).toBeNull();
    expect(sim.nextDayNotices).toEqual([]);
  });

  it('waits out a call (the busy sources) and comes within three idle samples (6 min) of its end', () => {
    const sim = afterMondayWalk();
    sim.busy = ['call'];
    awayUntil(sim, 3, 9, 30);
    sim.advance(20 * MIN, 'typing-with-pauses'); // a 20-minute call (the sitting reminder is not due yet)
    expect(sim.nextDayNotices).toEqual([]);
    expect(sim.busyChecks).toBeGreaterThan(0);
    sim.busy = [];
    const ended = sim.wall;
    sim.advance(7 * MIN, 'typing-with-pauses');
    expect(sim.nextDayNotices).toHaveLength(1);
    // The look each idle sample starts is read at the next one (no wake-up of its own): up to three samples.
    expect(sim.nextDayNotices[0]!.at - ended).toBeLessThanOrEqual(6 * MIN + 10_000);
  });

  it('waits while another app is full screen (the idle sample), then comes', () => {
    const sim = afterMondayWalk();
    sim.fullscreen = true;
    awayUntil(sim, 3, 9, 30);
    sim.advance(20 * MIN, 'typing-with-pauses');
    expect(sim.nextDayNotices).toEqual([]);
    sim.fullscreen = false;
    sim.advance(5 * MIN, 'typing-with-pauses');
    expect(sim.nextDayNotices).toHaveLength(1);
  });

  it('waits through "In a meeting" and comes once it is over', () => {
    const sim = afterMondayWalk();
    awayUntil(sim, 3, 8, 55);
    sim.engine.dispatch({ kind: 'pause', until: null, meeting: true });
    sim.advance(60 * MIN, 'typing-with-pauses');
    expect(sim.nextDayNotices).toEqual([]);
    sim.engine.dispatch({ kind: 'resume-reminders' });
    sim.advance(3 * MIN, 'typing-with-pauses');
    expect(sim.nextDayNotices).toHaveLength(1);
  });

  it('never stands between a reminder and its walk: it waits for the reminder and the walk, then comes', () => {
    const sim = afterMondayWalk({ settings: { workingHours: HOURS_OFF } });
    // At the desk from 06:30: the reminder comes at 07:00 (30 min of sitting), just as the morning opens.
    awayUntil(sim, 3, 6, 30);
    sim.advance(31 * MIN, 'typing-with-pauses');
    expect(sim.snapshot().reminder).not.toBeNull();
    expect(sim.nextDayNotices).toEqual([]);
    sim.advance(5 * MIN, 'typing-with-pauses');
    expect(sim.nextDayNotices).toEqual([]);
    sim.engine.dispatch({ kind: 'start-walk', source: 'reminder' });
    sim.advance(8 * MIN, 'idle'); // the walk
    expect(sim.nextDayNotices).toEqual([]);
    sim.engine.dispatch({ kind: 'end-walk', completed: true });
    sim.advance(3 * MIN, 'typing-with-pauses');
    expect(sim.nextDayNotices).toHaveLength(1);
  });

  it('not at all when the check was already answered on Home', () => {
    const sim = afterMondayWalk();
    awayUntil(sim, 3, 8, 40);
    sim.advance(5 * MIN, 'typing-with-pauses');
    sim.core.breaks.submitNextDay({ checkpoint: '24h', feeling: 'same', pain: 2 });
    sim.advance(3 * 60 * MIN, 'typing-with-pauses');
    expect(sim.nextDayNotices).toEqual([]);
  });

  it('once per check, across restarts (programme.json keeps that it was shown)', () => {
    const sim = afterMondayWalk();
    awayUntil(sim, 3, 9, 30);
    sim.advance(60 * MIN, 'typing-with-pauses');
    expect(sim.nextDayNotices).toHaveLength(1);
    expect(sim.programme).toMatchObject({
      morningShown: { walkAt: sim.nextDayNotices[0]!.check.walkAt, checkpoint: '24h' },
    });
    const again = new Sim({ start: sim.wall, programme: sim.programme }).start();
    again.advance(3 * 60 * MIN, 'typing-with-pauses');
    expect(again.nextDayNotices).toEqual([]);
    // Still offered in the tray and on Home.
    expect(again.core.breaks.getState().pendingNextDay).not.toBeNull();
    expect(again.snapshot().nextDayCheck).toBe(true);
  });

  it('comes again for the 48-h re-ask after a "worse" answer', () => {
    const sim = afterMondayWalk();
    awayUntil(sim, 3, 9, 30);
    sim.advance(10 * MIN, 'typing-with-pauses');
    sim.core.breaks.submitNextDay({ checkpoint: '24h', feeling: 'worse-settling', pain: 3 });
    awayUntil(sim, 4, 9, 10);
    sim.advance(10 * MIN, 'typing-with-pauses');
    expect(sim.nextDayNotices.map((n) => n.check.checkpoint)).toEqual(['24h', '48h']);
  });

  it('a damaged "shown" mark is dropped, never the programme', () => {
    const sim = afterMondayWalk();
    const doc = { ...(sim.programme as object), morningShown: { walkAt: 'yesterday', checkpoint: '72h' } };
    const again = new Sim({ start: local(2026, 11, 3, 9, 30), programme: doc }).start();
    expect(again.core.breaks.getState().onboardingNeeded).toBe(false);
    again.advance(10 * MIN, 'typing-with-pauses');
    expect(again.nextDayNotices).toHaveLength(1);
  });
});
