// Settings → Calls and presentations (issue 16): one switch per signal with what it reads on this OS; turning one
// off is saved; on macOS, where nothing can be read, the section says so and offers "In a meeting" instead.
import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import SettingsView from '../../renderer/src/views/SettingsView.svelte';
import { desktopOs } from '../../renderer/src/lib/desktop-os';
import { setLanguageSetting } from '../../renderer/src/lib/i18n.svelte';
import { installFakeApi } from './fake-api';

vi.mock('../../renderer/src/lib/chime', () => ({ playChime: vi.fn() }));

afterEach(() => {
  delete window.walkbreak;
  setLanguageSetting('system');
  vi.unstubAllGlobals();
});

const LABELS = [
  'Wait while a camera is in use',
  'Wait while a microphone is in use',
  'Wait while do not disturb is on',
  'Wait while an app is full screen or presenting',
];

function withAgent(userAgent: string) {
  vi.stubGlobal('navigator', { ...navigator, userAgent, languages: ['en-GB'], language: 'en-GB' });
}

describe('desktopOs', () => {
  it.each([
    ['Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/140.0 Electron/45.5.0', 'windows'],
    ['Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 Electron/45.5.0', 'macos'],
    ['Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Electron/45.5.0', 'linux'],
  ])('%s → %s', (userAgent, os) => {
    expect(desktopOs({ userAgent })).toBe(os);
  });
});

describe('SettingsView: calls and presentations', () => {
  it('Linux: four switches, on by default, each saying what it reads; one turned off is saved at once', async () => {
    withAgent('Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Electron/45.5.0');
    const api = installFakeApi();
    render(SettingsView);
    await screen.findByText('Calls and presentations');
    // getByLabelText, not getByRole: role queries over the whole Settings form are slow in jsdom.
    for (const label of LABELS) {
      const input = screen.getByLabelText(label) as HTMLInputElement;
      expect([input.getAttribute('role'), input.checked]).toEqual(['switch', true]);
    }
    const mic = screen.getByLabelText('Wait while a microphone is in use');
    expect(mic.getAttribute('aria-describedby')).toBe('holdForMicrophone-hint');
    expect(document.getElementById('holdForMicrophone-hint')?.textContent).toMatch(/pactl/);
    expect(screen.getByText(/stays on this computer/)).toBeTruthy();
    await fireEvent.click(screen.getByLabelText('Wait while a camera is in use'));
    // Each valid field saves as it changes.
    await waitFor(() => expect(api.updateSettings).toHaveBeenCalledExactlyOnceWith({ holdForCamera: false }));
  });

  it('Windows: the texts name what Windows is asked', async () => {
    withAgent('Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Electron/45.5.0');
    installFakeApi();
    render(SettingsView);
    await screen.findByText('Calls and presentations');
    expect(document.getElementById('holdForCamera-hint')?.textContent).toMatch(/ConsentStore/);
    expect(document.getElementById('holdForFullscreen-hint')?.textContent).toMatch(/PowerShell/);
  });

  it('macOS: no switch, a plain note that nothing can be read and "In a meeting" instead', async () => {
    withAgent('Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 Electron/45.5.0');
    installFakeApi();
    render(SettingsView);
    await screen.findByText('Calls and presentations');
    for (const label of LABELS) expect(screen.queryByLabelText(label)).toBeNull();
    expect(screen.getByText(/nothing here can work on a Mac/).textContent).toContain('In a meeting');
  });
});
