// Sitting reminders while the walking plan is paused or locked (health-evidence.md part 2 (c), "Pause and see a
// clinician", amended 2026-12-04): paused → reminders continue but suggest standing and moving gently, never the
// plan's walk; locked for urgent care → no sitting reminder at all, and the tray says so with the emergency advice.
import { describe, expect, it } from 'vitest';
import { trayModel, tooltipText } from '../../electron/core/tray-model';
import { reminderCopy } from '../../electron/shared/reminder-copy';
import type { OnboardingAnswers } from '../../electron/shared/break';
import { ENGLISH, GERMAN } from '../fakes/i18n';
import { localDayKey } from '../../electron/core/calendar';
import { MIN, Sim } from '../fakes/sim';
import { CALM } from './walk-fixtures';

const ONBOARD: OnboardingAnswers = { comfortableMinutes: 10, currentPain: 2, inFlare: false, advisory: [] };

function onboarded(): Sim {
  const sim = new Sim().start();
  sim.core.breaks.onboard(ONBOARD);
  return sim;
}

/** A walk whose answers tick a see-a-clinician item: the plan pauses. */
function pausePlan(sim: Sim): void {
  const breaks = sim.core.breaks;
  breaks.checkIn({ pain: 2, emergency: [] });
  breaks.startWalkTimer();
  sim.advance(7 * MIN, 'idle');
  breaks.endWalkTimer('completed');
  expect(breaks.submitAnswers({ ...CALM, clinician: ['night-pain'] }).programme?.status).toBe('paused');
}

describe('sitting reminders while the walking plan is paused or locked', () => {
  it('paused: the reminder still comes at 30 min, suggests moving gently, and never the plan walk', () => {
    const sim = onboarded();
    pausePlan(sim);
    const from = sim.wall;
    sim.advance(40 * MIN, 'reading');
    expect(sim.shownMinutes(from)).toEqual([30]);
    const view = sim.shown[0]!.view;
    expect(view.planPaused).toBe(true);
    expect(reminderCopy(view, ENGLISH)).toEqual({
      title: 'Time to get up: 30 minutes seated',
      body:
        'Time to stand up and move gently for a few minutes. Your walking plan is paused until a clinician has ' +
        'seen you; everyday moving is still good.',
    });
    expect(reminderCopy(view, GERMAN).body).toMatch(/^Zeit, aufzustehen und sich ein paar Minuten sanft/);
    expect(reminderCopy({ ...view, firm: true }, ENGLISH).body).toBe(reminderCopy(view, ENGLISH).body);
    expect(sim.snapshot()).toMatchObject({ plan: 'paused', reminder: { planPaused: true } });
    // The short walk stays: the paused break window offers it (shortWalkMin), no plan walk is planned.
    expect(sim.core.breaks.getState()).toMatchObject({ nextWalkMin: null, shortWalkMin: 3 });
  });

  it('locked: no sitting reminder in two hours, a reminder on screen is withdrawn, and clearance brings them back', () => {
    const sim = onboarded();
    sim.advance(31 * MIN, 'reading');
    expect(sim.snapshot().reminder).not.toBeNull();
    sim.core.breaks.checkIn({ pain: 1, emergency: ['chest-pain-breathless'] });
    expect(sim.snapshot()).toMatchObject({ plan: 'locked', reminder: null, nextReminderAt: null });
    expect(sim.snapshot().remindersEnabled).toBe(true);
    const before = sim.shown.length;
    sim.advance(120 * MIN, 'reading');
    expect(sim.shown.length).toBe(before);
    sim.advance(MIN, 'reading');
    sim.core.breaks.confirmClearance({ seenOn: localDayKey(sim.wall), level: 1 });
    expect(sim.snapshot().plan).toBeUndefined();
    sim.advance(31 * MIN, 'reading');
    expect(sim.shown.length).toBe(before + 1);
    expect(sim.shown.at(-1)!.view.planPaused).toBeUndefined();
  });

  it('the tray shows the locked state with the emergency advice, in both languages', () => {
    const sim = onboarded();
    sim.core.breaks.checkIn({ pain: 1, emergency: ['bladder'] });
    const snap = sim.snapshot();
    // Region unknown: every number; the user's region names its own (electron/shared/emergency.ts).
    const en = trayModel(snap, ENGLISH);
    expect(en.menu.slice(0, 2)).toEqual([
      { type: 'info', id: 'plan', label: 'Walking plan locked: please get an emergency check' },
      {
        type: 'info',
        id: 'plan-advice',
        label:
          'If you have not been checked yet, call your local emergency number (999 UK, 112 EU or 911 US/Canada) or go to A&E',
      },
    ]);
    expect(tooltipText(snap, ENGLISH)).toBe('WalkBreak: Walking plan locked: please get an emergency check');
    const de = trayModel(snap, GERMAN);
    expect(de.menu[0]).toMatchObject({
      label: 'Gehplan gesperrt: Bitte lassen Sie sich notfallmäßig untersuchen',
    });
    expect(de.menu[1]).toMatchObject({
      label: expect.stringMatching(/örtliche Notrufnummer an \(112 EU, 999 Vereinigtes Königreich oder 911/),
    });
    expect(trayModel(snap, ENGLISH, 'uk').menu[1]).toMatchObject({
      label: 'If you have not been checked yet, call your local emergency number (999 or 112) or go to A&E',
    });
    expect(trayModel(snap, GERMAN, 'eu').menu[1]).toMatchObject({
      label:
        'Falls noch nicht geschehen: Rufen Sie Ihre örtliche Notrufnummer an (112) oder gehen Sie in die Notaufnahme',
    });
  });

  it('the tray names who to see while paused; nothing extra while the plan is active', () => {
    const sim = onboarded();
    expect(trayModel(sim.snapshot(), ENGLISH).menu[0]).toMatchObject({ id: 'status' });
    pausePlan(sim);
    expect(trayModel(sim.snapshot(), ENGLISH).menu[0]).toEqual({
      type: 'info',
      id: 'plan',
      label: 'Walking plan paused: please see a GP or physiotherapist',
    });
  });

  it('a plan locked before the engine starts holds reminders from the first minute', () => {
    const first = onboarded();
    first.core.breaks.checkIn({ pain: 1, emergency: ['bowel'] });
    const again = new Sim({ start: first.wall, programme: first.programme }).start();
    again.advance(90 * MIN, 'reading');
    expect(again.shown).toEqual([]);
    expect(again.snapshot().plan).toBe('locked');
  });
});
