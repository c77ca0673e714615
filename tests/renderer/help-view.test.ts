// Help (issue 14): one click from every view's footer, Home, the tray and the break window; it lists the warning
// signs (emergency and see-a-clinician), when to stop, what the app does and does not do, what the outcomes mean,
// the full disclaimer and the sources, in English and German. In the break window it opens in place, so the
// break keeps its step.
import { cleanup, render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CLINICIAN_CHOICES, OUTCOME_COPY, PRE_WALK_CHOICES } from '../../electron/shared/break-content';
import HelpLink from '../../renderer/src/components/HelpLink.svelte';
import { backFromHelp } from '../../renderer/src/lib/help';
import { setLanguageSetting } from '../../renderer/src/lib/i18n.svelte';
import { setEmergencyRegion } from '../../renderer/src/lib/emergency.svelte';
import { emergencyNumbers } from '../../electron/shared/emergency';
import BreakView from '../../renderer/src/views/BreakView.svelte';
import DeskCheckView from '../../renderer/src/views/DeskCheckView.svelte';
import HelpView from '../../renderer/src/views/HelpView.svelte';
import HistoryView from '../../renderer/src/views/HistoryView.svelte';
import HomeView from '../../renderer/src/views/HomeView.svelte';
import SettingsView from '../../renderer/src/views/SettingsView.svelte';
import { ENGLISH } from '../fakes/i18n';
import { englishLeft } from './english-left';
import { NOW, breakState, installFakeApi, snapshot } from './fake-api';

vi.setConfig({ testTimeout: 30_000 });

const { t: en } = ENGLISH;

afterEach(() => {
  cleanup();
  vi.useRealTimers();
  setLanguageSetting('system');
  setEmergencyRegion(null);
  delete window.walkbreak;
});

async function openHelp(): Promise<void> {
  installFakeApi(snapshot());
  render(HelpView);
  const h1 = await vi.waitFor(() => screen.getByRole('heading', { level: 1, name: /^(Help|Hilfe)$/ }));
  await vi.waitFor(() => expect(document.activeElement).toBe(h1));
}

const listUnder = (heading: string) =>
  within(screen.getByRole('region', { name: heading }))
    .getAllByRole('listitem')
    .map((li) => li.textContent);

describe('the Help view', () => {
  it('lists every emergency and see-a-clinician sign the break asks about, the outcomes and the disclaimer', async () => {
    // Main said the user is in the EU: 112 after "your local emergency number", the other numbers not at all.
    setEmergencyRegion('eu');
    const EU = emergencyNumbers('eu', ENGLISH);
    await openHelp();
    expect(document.body.textContent).not.toMatch(/999|911/);
    const emergency = listUnder('Get emergency help now');
    for (const c of PRE_WALK_CHOICES) expect(emergency).toContain(en(c.label));
    expect(
      within(screen.getByRole('region', { name: 'Get emergency help now' })).getByText(
        en('content:emergencyBanner', EU),
      ),
    ).toBeTruthy();
    const clinician = listUnder('Pause the plan and see a physio or GP soon');
    for (const c of CLINICIAN_CHOICES) expect(clinician).toContain(en(c.label));
    expect(screen.getByText(en('content:walkStopIf'))).toBeTruthy();
    expect(screen.getByText(en('content:disclaimer.full', EU))).toBeTruthy();
    for (const o of Object.values(OUTCOME_COPY)) expect(screen.getByText(en(o.title))).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'What WalkBreak does not do' })).toBeTruthy();
    expect(screen.getByText(/NICE guideline NG59/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Back' }).getAttribute('href')).toBe('?view=main');
  });

  it('speaks German throughout, with 116 117 and never NHS 111', async () => {
    setLanguageSetting('de');
    await openHelp();
    expect(englishLeft(document.body, ['common', 'help', 'content'])).toEqual([]);
    expect(document.body.textContent).toContain('116 117');
    expect(document.body.textContent).not.toMatch(/NHS 111/);
    expect(screen.getByRole('link', { name: 'Zurück' })).toBeTruthy();
  });

  it('Back returns to the view Help was opened from, and only to one of ours', () => {
    const from = (search: string) => `?view=help&back=${encodeURIComponent(search)}`;
    expect(backFromHelp(from('?view=settings&from=main'))).toBe('?view=settings&from=main');
    expect(backFromHelp(from('?view=history'))).toBe('?view=history');
    expect(backFromHelp(from('https://example.com/?view=main'))).toBe('?view=main');
    expect(backFromHelp(from('?view=help'))).toBe('?view=main');
    expect(backFromHelp(from('?view=nonsense'))).toBe('?view=main');
    expect(backFromHelp('?view=help')).toBe('?view=main');
  });
});

describe('the Help link in every view of the main window', () => {
  it.each([
    ['Home', HomeView],
    ['Settings', SettingsView],
    ['History', HistoryView],
    ['Desk', DeskCheckView],
  ] as const)('%s has the footer link to Help', async (_name, View) => {
    vi.useFakeTimers({ now: NOW, toFake: ['Date'] });
    installFakeApi(snapshot());
    render(View);
    const link = await vi.waitFor(() => screen.getByRole('link', { name: 'Help and warning signs' }));
    expect(link.getAttribute('href')).toMatch(/^\?view=help&back=/);
  });

  it('the link carries the page it was opened from, so Back returns there', () => {
    window.history.replaceState(null, '', '/?view=history');
    render(HelpLink);
    const href = screen.getByRole('link', { name: 'Help and warning signs' }).getAttribute('href')!;
    expect(backFromHelp(href)).toBe('?view=history');
    window.history.replaceState(null, '', '/');
  });
});

describe('Help in the break window', () => {
  it('opens in place from the footer and Back returns to the same step, focus on its heading', async () => {
    vi.useFakeTimers({ now: NOW });
    const user = userEvent.setup({ advanceTimers: (ms) => vi.advanceTimersByTime(ms) });
    installFakeApi(undefined, undefined, breakState());
    render(BreakView);
    const first = await vi.waitFor(() =>
      screen.getByRole('heading', { level: 1, name: 'Time to stand up and walk' }),
    );
    await user.click(screen.getByRole('button', { name: 'Help and warning signs' }));
    const help = await vi.waitFor(() => screen.getByRole('heading', { level: 1, name: 'Help' }));
    expect(document.activeElement).toBe(help);
    expect(screen.queryByRole('heading', { name: 'Time to stand up and walk' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Back to the break' }));
    await vi.waitFor(() => expect(document.activeElement).toBe(first));
  });
});
