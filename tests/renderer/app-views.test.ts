// App loads each view's code on demand (one chunk per view). Proves the lazy path shows exactly what the view
// shows on its own (same heading, same focused element) and that unknown names fall back to home.
// A view whose code cannot load: app-view-load-error.test.ts.
import { cleanup, render, screen, waitFor } from '@testing-library/svelte';
import { tick, type Component } from 'svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import App from '../../renderer/src/App.svelte';
import { VIEWS, viewFromLocation, type ViewName } from '../../renderer/src/lib/views';
import BreakView from '../../renderer/src/views/BreakView.svelte';
import DeskCheckView from '../../renderer/src/views/DeskCheckView.svelte';
import HelpView from '../../renderer/src/views/HelpView.svelte';
import HistoryView from '../../renderer/src/views/HistoryView.svelte';
import HomeView from '../../renderer/src/views/HomeView.svelte';
import ReminderView from '../../renderer/src/views/ReminderView.svelte';
import SettingsView from '../../renderer/src/views/SettingsView.svelte';
import WelcomeView from '../../renderer/src/views/WelcomeView.svelte';
import { NOW, installFakeApi, reminderView, snapshot } from './fake-api';

/** What each view name must show; a view added to VIEWS without a line here fails the first test. */
const EXPECTED: Record<ViewName, Component> = {
  main: HomeView,
  reminder: ReminderView,
  break: BreakView,
  settings: SettingsView,
  history: HistoryView,
  desk: DeskCheckView,
  help: HelpView,
  welcome: WelcomeView,
};

beforeEach(() => {
  // Only Date is fixed (views show minutes since a time); promises and timers stay real for the lazy import.
  vi.useFakeTimers({ now: NOW, toFake: ['Date'] });
});

afterEach(() => {
  vi.useRealTimers();
  cleanup();
  delete window.walkbreak;
});

/** A view's chunk is compiled on first import; on a loaded machine that can take longer than findBy's 1 s. */
const LOADED = { timeout: 10_000 };

/** Renders `what`, waits until its h1 is there, and returns what a user sees first: heading and focus. */
async function firstSight(what: () => void): Promise<{ heading: string; focused: string }> {
  installFakeApi(snapshot({ reminder: reminderView() }));
  what();
  const heading = await screen.findByRole('heading', { level: 1 }, LOADED);
  await waitFor(() => expect(document.activeElement).not.toBe(document.body), LOADED);
  await tick();
  const seen = { heading: heading.textContent ?? '', focused: document.activeElement?.textContent ?? '' };
  cleanup();
  delete window.walkbreak;
  return seen;
}

describe('App with lazily loaded views', () => {
  it('knows an expected view for every view name', () => {
    expect([...VIEWS].sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  it.each(VIEWS.map((name) => [name]))(
    'shows the %s view as the view itself does: same heading, same focus',
    async (name) => {
      const direct = await firstSight(() => render(EXPECTED[name]));
      const lazy = await firstSight(() => render(App, { props: { view: name } }));
      expect(direct.heading).not.toBe('');
      expect(lazy).toEqual(direct);
    },
  );

  it('opens the home view for a missing or unknown ?view=', () => {
    expect(viewFromLocation('')).toBe('main');
    expect(viewFromLocation('?view=history-of-nothing')).toBe('main');
    expect(viewFromLocation('?view=settings')).toBe('settings');
  });
});
