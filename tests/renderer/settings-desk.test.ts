// Settings for the desk half (issue 17): the daily movement goal (on, 120 minutes by default; off hides the
// minutes), posture resets (off by default; one switch, saved at once) and the "I'm standing" shortcut field.
import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import SettingsView from '../../renderer/src/views/SettingsView.svelte';
import { setLanguageSetting } from '../../renderer/src/lib/i18n.svelte';
import { installFakeApi } from './fake-api';

vi.mock('../../renderer/src/lib/chime', () => ({ playChime: vi.fn() }));

afterEach(() => {
  delete window.walkbreak;
  setLanguageSetting('system');
});

describe('SettingsView: the desk', () => {
  it('movement goal on at 120 minutes; turning it off saves and hides the minutes', async () => {
    const api = installFakeApi();
    render(SettingsView);
    const goal = (await screen.findByLabelText('Daily movement goal')) as HTMLInputElement;
    expect(goal.checked).toBe(true);
    expect((screen.getByLabelText('Build towards') as HTMLInputElement).value).toBe('120');
    await fireEvent.click(goal);
    await waitFor(() =>
      expect(api.updateSettings).toHaveBeenCalledExactlyOnceWith({ movementGoalEnabled: false }),
    );
    expect(screen.queryByLabelText('Build towards')).toBeNull();
  });

  it('posture resets are off by default and saved at once when turned on', async () => {
    const api = installFakeApi();
    render(SettingsView);
    const posture = (await screen.findByLabelText('Posture resets')) as HTMLInputElement;
    expect(posture.checked).toBe(false);
    await fireEvent.click(posture);
    await waitFor(() => expect(api.updateSettings).toHaveBeenCalledExactlyOnceWith({ postureResets: true }));
  });

  it('offers a shortcut for "I\'m standing", in German too', async () => {
    installFakeApi();
    render(SettingsView);
    expect(await screen.findByText('I’m standing / sitting again')).toBeTruthy();
    setLanguageSetting('de');
    expect(await screen.findByText('Ich stehe / sitze wieder')).toBeTruthy();
    expect(screen.getByText('Haltungspausen')).toBeTruthy();
  });
});
