// The guided break in German: with the language setting on Deutsch, the break window's screens (the choice of walk,
// the short walk, the timed walk, the rest day, the paused and the locked plan) speak German throughout: headings,
// buttons, labels, the window title, the step line, minutes in German plural forms, and no English text or ⟦key⟧
// left. jsdom's navigator.languages is ['en-US', 'en'], so 'system' is English here and German comes from the
// setting alone.
import { act, cleanup, render, screen } from '@testing-library/svelte';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { BreakState } from '../../electron/shared/break';
import { setLanguageSetting } from '../../renderer/src/lib/i18n.svelte';
import { englishLeft } from './english-left';
import BreakView from '../../renderer/src/views/BreakView.svelte';
import { NOW, breakState, installFakeApi, sessionView } from './fake-api';

vi.setConfig({ testTimeout: 30_000 });

let user: UserEvent;

beforeEach(() => {
  vi.useFakeTimers({ now: NOW });
  vi.spyOn(window, 'close').mockImplementation(() => {});
  user = userEvent.setup({ advanceTimers: (ms) => vi.advanceTimersByTime(ms) });
  setLanguageSetting('de');
});

afterEach(() => {
  cleanup();
  vi.useRealTimers();
  vi.restoreAllMocks();
  setLanguageSetting('system');
  delete window.walkbreak;
});

function expectAllGerman(): void {
  expect(englishLeft(document.body, ['common', 'break', 'content'])).toEqual([]);
  expect(document.documentElement.lang).toBe('de');
}

async function open(state: BreakState, heading: string): Promise<void> {
  installFakeApi(undefined, undefined, state);
  render(BreakView);
  const h1 = await vi.waitFor(() => screen.getByRole('heading', { level: 1, name: heading }));
  await vi.waitFor(() => expect(document.activeElement).toBe(h1));
}

describe('the break window in German', () => {
  it('offers the choice of walk in German, with the suggested break length', async () => {
    await open(breakState({ shortWalkMin: 5 }), 'Zeit, aufzustehen und zu gehen');
    expect(document.title).toBe('Zeit für einen Spaziergang – WalkBreak');
    expect(screen.getByText('5 Minuten in gemütlichem Tempo. Keine Fragen.')).toBeTruthy();
    expect(screen.getByRole('button', { name: '5 Minuten gehen' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Meinen 7-Minuten-Spaziergang starten' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Jetzt nicht' })).toBeTruthy();
    expectAllGerman();
  });

  it('shows the "Before you go" card of the check-in in German', async () => {
    await open(breakState(), 'Zeit, aufzustehen und zu gehen');
    await user.click(screen.getByRole('button', { name: 'Meinen 7-Minuten-Spaziergang starten' }));
    const h1 = await vi.waitFor(() =>
      screen.getByRole('heading', { level: 1, name: 'Kurzer Check, bevor Sie losgehen' }),
    );
    await vi.waitFor(() => expect(document.activeElement).toBe(h1));
    const card = screen.getByRole('region', { name: 'Bevor Sie losgehen' });
    expect(card.textContent).toContain('Bequeme Schuhe, die guten Halt geben');
    expect(card.textContent).toContain('Bleiben Sie vorerst auf ebenem, gleichmäßigem Untergrund.');
    expect(card.textContent).toContain('Hören Sie auf zu gehen und holen Sie Rat ein');
    expectAllGerman();
  });

  it('asks a new user to set up the plan in German', async () => {
    await open(
      breakState({ onboardingNeeded: true, programme: null, nextWalkMin: null }),
      'Zeit, aufzustehen und zu gehen',
    );
    expect(screen.getByRole('button', { name: 'Meinen Plan einrichten' })).toBeTruthy();
    expectAllGerman();
  });

  it('counts the short walk down in German and says when it is done (singular minute too)', async () => {
    await open(breakState({ shortWalkMin: 1 }), 'Zeit, aufzustehen und zu gehen');
    await user.click(screen.getByRole('button', { name: '1 Minute gehen' }));
    await vi.waitFor(() =>
      expect(screen.getByRole('heading', { level: 1 }).textContent?.trim()).toBe('1 Minute gehen'),
    );
    expect(screen.getByRole('timer', { name: 'Verbleibende Zeit' }).textContent?.trim()).toBe('1:00');
    expect(
      screen.getByText(/^Hören Sie auf zu gehen und holen Sie Rat ein, wenn die Schmerzen zunehmen/),
    ).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Vorzeitig beenden' })).toBeTruthy();
    expectAllGerman();
    await act(() => vi.advanceTimersByTime(60_000));
    expect(screen.getByRole('status').textContent).toBe('1 Minute geschafft. Gut gemacht!');
    expect(screen.getByRole('button', { name: 'Fertig' })).toBeTruthy();
    expectAllGerman();
  });

  it('guides the timed walk in German: step line, cue, pause and the question why it ended early', async () => {
    const walking = breakState({
      session: sessionView('walking', {
        walk: {
          phase: 'steady',
          walkedMs: 2 * 60_000,
          remainingMs: 5 * 60_000,
          progress: 2 / 7,
          paused: false,
          cue: 'head-up',
          briskAllowed: true,
        },
        nextChangeAt: NOW + 30_000,
      }),
    });
    await open(walking, 'Ihr Spaziergang von 7 Minuten');
    expect(document.title).toBe('Spaziergang – WalkBreak');
    expect(screen.getByRole('navigation', { name: 'Schritte der Pause' }).textContent).toMatch(
      /Schritt 3 von 5:\s*Spaziergang/,
    );
    expect(screen.getByRole('timer', { name: 'Verbleibende Zeit' }).textContent?.trim()).toBe('5:00');
    expect(screen.getByText('übrig')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Anhalten' })).toBeTruthy();
    expectAllGerman();
    await user.click(screen.getByRole('button', { name: 'Vorzeitig beenden' }));
    expect(screen.getByRole('group', { name: 'Warum beenden Sie den Spaziergang vorzeitig?' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Weitergehen' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Spaziergang beenden' })).toBeTruthy();
    expectAllGerman();
  });

  it('shows the rest day in German, offering the short walk of the chosen length', async () => {
    await open(breakState({ restDay: true, shortWalkMin: 4 }), 'Zeit, aufzustehen und zu gehen');
    await user.click(screen.getByRole('button', { name: 'Meinen 7-Minuten-Spaziergang starten' }));
    await vi.waitFor(() => expect(screen.getByRole('heading', { level: 1, name: 'Ruhetag' })).toBeTruthy());
    expect(screen.getByRole('button', { name: 'Stattdessen kurz 4 Minuten gehen' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Schließen' })).toBeTruthy();
    expectAllGerman();
  });

  it('explains a paused plan in German and offers the restart levels with German minutes', async () => {
    await open(
      breakState({
        programme: {
          level: 3,
          minutes: 10,
          status: 'paused',
          statusReasons: ['two-reds-14d'],
          clearance: { from: NOW + 60_000, earliestSeen: '2026-03-01', latestSeen: '2026-03-02' },
        },
        nextWalkMin: null,
      }),
      'Ihr Gehplan ist pausiert',
    );
    expectAllGerman();
    await user.click(
      screen.getByRole('button', { name: 'Ich wurde ärztlich oder physiotherapeutisch freigegeben' }),
    );
    const select = screen.getByRole('combobox', { name: /Wieder beginnen mit/ });
    const options = [...select.querySelectorAll('option')].map((o) => o.textContent?.trim());
    expect(options[0]).toBe('Stufe 1: 5 Minuten (empfohlen, sofern nicht anders geraten)');
    expect(options[1]).toBe('Stufe 2: 7 Minuten');
    expect(screen.getByRole('button', { name: 'Plan neu starten' })).toBeTruthy();
    expect(screen.getByLabelText('Wann wurden Sie untersucht?')).toBeTruthy();
    expect(screen.getByText(/angehalten wurde \(1\. März 2026\), bis heute/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Zusammenfassung speichern (PDF)' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Abbrechen' })).toBeTruthy();
    expectAllGerman();
  });

  it('says what to do about a locked plan in German', async () => {
    await open(
      breakState({
        programme: {
          level: 2,
          minutes: 7,
          status: 'locked',
          statusReasons: ['emergency-before-walk'],
          clearance: null,
        },
        nextWalkMin: null,
      }),
      'Ihr Gehplan ist gesperrt',
    );
    expect(document.title).toBe('Gehplan gesperrt – WalkBreak');
    expect(screen.getByText(/^Falls Sie noch nicht untersucht wurden:/)).toBeTruthy();
    expectAllGerman();
  });
});
