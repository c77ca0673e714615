// The first-run window: welcome in a sentence, where the tray icon is on this OS (Windows with how to keep it in
// view, macOS, GNOME with the AppIndicator extension, KDE), the working hours (on, Monday to Friday 09:00–17:30)
// changed with Settings' own editor and saved through settings:update, start at login, the desk check offered,
// and Get started closing the window; in English and German.
import { fireEvent, render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import WelcomeView from '../../renderer/src/views/WelcomeView.svelte';
import { setLanguageSetting } from '../../renderer/src/lib/i18n.svelte';
import type { DesktopInfo } from '../../electron/shared/desktop';
import { SETTINGS, breakState, installFakeApi, snapshot } from './fake-api';
import { englishLeft } from './english-left';

afterEach(() => {
  delete window.walkbreak;
  setLanguageSetting('system');
  vi.restoreAllMocks();
});

async function setup(desktop: DesktopInfo = { os: 'windows', desktop: null }, settings = SETTINGS) {
  const api = installFakeApi(snapshot(), settings, breakState(), desktop);
  render(WelcomeView);
  await screen.findByRole('switch', { name: 'Only remind me during working hours' });
  await vi.waitFor(() => expect(api.getDesktop).toHaveBeenCalled());
  return api;
}

/** The patches sent to main, in order, once the saves queued so far are answered. */
async function saved(api: ReturnType<typeof installFakeApi>) {
  await vi.waitFor(() => undefined);
  await new Promise((resolve) => setTimeout(resolve, 0));
  return api.updateSettings.mock.calls.map(([patch]) => patch);
}

const where = () => screen.getByTestId('tray-where').textContent ?? '';

describe('WelcomeView', () => {
  it('welcomes in a sentence with the threshold, focused on its heading', async () => {
    await setup(undefined, { ...SETTINGS, sitThresholdMin: 40 });
    const heading = screen.getByRole('heading', { level: 1, name: 'Welcome to WalkBreak' });
    expect(document.activeElement).toBe(heading);
    expect(screen.getByText(/After 40 minutes it asks you, at a pause in your typing/)).toBeTruthy();
    expect(document.title).toBe('Welcome – WalkBreak');
  });

  it.each<[DesktopInfo, RegExp]>([
    [
      { os: 'windows', desktop: null },
      /notification area at the right end of the taskbar.*click the \^ arrow/,
    ],
    [{ os: 'macos', desktop: null }, /menu bar at the top right of the screen/],
    [{ os: 'linux', desktop: 'gnome' }, /needs the AppIndicator extension/],
    [{ os: 'linux', desktop: 'ubuntu' }, /^WalkBreak lives in the top bar, at the right\. Click its icon/],
    [{ os: 'linux', desktop: 'kde' }, /system tray at the right end of the panel/],
    [{ os: 'linux', desktop: 'other' }, /system tray of your desktop/],
  ])('says where the tray icon is on %j', async (desktop, text) => {
    await setup(desktop);
    await vi.waitFor(() => expect(where()).toMatch(text));
    const pin = screen.queryByText(/drag its icon from there onto the taskbar/);
    expect(pin !== null).toBe(desktop.os === 'windows');
  });

  it('shows the working-hours default, and changes it with the Settings editor through settings:update', async () => {
    const api = await setup();
    const hours = screen.getByRole('switch', {
      name: 'Only remind me during working hours',
    }) as HTMLInputElement;
    expect(hours.checked).toBe(true);
    expect(screen.getByTestId('hours-summary').textContent).toBe(
      'Monday–Friday: 09:00–17:30; Saturday–Sunday: no reminders',
    );
    const change = screen.getByRole('button', { name: 'Change working hours' });
    expect(change.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByLabelText('Monday range 1 starts')).toBeNull();
    await fireEvent.click(change);
    expect(change.getAttribute('aria-expanded')).toBe('true');

    await fireEvent.input(screen.getByLabelText('Friday range 1 ends'), { target: { value: '14:00' } });
    expect(screen.getByTestId('hours-summary').textContent).toBe(
      'Monday–Thursday: 09:00–17:30; Friday: 09:00–14:00; Saturday–Sunday: no reminders',
    );
    const friday = { ...SETTINGS.workingHours.days, fri: [{ start: '09:00', end: '14:00' }] };
    expect(await saved(api)).toEqual([{ workingHours: { enabled: true, days: friday } }]);
    expect(screen.getByRole('status').textContent).toBe('Saved.');
    // Settings' validation: a range ending when it starts is refused on the spot and not saved.
    await fireEvent.input(screen.getByLabelText('Monday range 1 ends'), { target: { value: '09:00' } });
    expect(await screen.findByText('A time range must end at a different time than it starts.')).toBeTruthy();
    expect(await saved(api)).toHaveLength(1);
    expect(screen.getByRole('status').textContent).toBe('');
  });

  it('turns working hours off, and start at login on, each saved at once', async () => {
    const api = await setup();
    await fireEvent.click(screen.getByRole('switch', { name: 'Only remind me during working hours' }));
    expect(screen.getByTestId('hours-summary').textContent).toBe('Off: reminders at any time of day.');
    const login = screen.getByRole('switch', { name: 'Start WalkBreak when I log in' }) as HTMLInputElement;
    expect(login.checked).toBe(false);
    await fireEvent.click(login);
    expect(await saved(api)).toEqual([
      { workingHours: { ...SETTINGS.workingHours, enabled: false } },
      { startAtLogin: true },
    ]);
  });

  it('offers the desk check and closes with Get started', async () => {
    await setup();
    expect(screen.getByRole('link', { name: 'Check my desk' }).getAttribute('href')).toBe('?view=desk');
    const close = vi.spyOn(window, 'close').mockImplementation(() => undefined);
    await fireEvent.click(screen.getByRole('button', { name: 'Get started' }));
    expect(close).toHaveBeenCalledOnce();
  });

  it('speaks German throughout', async () => {
    setLanguageSetting('de');
    installFakeApi(snapshot(), { ...SETTINGS, language: 'de' }, breakState(), {
      os: 'linux',
      desktop: 'gnome',
    });
    render(WelcomeView);
    await screen.findByRole('heading', { level: 1, name: 'Willkommen bei WalkBreak' });
    await vi.waitFor(() => expect(where()).toMatch(/Erweiterung „AppIndicator“/));
    await fireEvent.click(screen.getByRole('button', { name: 'Arbeitszeiten ändern' }));
    expect(screen.getByTestId('hours-summary').textContent).toBe(
      'Montag–Freitag: 09:00–17:30; Samstag–Sonntag: keine Erinnerungen',
    );
    expect(screen.getByRole('button', { name: 'Los geht’s' })).toBeTruthy();
    expect(englishLeft(document.body)).toEqual([]);
  }, 20_000); // the whole-window English check over every namespace takes seconds on a loaded machine
});
