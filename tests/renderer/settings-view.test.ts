// Settings window: each valid field is saved as it changes (only that field, with "Saved." and Undo for the last
// change); inline validation keeps an invalid one from being saved (message shown, no updateSettings), and
// problems main reports come back under their fields.
import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import SettingsView from '../../renderer/src/views/SettingsView.svelte';
import { playChime } from '../../renderer/src/lib/chime';
import { setLanguageSetting } from '../../renderer/src/lib/i18n.svelte';
import type { Settings } from '../../electron/shared/settings';
import { SETTINGS, installFakeApi, snapshot } from './fake-api';
import { englishLeft } from './english-left';

vi.mock('../../renderer/src/lib/chime', () => ({ playChime: vi.fn() }));

afterEach(() => {
  delete window.walkbreak;
  setLanguageSetting('system');
  vi.mocked(playChime).mockClear();
});

async function setup() {
  const api = installFakeApi();
  render(SettingsView);
  const sitting = (await screen.findByLabelText('Sitting time before a reminder')) as HTMLInputElement;
  const away = screen.getByLabelText('Time away that counts as a break') as HTMLInputElement;
  return { api, sitting, away };
}

/** The patches sent to main, in order, once the saves queued so far are answered. */
async function saved(api: ReturnType<typeof installFakeApi>): Promise<Partial<Settings>[]> {
  await waitFor(() => undefined);
  await new Promise((resolve) => setTimeout(resolve, 0));
  return api.updateSettings.mock.calls.map(([patch]) => patch);
}

describe('SettingsView', () => {
  it('loads the current settings and focuses the heading', async () => {
    const { sitting, away } = await setup();
    expect(sitting.value).toBe('30');
    expect(away.value).toBe('5');
    expect((screen.getByRole('checkbox', { name: '10 min' }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole('switch', { name: 'Remind me to get up' }) as HTMLInputElement).checked).toBe(
      true,
    );
    expect(screen.queryByRole('button', { name: 'Save' })).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Settings' }));
  });

  it.each([
    ['10', 'Choose a value from 20 to 60 minutes.'],
    ['61', 'Choose a value from 20 to 60 minutes.'],
    ['', 'Enter a number of minutes from 20 to 60.'],
    ['25.5', 'Use whole minutes, from 20 to 60.'],
  ])('refuses a sitting time of "%s" with a message and does not save', async (value, message) => {
    const { api, sitting } = await setup();
    await fireEvent.input(sitting, { target: { value } });
    expect(await screen.findByText(message)).toBeTruthy();
    expect(sitting.getAttribute('aria-invalid')).toBe('true');
    expect(sitting.getAttribute('aria-describedby')).toContain('sit-threshold-error');
    expect(await saved(api)).toEqual([]);
  });

  it('refuses an away time outside 2–30 and an empty snooze list', async () => {
    const { api, away } = await setup();
    await fireEvent.input(away, { target: { value: '1' } });
    expect(await screen.findByText('Choose a value from 2 to 30 minutes.')).toBeTruthy();
    expect(await saved(api)).toEqual([]);
    for (const name of ['5 min', '10 min', '15 min']) {
      await fireEvent.click(screen.getByRole('checkbox', { name }));
    }
    expect(await screen.findByText('Choose at least one snooze length.')).toBeTruthy();
    // Each length unticked while one was left was a valid change; the empty list is not saved.
    expect(await saved(api)).toEqual([{ snoozeOptionsMin: [10, 15] }, { snoozeOptionsMin: [15] }]);
  });

  it('saves each valid change as it is made, only that field, and says so', async () => {
    const { api, sitting } = await setup();
    await fireEvent.input(sitting, { target: { value: '45' } });
    await fireEvent.click(screen.getByRole('checkbox', { name: '15 min' }));
    await fireEvent.click(screen.getByRole('switch', { name: 'Remind me to get up' }));
    expect(await saved(api)).toEqual([
      { sitThresholdMin: 45 },
      { snoozeOptionsMin: [5, 10] },
      { remindersEnabled: false },
    ]);
    expect((await screen.findByRole('status')).textContent?.trim()).toBe('Saved.');
  });

  it('a wrong value in one field does not hold back another; it is kept on screen until fixed', async () => {
    const { api, sitting, away } = await setup();
    await fireEvent.input(sitting, { target: { value: '99' } });
    await fireEvent.input(away, { target: { value: '7' } });
    expect(await saved(api)).toEqual([{ awayThresholdMin: 7 }]);
    expect(sitting.value).toBe('99');
    await fireEvent.input(sitting, { target: { value: '40' } });
    expect(await saved(api)).toEqual([{ awayThresholdMin: 7 }, { sitThresholdMin: 40 }]);
  });

  it('Undo puts the last changed field back (a run of edits to one field is one change)', async () => {
    const { api, sitting, away } = await setup();
    await fireEvent.input(away, { target: { value: '8' } });
    await fireEvent.input(sitting, { target: { value: '4' } });
    await fireEvent.input(sitting, { target: { value: '45' } });
    expect(await saved(api)).toEqual([{ awayThresholdMin: 8 }, { sitThresholdMin: 45 }]);
    await fireEvent.click(await screen.findByRole('button', { name: 'Undo' }));
    expect(await saved(api)).toEqual([
      { awayThresholdMin: 8 },
      { sitThresholdMin: 45 },
      { sitThresholdMin: 30 },
    ]);
    expect(sitting.value).toBe('30');
    expect(away.value).toBe('8');
    expect((await screen.findByRole('status')).textContent?.trim()).toBe('Change undone.');
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
  });

  it('shows the issues main sends back under their fields', async () => {
    const { api, away } = await setup();
    api.updateSettings.mockResolvedValueOnce({
      ok: false,
      error: {
        code: 'invalid-args',
        message: 'Away time must be a whole number of minutes from 2 to 30.',
        issues: [
          { field: 'awayThresholdMin', message: 'Away time must be a whole number of minutes from 2 to 30.' },
        ],
      },
    });
    await fireEvent.input(away, { target: { value: '9' } });
    expect(await screen.findByText('Away time must be a whole number of minutes from 2 to 30.')).toBeTruthy();
    expect(away.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByRole('alert').textContent).toContain('could not be saved');
    // Editing the field clears main's message for it.
    await fireEvent.input(away, { target: { value: '6' } });
    expect(screen.queryByText('Away time must be a whole number of minutes from 2 to 30.')).toBeNull();
  });
});

describe('SettingsView working hours', () => {
  async function withHours() {
    const ctx = await setup();
    const toggle = screen.getByRole('switch', {
      name: 'Only remind me during working hours',
    }) as HTMLInputElement;
    return { ...ctx, toggle };
  }
  const time = (name: string) => screen.getByLabelText(name) as HTMLInputElement;

  it('are on at first, 09:00–17:30 Monday to Friday with the weekend free; turning them off hides the days', async () => {
    const { api, toggle } = await withHours();
    expect(toggle.checked).toBe(true);
    for (const day of ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday']) {
      expect(time(`${day} range 1 starts`).value).toBe('09:00');
      expect(time(`${day} range 1 ends`).value).toBe('17:30');
      expect(screen.queryByLabelText(`${day} range 2 starts`)).toBeNull();
    }
    expect(screen.getByRole('group', { name: 'Saturday' })).toBeTruthy();
    expect(screen.getAllByText('No reminders')).toHaveLength(2);
    await fireEvent.click(toggle);
    expect(screen.queryByRole('group', { name: 'Monday' })).toBeNull();
    expect(await saved(api)).toEqual([{ workingHours: { ...SETTINGS.workingHours, enabled: false } }]);
  });

  it('refuses overlapping ranges on a day with a message there, and does not save', async () => {
    const { api } = await withHours();
    // A second range on Monday first (one hour after the first one ends): that is saved.
    await fireEvent.click(screen.getByRole('button', { name: 'Add a range on Monday' }));
    expect(time('Monday range 2 starts').value).toBe('17:30');
    const twoRanges = {
      ...SETTINGS.workingHours,
      days: {
        ...SETTINGS.workingHours.days,
        mon: [...SETTINGS.workingHours.days.mon, { start: '17:30', end: '18:30' }],
      },
    };
    await fireEvent.input(time('Monday range 2 starts'), { target: { value: '12:00' } });
    const monday = screen.getByRole('group', { name: 'Monday' });
    expect(monday.getAttribute('aria-describedby')).toBe('hours-mon-error');
    expect(document.getElementById('hours-mon-error')?.textContent).toBe(
      'Time ranges on the same day must not overlap.',
    );
    expect(time('Monday range 2 starts').getAttribute('aria-invalid')).toBe('true');
    expect(time('Tuesday range 1 starts').getAttribute('aria-invalid')).toBeNull();
    // The added range was saved; the overlap is not.
    expect(await saved(api)).toEqual([{ workingHours: twoRanges }]);
  });

  it('refuses a range that starts and ends at the same time, and an empty time', async () => {
    const { api } = await withHours();
    await fireEvent.input(time('Friday range 1 ends'), { target: { value: '09:00' } });
    expect(await screen.findByText('A time range must end at a different time than it starts.')).toBeTruthy();
    await fireEvent.input(time('Friday range 1 ends'), { target: { value: '' } });
    expect(await screen.findByText('Enter times as hours and minutes, for example 09:00.')).toBeTruthy();
    expect(await saved(api)).toEqual([]);
  });

  it('adds, removes and copies ranges, marks overnight ones, and saves them', async () => {
    const { api } = await withHours();
    await fireEvent.click(screen.getByRole('button', { name: 'Add a range on Saturday' }));
    expect(time('Saturday range 1 starts').value).toBe('09:00');
    await fireEvent.input(time('Saturday range 1 starts'), { target: { value: '22:00' } });
    await fireEvent.input(time('Saturday range 1 ends'), { target: { value: '02:00' } });
    expect(screen.getByText('next day')).toBeTruthy();
    // Monday becomes 09:00–12:30 and 13:30–17:30 (lunch free), then the other weekdays copy it.
    await fireEvent.click(screen.getByRole('button', { name: 'Add a range on Monday' }));
    await fireEvent.input(time('Monday range 1 ends'), { target: { value: '12:30' } });
    await fireEvent.input(time('Monday range 2 starts'), { target: { value: '13:30' } });
    await fireEvent.input(time('Monday range 2 ends'), { target: { value: '17:30' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Add a range on Monday' }));
    await fireEvent.click(screen.getByRole('button', { name: 'Remove Monday range 3' }));
    await fireEvent.click(screen.getByRole('button', { name: 'Copy Monday to Tuesday–Friday' }));
    const monday = [
      { start: '09:00', end: '12:30' },
      { start: '13:30', end: '17:30' },
    ];
    expect((await saved(api)).at(-1)).toEqual({
      workingHours: {
        enabled: true,
        days: {
          mon: monday,
          tue: monday,
          wed: monday,
          thu: monday,
          fri: monday,
          sat: [{ start: '22:00', end: '02:00' }],
          sun: [],
        },
      },
    });
  });

  it('offers no fifth range on a day', async () => {
    await withHours();
    const add = () => screen.queryByRole('button', { name: 'Add a range on Sunday' });
    for (let i = 0; i < 4; i++) await fireEvent.click(add() as HTMLElement);
    expect(add()).toBeNull();
    expect(time('Sunday range 4 starts').value).toBe('19:00');
  });
});

describe('SettingsView start at login', () => {
  it('is off at first and saved when turned on', async () => {
    const { api } = await setup();
    const login = screen.getByRole('switch', { name: 'Start WalkBreak when I log in' }) as HTMLInputElement;
    expect(login.checked).toBe(false);
    await fireEvent.click(login);
    expect(await saved(api)).toEqual([{ startAtLogin: true }]);
  });
});

describe('SettingsView appearance', () => {
  it('offers system, light and dark; the choice is saved', async () => {
    const { api } = await setup();
    const system = screen.getByRole('radio', { name: 'Same as system' }) as HTMLInputElement;
    expect(system.checked).toBe(true);
    await fireEvent.click(screen.getByRole('radio', { name: 'Dark' }));
    expect(await saved(api)).toEqual([{ theme: 'dark' }]);
  });
});

describe('SettingsView idle detection', () => {
  it('explains what still works when the idle counter is unreliable, and nothing otherwise', async () => {
    const api = installFakeApi(snapshot({ idleUnreliable: true }));
    render(SettingsView);
    expect((await screen.findByRole('note')).textContent).toMatch(
      /choose\s+“I just\s+moved”\s+in the tray menu/,
    );
    api.emit('tracker:snapshot', snapshot({ idleUnreliable: false }));
    await waitFor(() => expect(screen.queryByRole('note')).toBeNull());
  });
});

describe('SettingsView shortcuts', () => {
  it('are off (empty) at first; a usable one is saved, a bare key or a duplicate is refused', async () => {
    const { api } = await setup();
    const snoozeKey = screen.getByLabelText('Snooze the reminder') as HTMLInputElement;
    const walkKey = screen.getByLabelText('Start a walk') as HTMLInputElement;
    expect([snoozeKey.value, walkKey.value]).toEqual(['', '']);
    await fireEvent.input(snoozeKey, { target: { value: 'W' } });
    expect(
      await screen.findByText(
        'Use one or more of Ctrl, Alt, Shift or Super with one key, for example Ctrl+Alt+W.',
      ),
    ).toBeTruthy();
    expect(snoozeKey.getAttribute('aria-invalid')).toBe('true');
    expect(walkKey.getAttribute('aria-invalid')).toBeNull();
    expect(await saved(api)).toEqual([]);
    await fireEvent.input(snoozeKey, { target: { value: 'Ctrl+Alt+W' } });
    await fireEvent.input(walkKey, { target: { value: 'Ctrl+Alt+W' } });
    expect(await screen.findByText('Snooze and Start a walk need different shortcuts.')).toBeTruthy();
    await fireEvent.input(walkKey, { target: { value: 'CommandOrControl+Shift+Space' } });
    // The form sends all three shortcuts; "I'm standing" (issue 17) stays off here.
    expect(await saved(api)).toEqual([
      { shortcuts: { snooze: 'Ctrl+Alt+W', startWalk: null, standing: null } },
      { shortcuts: { snooze: 'Ctrl+Alt+W', startWalk: 'CommandOrControl+Shift+Space', standing: null } },
    ]);
  });
});

describe('SettingsView reminder style', () => {
  it('offers notification and window (chosen) or notification only; the choice is saved', async () => {
    const { api } = await setup();
    expect((screen.getByRole('radio', { name: 'Notification and window' }) as HTMLInputElement).checked).toBe(
      true,
    );
    await fireEvent.click(screen.getByRole('radio', { name: 'Notification only' }));
    expect(await saved(api)).toEqual([{ reminderStyle: 'notification' }]);
  });
});

describe('SettingsView break length, sound and snooze limit', () => {
  const field = (name: string) => screen.getByLabelText(name) as HTMLInputElement;

  it('show the saved values; out-of-range ones are refused with a message and nothing is saved', async () => {
    const { api } = await setup();
    expect(field('Suggested break length').value).toBe('3');
    expect(field('Snoozes in a row, at most').value).toBe('2');
    expect(field('Extra time from snoozes, at most').value).toBe('30');
    expect(screen.getByText(/after about an hour of sitting, a break helps less/i)).toBeTruthy();

    await fireEvent.input(field('Suggested break length'), { target: { value: '11' } });
    expect(await screen.findByText('Choose a value from 2 to 10 minutes.')).toBeTruthy();
    await fireEvent.input(field('Snoozes in a row, at most'), { target: { value: '3' } });
    expect(await screen.findByText('Choose a number from 0 to 2.')).toBeTruthy();
    expect(field('Snoozes in a row, at most').getAttribute('aria-invalid')).toBe('true');
    await fireEvent.input(field('Extra time from snoozes, at most'), { target: { value: '45' } });
    expect(await screen.findByText('Choose a value from 5 to 30 minutes.')).toBeTruthy();
    await fireEvent.input(field('Extra time from snoozes, at most'), { target: { value: '' } });
    expect(await screen.findByText('Enter a number of minutes from 5 to 30.')).toBeTruthy();
    expect(await saved(api)).toEqual([]);
  });

  it('saves a stricter snooze limit, a longer break and a quieter chime', async () => {
    const { api } = await setup();
    await fireEvent.input(field('Suggested break length'), { target: { value: '5' } });
    await fireEvent.input(field('Snoozes in a row, at most'), { target: { value: '0' } });
    await fireEvent.input(field('Extra time from snoozes, at most'), { target: { value: '15' } });
    const volume = screen.getByRole('slider', { name: 'Volume' }) as HTMLInputElement;
    expect(volume.value).toBe('60');
    expect(volume.getAttribute('aria-valuetext')).toBe('60%');
    await fireEvent.input(volume, { target: { value: '35' } });
    expect(volume.getAttribute('aria-valuetext')).toBe('35%');
    expect(screen.getByText('35%')).toBeTruthy();
    await fireEvent.click(screen.getByRole('button', { name: 'Play a test sound' }));
    expect(playChime).toHaveBeenCalledExactlyOnceWith(35);
    expect(await saved(api)).toEqual([
      { breakSuggestedMin: 5 },
      { snoozeMaxInRow: 0 },
      { snoozeMaxExtraMin: 15 },
      { soundVolume: 35 },
    ]);
  });

  it('sound off hides the volume and is saved', async () => {
    const { api } = await setup();
    const sound = screen.getByRole('switch', { name: 'Play a sound with a reminder' }) as HTMLInputElement;
    expect(sound.checked).toBe(true);
    await fireEvent.click(sound);
    expect(screen.queryByRole('slider', { name: 'Volume' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Play a test sound' })).toBeNull();
    expect(await saved(api)).toEqual([{ soundEnabled: false }]);
  });
});

describe('SettingsView shortcuts recorded by key press', () => {
  const keys = (
    mods: { ctrlKey?: boolean; altKey?: boolean; shiftKey?: boolean; metaKey?: boolean } = {},
  ) => ({
    ctrlKey: false,
    altKey: false,
    shiftKey: false,
    metaKey: false,
    ...mods,
  });

  it('pressing Ctrl+Alt+W records it; Escape cancels, Backspace clears, Clear turns it off', async () => {
    const { api } = await setup();
    const snoozeKey = screen.getByLabelText('Snooze the reminder') as HTMLInputElement;
    const walkKey = screen.getByLabelText('Start a walk') as HTMLInputElement;
    snoozeKey.focus();
    await fireEvent.focus(snoozeKey);
    await fireEvent.keyDown(snoozeKey, { key: 'Control', code: 'ControlLeft', ...keys({ ctrlKey: true }) });
    expect(snoozeKey.value).toBe('');
    await fireEvent.keyDown(snoozeKey, { key: 'w', code: 'KeyW', ...keys({ ctrlKey: true, altKey: true }) });
    expect(snoozeKey.value).toBe('CommandOrControl+Alt+W');
    // Escape puts back what was there when the field got focus (nothing).
    await fireEvent.keyDown(snoozeKey, { key: 'Escape', code: 'Escape', ...keys() });
    expect(snoozeKey.value).toBe('');
    await fireEvent.keyDown(snoozeKey, { key: 'w', code: 'KeyW', ...keys({ ctrlKey: true, altKey: true }) });

    await fireEvent.focus(walkKey);
    await fireEvent.keyDown(walkKey, { key: 'F5', code: 'F5', ...keys({ altKey: true }) });
    expect(walkKey.value).toBe('Alt+F5');
    await fireEvent.keyDown(walkKey, { key: 'Backspace', code: 'Backspace', ...keys() });
    expect(walkKey.value).toBe('');
    // The same keys as Snooze are refused with a message.
    await fireEvent.keyDown(walkKey, { key: 'w', code: 'KeyW', ...keys({ ctrlKey: true, altKey: true }) });
    expect(await screen.findByText('Snooze and Start a walk need different shortcuts.')).toBeTruthy();
    await fireEvent.click(screen.getByRole('button', { name: 'Clear the shortcut to start a walk' }));
    expect(walkKey.value).toBe('');
    expect(document.activeElement).toBe(walkKey);
    await fireEvent.keyDown(walkKey, { key: ' ', code: 'Space', ...keys({ ctrlKey: true, shiftKey: true }) });
    expect(walkKey.value).toBe('CommandOrControl+Shift+Space');
    expect((await saved(api)).at(-1)).toEqual({
      shortcuts: {
        snooze: 'CommandOrControl+Alt+W',
        startWalk: 'CommandOrControl+Shift+Space',
        standing: null,
      },
    });
  });

  it('Escape while editing a saved shortcut keeps the saved one', async () => {
    installFakeApi(snapshot(), { ...SETTINGS, shortcuts: { snooze: 'Alt+F5', startWalk: null } });
    render(SettingsView);
    const snoozeKey = (await screen.findByLabelText('Snooze the reminder')) as HTMLInputElement;
    expect(snoozeKey.value).toBe('Alt+F5');
    await fireEvent.focus(snoozeKey);
    await fireEvent.keyDown(snoozeKey, { key: 'Delete', code: 'Delete', ...keys() });
    expect(snoozeKey.value).toBe('');
    await fireEvent.keyDown(snoozeKey, { key: 'Escape', code: 'Escape', ...keys() });
    expect(snoozeKey.value).toBe('Alt+F5');
  });
});

describe('SettingsView language', () => {
  it('offers the system language, English and Deutsch, each named in itself', async () => {
    await setup();
    const group = screen.getByRole('group', { name: 'Language' });
    const system = within(group).getByRole('radio', { name: 'System language' }) as HTMLInputElement;
    expect(system.checked).toBe(true);
    expect(within(group).getByRole('radio', { name: 'English' }).closest('label')?.lang).toBe('en');
    expect(within(group).getByRole('radio', { name: 'Deutsch' }).closest('label')?.lang).toBe('de');
  });

  it('choosing Deutsch turns every string of the window German at once', async () => {
    const { api } = await setup();
    // Everything there is shows: working hours (on by default), the recorded shortcut field, a day off.
    // The check sees English while the window is English (so an empty list below means something).
    expect(englishLeft(document.body, ['settings', 'common']).length).toBeGreaterThan(20);
    await fireEvent.click(screen.getByRole('radio', { name: 'Deutsch' }));
    expect(await saved(api)).toEqual([{ language: 'de' }]);
    expect(await screen.findByRole('heading', { level: 1, name: 'Einstellungen' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('de');
    expect(screen.getByRole('status').textContent?.trim()).toBe('Gespeichert.');
    expect(screen.getByRole('button', { name: 'Rückgängig' })).toBeTruthy();
    expect(screen.getByRole('group', { name: 'Montag' })).toBeTruthy();
    expect(screen.getByLabelText('Montag, Zeitraum 1, Beginn')).toBeTruthy();
    expect(screen.getByRole('radio', { name: 'English' })).toBeTruthy();
    expect(document.title).toBe('Einstellungen – WalkBreak');
    expect(englishLeft(document.body, ['settings', 'common'])).toEqual([]);
  });
});

describe('SettingsView in German', () => {
  it('refuses invalid input with German messages', async () => {
    setLanguageSetting('de');
    const api = installFakeApi(snapshot(), { ...SETTINGS, language: 'de' });
    render(SettingsView);
    const sitting = (await screen.findByLabelText('Sitzzeit bis zur Erinnerung')) as HTMLInputElement;
    await fireEvent.input(sitting, { target: { value: '10' } });
    expect(await screen.findByText('Wählen Sie einen Wert von 20 bis 60 Minuten.')).toBeTruthy();
    await fireEvent.input(sitting, { target: { value: '' } });
    expect(await screen.findByText('Geben Sie eine Minutenzahl von 20 bis 60 ein.')).toBeTruthy();
    await fireEvent.input(screen.getByLabelText('Verschiebungen in Folge, höchstens'), {
      target: { value: '5' },
    });
    expect(await screen.findByText('Wählen Sie eine Zahl von 0 bis 2.')).toBeTruthy();
    await fireEvent.input(screen.getByLabelText('Erinnerung verschieben'), { target: { value: 'W' } });
    expect(
      await screen.findByText(
        'Verwenden Sie eine oder mehrere der Tasten Strg, Alt, Umschalt oder Super mit einer weiteren Taste, zum Beispiel Strg+Alt+W.',
      ),
    ).toBeTruthy();
    // Working hours are on by default; a second range on Monday, then one that overlaps the first.
    await fireEvent.click(screen.getByRole('button', { name: 'Montag: Zeitraum hinzufügen' }));
    await fireEvent.input(screen.getByLabelText('Montag, Zeitraum 2, Beginn'), {
      target: { value: '12:00' },
    });
    expect(document.getElementById('hours-mon-error')?.textContent).toBe(
      'Zeiträume am selben Tag dürfen sich nicht überschneiden.',
    );
    // Only the added range was saved.
    expect(await saved(api)).toHaveLength(1);
    expect(englishLeft(document.body, ['settings', 'common'])).toEqual([]);
  });
});
