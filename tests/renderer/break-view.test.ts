// Walk placeholder: the countdown comes from the start time (a late timer never drifts it), the disclaimer is
// shown, and Done / End early end the walk as completed or not.
import { act, fireEvent, render, screen } from '@testing-library/svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import BreakView from '../../renderer/src/views/BreakView.svelte';
import { NOW, installFakeApi } from './fake-api';

beforeEach(() => {
  vi.useFakeTimers({ now: NOW });
  vi.spyOn(window, 'close').mockImplementation(() => {});
});

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  delete window.walkbreak;
});

describe('BreakView', () => {
  it('counts down from 3:00 by the clock, not by counting ticks', async () => {
    installFakeApi();
    render(BreakView);
    expect(screen.getByRole('timer').textContent).toBe('3:00');
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Walk for 3 minutes' }));
    expect(screen.getByText(/General guidance only, not medical advice\./)).toBeTruthy();

    await act(() => vi.advanceTimersByTime(1_000));
    expect(screen.getByRole('timer').textContent).toBe('2:59');

    // The machine was busy (or asleep): 70 s pass on the wall clock, then a single timer fires.
    vi.setSystemTime(NOW + 71_000);
    await act(() => vi.advanceTimersByTime(1_000));
    expect(screen.getByRole('timer').textContent).toBe('1:48');

    await act(() => vi.advanceTimersByTime(120_000));
    expect(screen.getByRole('timer').textContent).toBe('0:00');
    expect(screen.getByRole('status').textContent).toContain('3 minutes done');
    expect(screen.queryByRole('button', { name: 'End early' })).toBeNull();
    expect(vi.getTimerCount()).toBe(0);
  });

  it.each([
    ['Done', true],
    ['End early', false],
  ] as const)('%s ends the walk (completed: %s) and closes the window', async (name, completed) => {
    const api = installFakeApi();
    render(BreakView);
    await fireEvent.click(screen.getByRole('button', { name }));
    expect(api.endWalk).toHaveBeenCalledExactlyOnceWith({ completed });
    await vi.waitFor(() => expect(window.close).toHaveBeenCalledOnce());
  });
});
