// Home window: sitting minutes from sittingSince (refreshed once a minute, only while visible), the next
// reminder, paused state with Resume, and the two everyday actions.
import { act, fireEvent, render, screen } from '@testing-library/svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import HomeView from '../../renderer/src/views/HomeView.svelte';
import { setLanguageSetting } from '../../renderer/src/lib/i18n.svelte';
import { loadEmergencyRegion, setEmergencyRegion } from '../../renderer/src/lib/emergency.svelte';
import { NOW, breakState, installFakeApi, snapshot } from './fake-api';
import { englishLeft } from './english-left';
import type { MovementGoal } from '../../electron/shared/goal';

const MIN = 60_000;

beforeEach(() => {
  vi.useFakeTimers({ now: NOW });
});

afterEach(() => {
  vi.useRealTimers();
  delete window.walkbreak;
  setLanguageSetting('system');
  setEmergencyRegion(null);
});

const heading = () => screen.getByRole('heading', { level: 1 });
/** The paragraph whose whole text (across its <strong> parts) matches. */
const paragraph = (text: RegExp) =>
  screen.getByText((_, element) => element?.tagName === 'P' && text.test(element.textContent ?? ''));

function setVisibility(state: 'visible' | 'hidden') {
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
  document.dispatchEvent(new Event('visibilitychange'));
}

describe('HomeView', () => {
  it('asks for the next-day check on app open when one is due, and only then', async () => {
    installFakeApi(
      snapshot(),
      undefined,
      breakState({ pendingNextDay: { walkAt: NOW - 86_400_000, checkpoint: '24h' } }),
    );
    const { unmount } = render(HomeView);
    const link = await vi.waitFor(() => screen.getByRole('link', { name: 'Answer 2 quick questions' }));
    expect(link.getAttribute('href')).toBe('?view=break&then=main');
    unmount();

    installFakeApi(snapshot(), undefined, breakState());
    render(HomeView);
    await vi.waitFor(() => expect(heading()).toBeTruthy());
    await act(() => Promise.resolve());
    expect(screen.queryByRole('link', { name: 'Answer 2 quick questions' })).toBeNull();
  });

  it('shows sitting minutes from sittingSince and ticks once a minute while visible', async () => {
    installFakeApi(
      snapshot({ sittingSince: NOW - 12 * MIN - 30_000, nextReminderAt: NOW + 18 * MIN, reminder: null }),
    );
    render(HomeView);
    await vi.waitFor(() => expect(heading().textContent).toMatch(/Sitting for\s*12\s*min/));
    expect(screen.getByText(/Next reminder around/).textContent).toMatch(/\b0?9:48\b/);
    expect(document.activeElement).toBe(heading());

    await act(() => vi.advanceTimersByTime(30_000));
    expect(heading().textContent).toMatch(/13\s*min/);
    expect(vi.getTimerCount()).toBe(1);

    setVisibility('hidden');
    await act(() => Promise.resolve());
    expect(vi.getTimerCount()).toBe(0);
    vi.setSystemTime(NOW + 10 * MIN);
    setVisibility('visible');
    await act(() => Promise.resolve());
    expect(heading().textContent).toMatch(/22\s*min/);
    expect(vi.getTimerCount()).toBe(1);
  });

  it.each(['locked', 'asleep'] as const)(
    'while %s, shows the minutes sat before the lock and does not tick (issue 15)',
    async (presence) => {
      installFakeApi(
        snapshot({ presence, sittingSince: NOW - 140 * MIN, sittingMs: 20 * MIN, nextReminderAt: NOW }),
      );
      render(HomeView);
      await vi.waitFor(() => expect(heading().textContent).toMatch(/Sitting for\s*20\s*min/));
      await act(() => vi.advanceTimersByTime(3 * 60 * MIN));
      expect(heading().textContent).toMatch(/Sitting for\s*20\s*min/);
      expect(vi.getTimerCount()).toBe(0);
    },
  );

  it.each([
    [{ until: NOW + 60 * MIN, meeting: true }, /In a meeting\s+until\s+10:30/],
    [{ until: null, meeting: true }, /In a meeting\s+until you resume/],
    [{ until: NOW + 60 * MIN, meeting: false }, /Reminders paused\s+until\s+10:30/],
  ])('says what the pause is, as the tray does (%o)', async (pause, text) => {
    installFakeApi(snapshot({ pause, pausedUntil: pause.until, reminder: null }));
    render(HomeView);
    await vi.waitFor(() => expect(paragraph(text)).toBeTruthy());
  });

  it('says when it is outside working hours', async () => {
    installFakeApi(snapshot({ outsideWorkingHours: true, nextReminderAt: null, reminder: null }));
    render(HomeView);
    await vi.waitFor(() => expect(screen.getByText(/Outside your working hours/)).toBeTruthy());
  });

  it('shows paused-until with Resume, and sends the actions', async () => {
    const pause = { until: NOW + 60 * MIN, meeting: false };
    const api = installFakeApi(snapshot({ pause, pausedUntil: pause.until, reminder: null }));
    render(HomeView);
    expect(await vi.waitFor(() => paragraph(/Reminders paused\s+until/))).toBeTruthy();
    await fireEvent.click(screen.getByRole('button', { name: 'Resume' }));
    expect(api.resumeReminders).toHaveBeenCalledExactlyOnceWith({});
    await fireEvent.click(screen.getByRole('button', { name: 'I just moved' }));
    expect(api.reportMoved).toHaveBeenCalledExactlyOnceWith({});
    await fireEvent.click(screen.getByRole('button', { name: 'Start a walk' }));
    expect(api.startWalk).toHaveBeenCalledExactlyOnceWith({ source: 'window' });
  });

  it('follows pushed snapshots (walking, away)', async () => {
    const api = installFakeApi(snapshot({ reminder: null }));
    render(HomeView);
    await vi.waitFor(() => expect(heading().textContent).toMatch(/Sitting for/));
    api.emit('tracker:snapshot', snapshot({ at: NOW + 1, presence: 'walking' }));
    await act(() => Promise.resolve());
    expect(heading().textContent).toContain("You're on a walk");
    expect(screen.getByRole('button', { name: 'Back to my walk' })).toBeTruthy();
    api.emit('tracker:snapshot', snapshot({ at: NOW + 2, presence: 'away', sittingSince: null }));
    await act(() => Promise.resolve());
    expect(heading().textContent).toContain('Away from your desk');
  });

  it('while standing shows the standing minutes, the sitting clock held still, and a pressed "I\'m standing"', async () => {
    const standing = snapshot({
      sittingSince: NOW - 30 * MIN,
      standingSince: NOW - 10 * MIN,
      standingMs: 10 * MIN,
      sittingMs: 20 * MIN,
      nextReminderAt: null,
      reminder: null,
    });
    const api = installFakeApi(snapshot({ sittingSince: NOW - 20 * MIN, reminder: null }));
    render(HomeView);
    const toggle = await vi.waitFor(() => screen.getByRole('button', { name: "I'm standing" }));
    expect(toggle.getAttribute('aria-pressed')).toBe('false');
    api.setStanding.mockResolvedValueOnce({ ok: true, value: standing });
    await fireEvent.click(toggle);
    expect(api.setStanding).toHaveBeenCalledExactlyOnceWith({ standing: true });
    await vi.waitFor(() => expect(heading().textContent).toMatch(/Standing for\s*10\s*min/));
    expect(screen.getByTestId('standing-note').textContent).toMatch(/paused at 20 minutes/);
    expect(toggle.getAttribute('aria-pressed')).toBe('true');
    await act(() => vi.advanceTimersByTime(5 * MIN));
    expect(heading().textContent).toMatch(/15\s*min/);
    expect(screen.getByTestId('standing-note').textContent).toMatch(/paused at 20 minutes/);
  });
});

describe('HomeView in German', () => {
  it('speaks German throughout, and switches at once when the language changes', async () => {
    const api = installFakeApi(
      snapshot({ sittingSince: NOW - 12 * MIN, nextReminderAt: NOW + 18 * MIN, reminder: null }),
      undefined,
      breakState({ pendingNextDay: { walkAt: NOW - 86_400_000, checkpoint: '24h' } }),
    );
    render(HomeView);
    await vi.waitFor(() => expect(heading().textContent).toMatch(/Sitting for\s*12\s*min/));
    await vi.waitFor(() => screen.getByRole('link', { name: 'Answer 2 quick questions' }));
    expect(englishLeft(document.body, ['home']).length).toBeGreaterThan(5);

    await act(() => setLanguageSetting('de'));
    expect(heading().textContent).toMatch(/Sie sitzen seit\s*12\s*Min\./);
    expect(paragraph(/^Nächste Erinnerung gegen 0?9:48$/)).toBeTruthy();
    expect(screen.getByText('Am Schreibtisch')).toBeTruthy();
    expect(screen.getByRole('progressbar', { name: 'Zeit bis zur nächsten Erinnerung' })).toBeTruthy();
    expect(screen.getByRole('link', { name: '2 kurze Fragen beantworten' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Ihren Verlauf ansehen' })).toBeTruthy();
    await fireEvent.click(screen.getByRole('button', { name: 'Ich habe mich gerade bewegt' }));
    expect(api.reportMoved).toHaveBeenCalledOnce();
    await vi.waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe('Sitzzeit zurückgesetzt. Gut gemacht.'),
    );
    expect(screen.getByRole('button', { name: 'Spaziergang starten' })).toBeTruthy();
    expect(englishLeft(document.body, ['home', 'common'])).toEqual([]);

    await act(() => setLanguageSetting('en'));
    expect(screen.getByRole('status').textContent).toBe('Sitting time reset. Nice work.');
  });

  it.each([
    [{ until: NOW + 60 * MIN, meeting: true }, /^In einer Besprechung bis 10:30$/],
    [{ until: null, meeting: true }, /^In einer Besprechung bis auf Weiteres$/],
    [{ until: NOW + 60 * MIN, meeting: false }, /^Erinnerungen pausiert bis 10:30$/],
  ])('says what the pause is (%o), with Fortsetzen', async (pause, text) => {
    setLanguageSetting('de');
    installFakeApi(snapshot({ pause, pausedUntil: pause.until, reminder: null }));
    render(HomeView);
    await vi.waitFor(() => expect(paragraph(text)).toBeTruthy());
    expect(screen.getByRole('button', { name: 'Fortsetzen' })).toBeTruthy();
    expect(englishLeft(document.body, ['home', 'common'])).toEqual([]);
  });

  it.each([
    ['walking', 'Sie gehen gerade spazieren', 'Beim Spaziergang'],
    ['away', 'Nicht am Schreibtisch', 'Abwesend'],
  ] as const)('%s: heading and status in German', async (presence, title, pill) => {
    setLanguageSetting('de');
    installFakeApi(snapshot({ presence, sittingSince: presence === 'away' ? null : NOW, reminder: null }));
    render(HomeView);
    await vi.waitFor(() => expect(heading().textContent?.trim()).toBe(title));
    expect(screen.getByText(pill)).toBeTruthy();
    expect(englishLeft(document.body, ['home', 'common'])).toEqual([]);
  });
});

describe('HomeView: the walking plan paused or locked (health-evidence.md part 2 (c))', () => {
  it.each([
    [
      'en',
      'locked',
      'Your walking plan is locked',
      /call your local emergency number \(999 in the UK, 112 in the EU,? or 911 in the US and Canada\)/,
      'What to do next',
    ],
    [
      'de',
      'locked',
      'Ihr Gehplan ist gesperrt',
      /Rufen Sie Ihre örtliche Notrufnummer an \(112 in der EU, 999 im Vereinigten Königreich oder 911 in den USA und Kanada\)/,
      'Was jetzt zu tun ist',
    ],
    ['en', 'paused', 'Your walking plan is paused', /bring the clinician summary/, 'What to do next'],
    [
      'de',
      'paused',
      'Ihr Gehplan ist pausiert',
      /Zusammenfassung für die Behandlung/,
      'Was jetzt zu tun ist',
    ],
  ] as const)(
    '%s, %s: the card says so and links the break window',
    async (lang, plan, title, body, link) => {
      setLanguageSetting(lang);
      installFakeApi(snapshot({ plan, nextReminderAt: null, reminder: null }));
      render(HomeView);
      const heading2 = await vi.waitFor(() => screen.getByRole('heading', { level: 2, name: title }));
      expect(heading2.parentElement?.textContent).toMatch(body);
      expect(screen.getByRole('link', { name: link }).getAttribute('href')).toBe('?view=break&then=main');
    },
  );

  it.each([
    ['en', 'eu', /call your local emergency number \(112\) or go to A&E/],
    ['en', 'uk', /call your local emergency number \(999 or 112\) or go to A&E/],
    ['en', 'na', /call your local emergency number \(911\) or go to A&E/],
    ['de', 'eu', /Rufen Sie Ihre örtliche Notrufnummer an \(112\) oder gehen Sie/],
    ['de', 'uk', /Rufen Sie Ihre örtliche Notrufnummer an \(999 oder 112\) oder gehen Sie/],
  ] as const)(
    '%s, region %s: the locked card names the number main gave for the region',
    async (lang, region, body) => {
      setLanguageSetting(lang);
      const api = installFakeApi(snapshot({ plan: 'locked', nextReminderAt: null, reminder: null }));
      api.getRegion.mockResolvedValue({ ok: true, value: { emergencyRegion: region } });
      await loadEmergencyRegion();
      render(HomeView);
      const title = lang === 'en' ? 'Your walking plan is locked' : 'Ihr Gehplan ist gesperrt';
      const card = await vi.waitFor(() => screen.getByRole('heading', { level: 2, name: title }));
      expect(card.parentElement?.textContent).toMatch(body);
      expect(card.parentElement?.textContent).not.toMatch(/911 in|999 in|in der EU/);
    },
  );

  it('no card while the plan is active', async () => {
    installFakeApi(snapshot());
    render(HomeView);
    await vi.waitFor(() => expect(heading()).toBeTruthy());
    expect(screen.queryByRole('heading', { level: 2 })).toBeNull();
  });
});

describe('HomeView: the daily movement goal', () => {
  const goal = (over: Partial<MovementGoal> = {}): MovementGoal => ({
    at: NOW,
    targetMin: 120,
    todayMin: 60,
    doneMs: 25 * MIN,
    growing: false,
    ...over,
  });

  it("shows today's step as a ring with the minutes in words, never a shaming word; none when off", async () => {
    const api = installFakeApi(snapshot({ sittingSince: NOW - 10 * MIN }));
    api.getMovementGoal.mockResolvedValue({ ok: true, value: goal() });
    const { unmount } = render(HomeView);
    const card = await vi.waitFor(() => screen.getByTestId('goal-card'));
    expect(screen.getByRole('heading', { name: 'Moving today' })).toBeTruthy();
    expect(screen.getByTestId('goal-progress').textContent?.trim()).toBe('25 of 60 min');
    expect(card.textContent).toContain('Standing, walks and breaks all count.');
    expect(card.textContent).toContain('A step on the way to 120 min a day');
    expect(card.querySelector('circle.fill')).not.toBeNull();
    unmount();
    api.getMovementGoal.mockResolvedValue({ ok: true, value: null });
    const before = api.getMovementGoal.mock.calls.length;
    render(HomeView);
    await vi.waitFor(() => expect(api.getMovementGoal.mock.calls.length).toBeGreaterThan(before));
    await act(() => Promise.resolve());
    expect(screen.queryByTestId('goal-card')).toBeNull();
  });

  it('counts on while standing, says when the step is reached, and reads again after midnight', async () => {
    const api = installFakeApi(
      snapshot({ sittingSince: NOW - 30 * MIN, standingSince: NOW - 5 * MIN, standingMs: 5 * MIN }),
    );
    api.getMovementGoal.mockResolvedValue({ ok: true, value: goal({ doneMs: 55 * MIN, growing: true }) });
    render(HomeView);
    await vi.waitFor(() =>
      expect(screen.getByTestId('goal-progress').textContent?.trim()).toBe('55 of 60 min'),
    );
    await act(() => vi.advanceTimersByTime(5 * MIN));
    expect(screen.getByTestId('goal-progress').textContent?.trim()).toBe('60 of 60 min');
    expect(screen.getByTestId('goal-card').textContent).toContain('Today’s goal reached.');
    const calls = api.getMovementGoal.mock.calls.length;
    const d = new Date(NOW);
    const midnight = new Date(d.getFullYear(), d.getMonth(), d.getDate() + 1).getTime();
    api.getMovementGoal.mockResolvedValue({
      ok: true,
      value: goal({ at: midnight, doneMs: 0, growing: false }),
    });
    await act(() => vi.advanceTimersByTime(midnight - Date.now() + 2_000));
    expect(api.getMovementGoal.mock.calls.length).toBeGreaterThan(calls);
    await vi.waitFor(() =>
      expect(screen.getByTestId('goal-progress').textContent?.trim()).toBe('0 of 60 min'),
    );
  });

  it('speaks German', async () => {
    setLanguageSetting('de');
    const api = installFakeApi(snapshot({ sittingSince: NOW - 10 * MIN }));
    api.getMovementGoal.mockResolvedValue({ ok: true, value: goal() });
    render(HomeView);
    await vi.waitFor(() =>
      expect(screen.getByTestId('goal-progress').textContent?.trim()).toBe('25 von 60 Min.'),
    );
    expect(screen.getByRole('heading', { name: 'Bewegung heute' })).toBeTruthy();
    expect(screen.getByTestId('goal-card').textContent).toContain(
      'Stehen, Spaziergänge und Pausen zählen alle.',
    );
  });

  describe('the posture-reset offer after the first week', () => {
    const WEEK_AGO = NOW - 8 * 86_400_000;

    it('is not shown in the first week', async () => {
      const api = installFakeApi(snapshot(), undefined, undefined, undefined, NOW - 3 * 86_400_000);
      render(HomeView);
      await vi.waitFor(() => expect(api.getDeskState).toHaveBeenCalled());
      await screen.findByTestId('desk-card');
      expect(screen.queryByTestId('posture-offer')).toBeNull();
    });

    it('"Turn on" sets postureResets through settings:update, confirms, and records the answer', async () => {
      const api = installFakeApi(snapshot(), undefined, undefined, undefined, WEEK_AGO);
      render(HomeView);
      await screen.findByRole('heading', { name: 'Posture resets' });
      await fireEvent.click(screen.getByRole('button', { name: 'Turn on posture resets' }));
      await screen.findByText('Posture resets are on. You can turn them off in Settings.');
      expect(api.updateSettings).toHaveBeenCalledWith({ postureResets: true });
      expect(api.answerPostureOffer).toHaveBeenCalledWith({ answer: 'accepted' });
      // The setting was saved before the answer was recorded.
      expect(api.updateSettings.mock.invocationCallOrder[0]!).toBeLessThan(
        api.answerPostureOffer.mock.invocationCallOrder[0]!,
      );
      expect(screen.queryByRole('button', { name: 'No thanks' })).toBeNull();
    });

    it('"No thanks" hides it for good: a new Home does not ask again', async () => {
      const api = installFakeApi(snapshot(), undefined, undefined, undefined, WEEK_AGO);
      const { unmount } = render(HomeView);
      await fireEvent.click(await screen.findByRole('button', { name: 'No thanks' }));
      await vi.waitFor(() => expect(screen.queryByTestId('posture-offer')).toBeNull());
      expect(api.answerPostureOffer).toHaveBeenCalledWith({ answer: 'declined' });
      expect(api.updateSettings).not.toHaveBeenCalled();
      expect(document.activeElement).toBe(heading());
      unmount();
      render(HomeView);
      await screen.findByTestId('desk-card');
      expect(screen.queryByTestId('posture-offer')).toBeNull();
    });

    it('speaks German', async () => {
      setLanguageSetting('de');
      installFakeApi(snapshot(), undefined, undefined, undefined, WEEK_AGO);
      render(HomeView);
      await screen.findByRole('heading', { name: 'Haltungspausen' });
      expect(screen.getByRole('button', { name: 'Haltungspausen einschalten' })).toBeTruthy();
      expect(screen.getByRole('button', { name: 'Nein danke' })).toBeTruthy();
      expect(englishLeft(screen.getByTestId('posture-offer'))).toEqual([]);
    });
  });
});
