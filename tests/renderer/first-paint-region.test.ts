// Issue 15: only a window whose view shows safety messages asks main for the emergency region, and its first paint
// waits for the answer, so the number shown is the region's from the start. The reminder window shows none: it
// never asks, and opens even while main has not answered. One test, in this order: the emergency code must not be
// loaded before the reminder window opens (this file imports nothing that imports it; the help view loads it).
// The reminder window is the real entry (main.ts) mounted as index.html?view=reminder; it stays mounted (nothing
// unmounts an entry), so its part ends by emptying the page.
import { cleanup, render, screen, within } from '@testing-library/svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { EmergencyRegion } from '../../electron/shared/emergency';
import App from '../../renderer/src/App.svelte';
import { installFakeApi, reminderView, snapshot } from './fake-api';

afterEach(() => {
  cleanup();
  delete window.walkbreak;
});

/** A view's chunk is compiled on first import; on a loaded machine that can take longer than findBy's 1 s. */
const LOADED = { timeout: 10_000 };

describe('the emergency region and the first paint', () => {
  it('the reminder window never asks; the help window asks as its code loads and paints with the answer', async () => {
    let answer: (region: EmergencyRegion) => void = () => {};
    const pending = new Promise<{ ok: true; value: { emergencyRegion: EmergencyRegion | null } }>(
      (resolve) => {
        answer = (region) => resolve({ ok: true, value: { emergencyRegion: region } });
      },
    );

    // The window's entry, as main opens the reminder window (index.html?view=reminder).
    const reminderApi = installFakeApi(snapshot({ reminder: reminderView() }));
    reminderApi.getRegion.mockReturnValue(pending);
    document.body.innerHTML = '<div id="app"></div>';
    window.history.replaceState(null, '', '/index.html?view=reminder');
    await import('../../renderer/src/main');
    expect(await screen.findByRole('button', { name: 'Start walk' }, LOADED)).toBeTruthy();
    expect(reminderApi.getRegion).not.toHaveBeenCalled();
    document.body.innerHTML = '';
    delete window.walkbreak;

    // Every state of the page on the way: before main answers, every region's numbers (911 among them) would show.
    const seen: string[] = [];
    const observer = new MutationObserver(() => seen.push(document.body.textContent ?? ''));
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    const helpApi = installFakeApi(snapshot());
    helpApi.getRegion.mockReturnValue(pending);
    render(App, { props: { view: 'help' } });
    await vi.waitFor(() => expect(helpApi.getRegion).toHaveBeenCalledTimes(1), LOADED);
    answer('uk');
    const banner = await screen.findByRole('region', { name: 'Get emergency help now' }, LOADED);
    expect(within(banner).getByText(/your local emergency number \(999 or 112\)/)).toBeTruthy();
    observer.disconnect();
    expect(seen.filter((text) => text.includes('emergency number'))).not.toEqual([]);
    expect(seen.filter((text) => /911/.test(text))).toEqual([]);
  });
});
