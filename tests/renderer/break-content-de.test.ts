// The guided break's content screens in German: the check-in, the moves, the symptom check, the outcomes with the
// clinician summary, onboarding and the next-day check speak German throughout (no English text or ⟦key⟧ left),
// keep the emergency numbers and instructions, read the pain scale's ends aloud in German and write dates in
// German. jsdom's navigator.languages is English, so German comes from the language setting alone.
import { cleanup, render, screen, within } from '@testing-library/svelte';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { BreakState } from '../../electron/shared/break';
import { RESOURCES } from '../../electron/shared/i18n/resources';
import { setLanguageSetting } from '../../renderer/src/lib/i18n.svelte';
import { englishLeft } from './english-left';
import BreakView from '../../renderer/src/views/BreakView.svelte';
import { NOW, breakState, installFakeApi, ok, sessionView, walkEvaluation, type FakeApi } from './fake-api';

vi.setConfig({ testTimeout: 30_000 });

const DE = RESOURCES.de;
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
}

async function heading(name: string | RegExp): Promise<HTMLElement> {
  const h1 = await vi.waitFor(() => screen.getByRole('heading', { level: 1, name }));
  await vi.waitFor(() => expect(document.activeElement).toBe(h1));
  return h1;
}

/** Opens the break window on `state`; with `plan`, chooses the plan's walk (or its setup) first. */
async function open(state: BreakState, name: string | RegExp, plan = false): Promise<FakeApi> {
  const api = installFakeApi(undefined, undefined, state);
  render(BreakView);
  if (plan) {
    await heading(DE.break.choose.title);
    await user.click(
      screen.getByRole('button', { name: /Meinen 7-Minuten-Spaziergang starten|Meinen Plan einrichten/ }),
    );
  }
  await heading(name);
  return api;
}

const group = (name: string | RegExp) => screen.getByRole('group', { name });

/** From the cool-down to the answered symptom check (a comfortable walk, answered in German), then sent. */
async function answerAll(api: FakeApi, reply: BreakState): Promise<void> {
  await user.click(screen.getByRole('button', { name: DE.break.view.coolDown.skipAll }));
  await heading(DE.break.symptoms.title);
  const q = DE.content.postWalk;
  const pick = async (question: string, name: string) =>
    user.click(within(group(question)).getByRole('radio', { name }));
  await pick(q.Q1.text, '2');
  await pick(q.Q2.text, '3');
  await pick(q.Q3.text, 'Ja');
  // The fast path names every leg, back and warning-sign question; "not sure" asks each one.
  await pick(DE.break.symptoms.quick.legend, DE.break.symptoms.quick.some);
  await pick(q.Q4.text, 'Nein');
  await pick(q.Q5.text, 'Nein');
  await pick(q.Q6.text, 'Nein');
  await user.click(within(group(q.Q7.text)).getByRole('checkbox', { name: 'Nichts davon' }));
  await pick(q.Q8.text, 'Nein');
  await user.click(within(group(q.Q9.text)).getByRole('checkbox', { name: 'Nichts davon' }));
  await pick(q.Q10.text, 'Genau richtig');
  api.submitWalkAnswers.mockResolvedValueOnce(ok(reply));
  await user.click(screen.getByRole('button', { name: 'Was bedeutet das?' }));
}

describe('the break content in German', () => {
  it('checks in before the walk in German, with the emergency numbers and a German pain scale', async () => {
    const api = await open(breakState(), 'Kurzer Check, bevor Sie losgehen', true);
    expect(
      screen
        .getByText(/Heutiger Spaziergang:/)
        .textContent?.replace(/\s+/g, ' ')
        .trim(),
    ).toMatch(
      /^Zwei Fragen, etwa 10 Sekunden\. Heutiger Spaziergang: 7 Minuten, nach einem kurzen Aufwärmen\.$/,
    );
    const scale = within(group('Wie stark sind Ihre Rückenschmerzen gerade?'));
    expect(scale.getByRole('radio', { name: '0, keine Schmerzen' })).toBeTruthy();
    expect(scale.getByRole('radio', { name: '10, stärkste vorstellbare Schmerzen' })).toBeTruthy();
    const list = group('Haben Sie gerade eine dieser Beschwerden?');
    expect(list.textContent).toMatch(
      /örtliche Notrufnummer an \(112 in der EU, 999 im Vereinigten Königreich oder 911 in den USA und Kanada\)/,
    );
    expect(
      within(list).getByRole('checkbox', {
        name: 'Ein kürzlicher Sturz oder Unfall, nach dem Sie starke Rückenschmerzen haben',
      }),
    ).toBeTruthy();
    expect(
      within(list).getByRole('checkbox', { name: 'Taubheit oder Schwäche in beiden Beinen' }),
    ).toBeTruthy();
    expect(list.textContent).toMatch(/noch am selben Tag/);
    expect(list.textContent).toMatch(/jetzt in die Notaufnahme/);
    expect(within(list).getByRole('checkbox', { name: /„Reithosenanästhesie“/ })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Weiter' }));
    expect(screen.getByText('Bitte kreuzen Sie alles an, was zutrifft, oder „Nichts davon“.')).toBeTruthy();
    expectAllGerman();

    const urgent = walkEvaluation({
      outcome: 'urgent',
      zone: 'red',
      reasons: ['emergency-before-walk'],
      fired: ['emergency-before-walk'],
      painAfter: null,
      items: { before: ['bladder'], after: [], clinician: [] },
    });
    api.checkIn.mockResolvedValueOnce(
      ok(
        breakState({
          at: NOW + 1,
          programme: {
            level: 2,
            minutes: 7,
            status: 'locked',
            statusReasons: ['emergency-before-walk'],
            clearance: null,
          },
          nextWalkMin: null,
          session: sessionView('done', { evaluation: urgent }),
        }),
      ),
    );
    await user.click(within(list).getByRole('checkbox', { name: /Wasserlassen/ }));
    await user.click(screen.getByRole('button', { name: 'Weiter' }));
    await heading('Bitte lassen Sie sich jetzt als Notfall untersuchen');
    expect(
      screen.getByText(
        /^Rufen Sie Ihre örtliche Notrufnummer an \(112 in der EU, 999 im Vereinigten Königreich oder 911 in den USA und Kanada\)/,
      ),
    ).toBeTruthy();
    expect(screen.getByText(/Notaufnahme/, { selector: 'p.lead' })).toBeTruthy();
    expect(screen.getByText(/Nerven am unteren Ende der Wirbelsäule/)).toBeTruthy();
    expect(screen.queryByText(/Herz und Lunge/)).toBeNull();
    expect(screen.getByText(/Wasserlassen/, { selector: '.reasons li' })).toBeTruthy();
    expect(screen.getByText('Dringend')).toBeTruthy();
    expectAllGerman();
  });

  it('guides the warm-up in German: rules, the stop line, each move with its dose and timer', async () => {
    await open(breakState({ session: sessionView('ready') }), DE.break.view.warmUp.title);
    expect(screen.getByRole('note').textContent).toMatch(/stechende Schmerzen/);
    expect(screen.getByText(/Beginnen Sie mit der niedrigeren Zahl an Wiederholungen/)).toBeTruthy();
    expectAllGerman();
    await user.click(screen.getByRole('button', { name: 'Mit Übung 1 beginnen' }));
    await heading('Lockeres Gehen auf der Stelle');
    expect(screen.getByText('Übung 1 von 7')).toBeTruthy();
    expect(screen.getByText('60 Sekunden')).toBeTruthy();
    expect(screen.getByRole('img', { name: 'Zeichnung: Lockeres Gehen auf der Stelle' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Timer starten' })).toBeTruthy();
    expectAllGerman();
    await user.click(screen.getByRole('button', { name: 'Nächste Übung' }));
    await heading('Beckenkippen im Stehen');
    expect(
      screen.getByText('8–10 langsame Wiederholungen, an jedem Ende etwa 2 Sekunden innehalten'),
    ).toBeTruthy();
    expect(screen.getByText(/von 16 Wiederholungen|von 8 Wiederholungen/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Wiederholung zählen' })).toBeTruthy();
    expectAllGerman();
  });

  it('asks the symptom check in German and names what is missing', async () => {
    await open(
      breakState({ session: sessionView('answering', { endReason: 'back' }) }),
      DE.break.view.coolDown.title,
    );
    await user.click(screen.getByRole('button', { name: DE.break.view.coolDown.skipAll }));
    await heading('Wie ist der Spaziergang Ihrem Rücken bekommen?');
    expect(
      within(group('Sind Sie die ganze geplante Zeit gegangen?')).getByRole('radio', {
        name: 'Nein, ich habe wegen meines Rückens früher aufgehört',
      }),
    ).toHaveProperty('checked', true);
    await user.click(screen.getByRole('button', { name: 'Was bedeutet das?' }));
    expect(screen.getByRole('alert').textContent?.trim()).toBe('4 Fragen sind noch nicht beantwortet.');
    expect(screen.getAllByText('Bitte beantworten Sie diese Frage.')).toHaveLength(4);
    // The fast path's list names every item in German (the emergency items in their short form too).
    const list = group(DE.break.symptoms.quick.legend).textContent ?? '';
    for (const short of Object.values(DE.break.symptoms.quick.short.emergency)) expect(list).toContain(short);
    await user.click(screen.getByRole('radio', { name: DE.break.symptoms.quick.some }));
    await user.click(screen.getByRole('button', { name: 'Was bedeutet das?' }));
    expect(screen.getByRole('alert').textContent?.trim()).toBe('9 Fragen sind noch nicht beantwortet.');
    expectAllGerman();
  });

  it('asks a clinician visit in German, with the urgent-appointment note and a German summary', async () => {
    const verdict = walkEvaluation({
      outcome: 'see-clinician',
      zone: 'red',
      reasons: ['clinician-item', 'delta-3-4'],
      fired: ['clinician-item', 'delta-3-4'],
      urgentGp: true,
      delta: 3,
      painBefore: 2,
      painAfter: null,
      items: { before: [], after: [], clinician: ['fever-unwell'] },
    });
    const api = await open(breakState({ session: sessionView('answering') }), DE.break.view.coolDown.title);
    await answerAll(
      api,
      breakState({ at: NOW + 1, session: sessionView('done', { evaluation: verdict }), nextWalkMin: null }),
    );
    await heading('Bitte pausieren Sie den Gehplan und gehen Sie zur Physiotherapie oder zur Hausarztpraxis');
    expect(screen.getByText(/dringenden Termin in Ihrer Hausarztpraxis/)).toBeTruthy();
    // Germany's non-emergency service, never NHS 111; the urgent wording replaces "in den nächsten Tagen".
    expect(screen.getByText(/ärztlichen Bereitschaftsdienst unter 116 117/)).toBeTruthy();
    expect(screen.queryByText(/NHS 111/)).toBeNull();
    expect(screen.queryByText(/in den nächsten Tagen/)).toBeNull();
    expect(
      screen.getByText('Fieber oder ein allgemeines Krankheitsgefühl', { selector: '.reasons li' }),
    ).toBeTruthy();
    const summary = within(screen.getByRole('region', { name: 'Zusammenfassung zum Mitnehmen' }));
    expect(summary.getByText('2/10')).toBeTruthy();
    expect(summary.getByText('+3 Punkte')).toBeTruthy();
    expect(summary.getByText('nicht beantwortet')).toBeTruthy();
    expect(summary.getByText('Stufe 2 von 8')).toBeTruthy();
    expect(
      summary.getByText('Die Schmerzen stiegen während oder nach dem Spaziergang um 3 oder 4 Punkte.'),
    ).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Was Sie angegeben haben' })).toBeTruthy();
    expectAllGerman();
  });

  it('tells a green walk and the next walk in German', async () => {
    const api = await open(breakState({ session: sessionView('answering') }), DE.break.view.coolDown.title);
    await answerAll(
      api,
      breakState({
        at: NOW + 1,
        session: sessionView('done', { evaluation: walkEvaluation() }),
        nextWalkMin: 7,
      }),
    );
    await heading('Gut gemacht');
    expect(screen.getByText('Grün: weiter so')).toBeTruthy();
    expect(screen.getByText(/Nächster Spaziergang:/).textContent).toMatch(/7 Minuten\s+\(Stufe 2 von 8\)/);
    expectAllGerman();
  });

  it('sets up the plan in German, with the full disclaimer and German errors', async () => {
    const api = await open(
      breakState({ onboardingNeeded: true, programme: null, nextWalkMin: null }),
      'Richten wir Ihren Gehplan ein',
      true,
    );
    expect(screen.getByRole('option', { name: 'Ja: Spaziergänge von 5 Minuten' })).toBeTruthy();
    expect(screen.getByText(/kein Medizinprodukt/).textContent).toMatch(/112 in der EU/);
    await user.click(screen.getByRole('button', { name: 'Meinen Plan starten' }));
    expect(api.completeOnboarding).not.toHaveBeenCalled();
    expect(screen.getByText('Bitte beantworten Sie alle 8 Fragen.')).toBeTruthy();
    expect(screen.getByText(/Geben Sie eine ganze Zahl von 0 bis 120 Minuten ein/)).toBeTruthy();
    const pregnant = screen.getByRole('radiogroup', { name: 'Sind Sie schwanger?' });
    await user.click(within(pregnant).getByRole('radio', { name: 'Ja' }));
    expect(screen.getByRole('status').textContent).toMatch(/Hausärztin, Ihrem Hausarzt/);
    expectAllGerman();
  });

  it('asks the next-day check in German, with the walk’s date in German', async () => {
    await open(
      breakState({ pendingNextDay: { walkAt: NOW - 2 * 86_400_000, checkpoint: '48h' } }),
      'Wie geht es Ihrem Rücken heute?',
    );
    expect(screen.getByText(/Nachfrage zu Ihrem Spaziergang am Samstag, 28\. Februar\./)).toBeTruthy();
    expect(group(/vor Ihrem Spaziergang vor zwei Tagen/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Speichern' }));
    expect(screen.getByText('Bitte wählen Sie eine Antwort.')).toBeTruthy();
    expect(screen.getByText('Bitte wählen Sie eine Zahl.')).toBeTruthy();
    expectAllGerman();
  });
});
