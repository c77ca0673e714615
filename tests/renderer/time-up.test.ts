// When a stretch's timer or the walk runs out, the reminder's chime plays at the user's volume (issue 20), so
// someone away from the desk hears it; with sound off it stays quiet, and opening on a walk already done is silent.
import { act, cleanup, render, screen } from '@testing-library/svelte';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { BreakState } from '../../electron/shared/break';
import { DEFAULT_SETTINGS, copySettings } from '../../electron/core/settings';
import BreakView from '../../renderer/src/views/BreakView.svelte';
import { playChime } from '../../renderer/src/lib/chime';
import { NOW, breakState, installFakeApi, sessionView, snapshot } from './fake-api';

vi.mock('../../renderer/src/lib/chime', () => ({ playChime: vi.fn() }));
vi.setConfig({ testTimeout: 30_000 });

let user: UserEvent;

beforeEach(() => {
  vi.useFakeTimers({ now: NOW });
  vi.mocked(playChime).mockClear();
  user = userEvent.setup({ advanceTimers: (ms) => vi.advanceTimersByTime(ms) });
});

afterEach(() => {
  cleanup();
  vi.useRealTimers();
  delete window.walkbreak;
});

async function open(state: BreakState, heading: string, volume = 60, sound = true): Promise<void> {
  installFakeApi(
    snapshot(),
    { ...copySettings(DEFAULT_SETTINGS), soundEnabled: sound, soundVolume: volume },
    state,
  );
  render(BreakView);
  await vi.waitFor(() =>
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 1, name: heading })),
  );
}

/** Lets the settings read and the chime's lazy import settle. */
const settle = () => vi.waitFor(() => expect(vi.mocked(playChime).mock.calls.length).toBeGreaterThan(0));

const walking = (remainingMs: number, phase: 'steady' | 'finished' = 'steady') =>
  breakState({
    session: sessionView('walking', {
      walk: {
        phase,
        walkedMs: 7 * 60_000 - remainingMs,
        remainingMs,
        progress: 1 - remainingMs / (7 * 60_000),
        paused: false,
        cue: 'head-up',
        briskAllowed: false,
      },
      nextChangeAt: null,
    }),
  });

describe('time is up', () => {
  it('a stretch timer that runs out chimes once at the user’s volume, and focus goes to Next', async () => {
    await open(breakState({ session: sessionView('ready') }), 'Warm-up', 35);
    await user.click(screen.getByRole('button', { name: 'Start with move 1' }));
    await user.click(screen.getByRole('button', { name: 'Start timer' }));
    await act(() => vi.advanceTimersByTime(59_000));
    expect(playChime).not.toHaveBeenCalled();
    await act(() => vi.advanceTimersByTime(1_000));
    await settle();
    expect(playChime).toHaveBeenCalledExactlyOnceWith(35);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Next move' }));
    // Main is told, with what comes next, so it can signal a window that is not focused.
    expect(window.walkbreak?.signalTimeUp).toHaveBeenCalledExactlyOnceWith({ next: 'move' });
  });

  it('stays quiet with sound off', async () => {
    await open(breakState({ session: sessionView('ready') }), 'Warm-up', 60, false);
    await user.click(screen.getByRole('button', { name: 'Start with move 1' }));
    await user.click(screen.getByRole('button', { name: 'Start timer' }));
    await act(() => vi.advanceTimersByTime(60_000));
    expect(screen.getByText('Time is up. Well done.')).toBeTruthy();
    await act(() => vi.advanceTimersByTime(1_000));
    await vi.dynamicImportSettled();
    expect(playChime).not.toHaveBeenCalled();
    // Sound off still signals main: the notification and the window coming forward are not sound.
    expect(window.walkbreak?.signalTimeUp).toHaveBeenCalledExactlyOnceWith({ next: 'move' });
  });

  it('the walk running out on screen chimes; opening on a walk already done does not', async () => {
    await open(walking(2_000), 'Your 7-minute walk');
    await act(() => vi.advanceTimersByTime(2_000));
    await settle();
    expect(playChime).toHaveBeenCalledExactlyOnceWith(60);
    expect(window.walkbreak?.signalTimeUp).toHaveBeenCalledExactlyOnceWith({ next: 'cool-down' });
    cleanup();
    vi.mocked(playChime).mockClear();
    await open(walking(0, 'finished'), 'Walk done');
    await act(() => vi.advanceTimersByTime(1_000));
    await vi.dynamicImportSettled();
    expect(playChime).not.toHaveBeenCalled();
    expect(window.walkbreak?.signalTimeUp).not.toHaveBeenCalled();
  });

  it('the short walk chimes when its time is up', async () => {
    await open(breakState(), 'Time to stand up and walk');
    await user.click(screen.getByRole('button', { name: 'Walk for 3 minutes' }));
    await act(() => vi.advanceTimersByTime(3 * 60_000));
    await settle();
    expect(playChime).toHaveBeenCalledExactlyOnceWith(60);
    expect(window.walkbreak?.signalTimeUp).toHaveBeenCalledExactlyOnceWith({ next: 'finish' });
  });
});
