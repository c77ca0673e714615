// Reminder window: shows the shared reminder copy and one snooze button per allowed length, hides snoozes when
// firm, and sends the right call for each choice (Escape = skip via 'escape'), then closes the window.
import { fireEvent, render, screen } from '@testing-library/svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { playChime } from '../../renderer/src/lib/chime';
import { setLanguageSetting } from '../../renderer/src/lib/i18n.svelte';
import ReminderView from '../../renderer/src/views/ReminderView.svelte';
import { NOW, SETTINGS, installFakeApi, reminderView, snapshot } from './fake-api';

vi.mock('../../renderer/src/lib/chime', () => ({ playChime: vi.fn(() => Promise.resolve()) }));

let close: ReturnType<typeof vi.spyOn>;

beforeEach(() => {
  close = vi.spyOn(window, 'close').mockImplementation(() => {});
});

afterEach(() => {
  vi.restoreAllMocks();
  vi.mocked(playChime).mockClear();
  setLanguageSetting('system');
  delete window.walkbreak;
});

describe('ReminderView', () => {
  it('renders the reminder copy and a snooze button per allowed length', async () => {
    installFakeApi(snapshot({ reminder: reminderView({ snoozeOptionsMin: [5, 10] }) }));
    render(ReminderView);
    expect(await screen.findByRole('heading', { name: 'Time to get up: 30 minutes seated' })).toBeTruthy();
    expect(screen.getByText('A 3-minute walk is perfect; 5 is even better.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Snooze 5 min' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Snooze 10 min' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Snooze 15 min' })).toBeNull();
    // In the order given, inside the labelled group.
    const group = screen.getByRole('group', { name: 'Snooze' });
    expect([...group.querySelectorAll('button')].map((b) => b.textContent)).toEqual(['5 min', '10 min']);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Start walk' }));
    expect(document.title).toBe('Time to get up: 30 minutes seated');
  });

  it('the firm reminder has no snooze buttons and firmer wording', async () => {
    installFakeApi(
      snapshot({ reminder: reminderView({ sittingMin: 58, firm: true, snoozeOptionsMin: [] }) }),
    );
    render(ReminderView);
    expect(
      await screen.findByRole('heading', { name: "You've been sitting for about an hour" }),
    ).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Snooze/ })).toBeNull();
    expect(screen.getByRole('button', { name: 'Start walk' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Skip' })).toBeTruthy();
  });

  it.each([
    ['Start walk', 'startWalk', { source: 'reminder' }],
    ['Snooze 10 min', 'snooze', { minutes: 10 }],
    ['Skip', 'skip', { via: 'button' }],
  ] as const)('%s calls %s and closes the window', async (name, method, args) => {
    const api = installFakeApi(snapshot({ reminder: reminderView() }));
    render(ReminderView);
    await fireEvent.click(await screen.findByRole('button', { name }));
    expect(api[method]).toHaveBeenCalledExactlyOnceWith(args);
    await vi.waitFor(() => expect(close).toHaveBeenCalledOnce());
  });

  it('ignores a second click while the first call is in flight', async () => {
    const api = installFakeApi(snapshot({ reminder: reminderView() }));
    api.startWalk.mockReturnValueOnce(new Promise(() => {})); // main has not answered yet
    render(ReminderView);
    const start = await screen.findByRole('button', { name: 'Start walk' });
    await fireEvent.click(start);
    await fireEvent.click(start);
    await fireEvent.click(screen.getByRole('button', { name: 'Skip' }));
    expect(api.startWalk).toHaveBeenCalledOnce();
    expect(api.skip).not.toHaveBeenCalled();
  });

  it('Escape skips via escape', async () => {
    const api = installFakeApi(snapshot({ reminder: reminderView() }));
    render(ReminderView);
    await screen.findByRole('button', { name: 'Start walk' });
    await fireEvent.keyDown(window, { key: 'Escape' });
    expect(api.skip).toHaveBeenCalledExactlyOnceWith({ via: 'escape' });
    expect(api.startWalk).not.toHaveBeenCalled();
    await vi.waitFor(() => expect(close).toHaveBeenCalledOnce());
  });

  it('keeps the window open and says why when main refuses', async () => {
    const api = installFakeApi(snapshot({ reminder: reminderView() }));
    api.snooze.mockResolvedValueOnce({
      ok: false,
      error: { code: 'invalid-args', message: 'minutes: Invalid value' },
    });
    render(ReminderView);
    await fireEvent.click(await screen.findByRole('button', { name: 'Snooze 5 min' }));
    expect((await screen.findByRole('alert')).textContent).toBe('minutes: Invalid value');
    expect(close).not.toHaveBeenCalled();
  });

  it('follows pushed snapshots: a reminder that goes away leaves a calm note', async () => {
    const api = installFakeApi(snapshot({ reminder: reminderView() }));
    render(ReminderView);
    await screen.findByRole('button', { name: 'Start walk' });
    api.emit('tracker:snapshot', snapshot({ at: NOW + 1, reminder: null }));
    expect(await screen.findByRole('heading', { name: 'No reminder right now' })).toBeTruthy();
  });

  it('says the suggested break length the user chose', async () => {
    installFakeApi(snapshot({ reminder: reminderView({ breakMin: 6 }) }));
    render(ReminderView);
    expect(await screen.findByText('A 6-minute walk is perfect.')).toBeTruthy();
  });

  it('speaks German when the language setting is Deutsch, numbers and all', async () => {
    setLanguageSetting('de');
    installFakeApi(snapshot({ reminder: reminderView({ snoozeOptionsMin: [5, 10] }) }));
    render(ReminderView);
    expect(
      await screen.findByRole('heading', { name: 'Zeit aufzustehen: 30 Minuten im Sitzen' }),
    ).toBeTruthy();
    expect(screen.getByText('Ein Spaziergang von 3 Minuten ist ideal; 5 sind noch besser.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Losgehen' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Überspringen' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'In 5 Min. erinnern' }).textContent?.trim()).toBe('5 Min.');
    expect(document.documentElement.lang).toBe('de');
  });

  it('chimes once at the chosen volume when a reminder shows', async () => {
    const api = installFakeApi(snapshot({ reminder: reminderView() }), { ...SETTINGS, soundVolume: 35 });
    render(ReminderView);
    await screen.findByRole('button', { name: 'Start walk' });
    await vi.waitFor(() => expect(playChime).toHaveBeenCalledExactlyOnceWith(35));
    api.emit('tracker:snapshot', snapshot({ at: NOW + 1, reminder: reminderView({ sittingMin: 31 }) }));
    await screen.findByRole('heading', { name: 'Time to get up: 31 minutes seated' });
    expect(playChime).toHaveBeenCalledOnce();
  });

  it.each([
    ['sound is off', { soundEnabled: false }],
    ['the system notification makes the sound', { reminderStyle: 'notification' as const }],
  ])('stays quiet when %s', async (_why, settings) => {
    const api = installFakeApi(snapshot({ reminder: reminderView() }), { ...SETTINGS, ...settings });
    render(ReminderView);
    await screen.findByRole('button', { name: 'Start walk' });
    await vi.waitFor(() => expect(api.getSettings).toHaveBeenCalled());
    // The chime would be scheduled on the next frame, then a task: wait for a frame and two tasks (every
    // microtask, such as the settings answer, runs before each task).
    await new Promise((settled) => requestAnimationFrame(() => setTimeout(() => setTimeout(settled))));
    expect(playChime).not.toHaveBeenCalled();
  });
});
