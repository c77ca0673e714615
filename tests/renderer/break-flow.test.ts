// Which screen the break window shows for main's state plus the window's own steps (pure).
import { describe, expect, it } from 'vitest';
import type { BreakState, SessionView } from '../../electron/shared/break';
import { INITIAL_LOCAL, screenOf, stepOf, type LocalFlow } from '../../renderer/src/lib/break-flow.svelte';
import { breakState, sessionView, walkEvaluation } from './fake-api';

const EVALUATION = walkEvaluation();
const session = (step: SessionView['step']): SessionView =>
  sessionView(step, { evaluation: step === 'done' ? EVALUATION : null });

const locked = breakState({
  programme: { level: 1, minutes: 5, status: 'locked', statusReasons: ['emergency-item'], clearance: null },
  nextWalkMin: null,
});
const paused = breakState({
  programme: { level: 2, minutes: 7, status: 'paused', statusReasons: ['clinician-item'], clearance: null },
  nextWalkMin: null,
});
const pendingNextDay = { walkAt: 0, checkpoint: '24h' as const };

const cases: [string, BreakState | null, Partial<LocalFlow>, string][] = [
  ['nothing read yet', null, {}, 'loading'],
  ['first run', breakState({ onboardingNeeded: true, programme: null }), {}, 'onboarding'],
  ['no walk in progress', breakState(), {}, 'check-in'],
  ['checked in', breakState({ session: session('ready') }), {}, 'warm-up'],
  ['walking', breakState({ session: session('walking') }), {}, 'walk'],
  ['walk ended', breakState({ session: session('answering') }), {}, 'cool-down'],
  ['cool-down done', breakState({ session: session('answering') }), { afterWalk: 'symptoms' }, 'symptoms'],
  ['outcome seen here', breakState({ session: session('done') }), { seenOutcome: true }, 'outcome'],
  ['an earlier walk’s outcome in a new window', breakState({ session: session('done') }), {}, 'check-in'],
  ['plan locked', locked, {}, 'locked'],
  [
    'plan locked, urgent outcome just seen',
    { ...locked, session: session('done') },
    { seenOutcome: true },
    'outcome',
  ],
  ['plan paused', paused, {}, 'paused'],
  ['plan paused and a next-day check due', { ...paused, pendingNextDay }, {}, 'paused'],
  ['next-day check due', breakState({ pendingNextDay }), {}, 'next-day'],
  ['next-day check due mid-walk', breakState({ pendingNextDay, session: session('walking') }), {}, 'walk'],
  ['advisory questions due (every 4 weeks)', breakState({ advisoryDue: true }), {}, 'advisory'],
  [
    'next-day check before the advisory questions',
    breakState({ advisoryDue: true, pendingNextDay }),
    {},
    'next-day',
  ],
  [
    'advisory questions due mid-walk',
    breakState({ advisoryDue: true, session: session('walking') }),
    {},
    'walk',
  ],
  ['rest day', breakState({ restDay: true }), {}, 'rest-day'],
  ['rest day, a short walk chosen instead', breakState({ restDay: true }), { mode: 'short' }, 'short-walk'],
  ['a new break: the choice of walk first', breakState(), { mode: null }, 'choose'],
  [
    'a new break before the first run: the choice first',
    breakState({ onboardingNeeded: true }),
    { mode: null },
    'choose',
  ],
  ['the short walk chosen', breakState(), { mode: 'short' }, 'short-walk'],
  [
    'the short walk chosen before the first run',
    breakState({ onboardingNeeded: true }),
    { mode: 'short' },
    'short-walk',
  ],
  [
    'a plan walk in progress wins over the choice',
    breakState({ session: session('walking') }),
    { mode: null },
    'walk',
  ],
  ['a next-day check comes before the choice', breakState({ pendingNextDay }), { mode: null }, 'next-day'],
  ['a locked plan comes before the choice', locked, { mode: null }, 'locked'],
];

describe('screenOf', () => {
  // Unless a case says otherwise, the user has chosen the plan's walk.
  it.each(cases)('%s → %s', (_name, state, local, kind) => {
    expect(screenOf(state, { ...INITIAL_LOCAL, mode: 'plan', ...local }).kind).toBe(kind);
  });

  it('shows the finished walk’s own evaluation', () => {
    const screen = screenOf(breakState({ session: session('done') }), {
      ...INITIAL_LOCAL,
      seenOutcome: true,
    });
    expect(screen).toEqual({ kind: 'outcome', evaluation: EVALUATION });
  });
});

describe('stepOf', () => {
  it('numbers the five steps of a walk and nothing else', () => {
    expect(stepOf('check-in')).toEqual({ index: 1, of: 5, name: 'Check-in' });
    expect(stepOf('walk')).toEqual({ index: 3, of: 5, name: 'Walk' });
    expect(stepOf('symptoms')).toEqual({ index: 5, of: 5, name: 'How did it go?' });
    expect(stepOf('outcome')).toBeNull();
    expect(stepOf('onboarding')).toBeNull();
  });
});
