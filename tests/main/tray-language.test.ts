// The tray speaks the user's language: with the language set to German (or a German system and "system"), the
// tooltip, status line and every menu item are German; switching the setting re-words the tray at once.
import { describe, expect, it, vi } from 'vitest';
import { bootstrap } from '../../electron/main/bootstrap';
import { trayModel } from '../../electron/core/tray-model';
import { createTranslator } from '../../electron/shared/i18n';
import { RESOURCES } from '../../electron/shared/i18n/resources';
import type { TrackerSnapshot } from '../../electron/shared/tracker';
import { bootstrapOptions, useMainTestEnv } from './helpers';
import { GERMAN } from '../fakes/i18n';

vi.mock('electron', () => ({ default: {} }));

const env = useMainTestEnv('walkbreak-tray-language-');
const MIN = 60_000;

const GERMAN_MENU = [
  'Sie sitzen seit 0 Min.',
  '---',
  'Jetzt einen Spaziergang beginnen',
  'In einer Besprechung',
  'Erinnerungen bis morgen pausieren',
  'Ich habe mich gerade bewegt',
  'Ich stehe',
  '---',
  'WalkBreak öffnen',
  'Einstellungen …',
  'Verlauf …',
  'Arbeitsplatz prüfen …',
  'Hilfe und Warnzeichen …',
  '---',
  'WalkBreak beenden',
];

describe('the tray in German', () => {
  it('language "de": tooltip and every menu item are German, the meeting submenu too', async () => {
    env.running = bootstrap(env.fake, bootstrapOptions(env.dir));
    await env.running.core.handlers['settings:update']({ language: 'de' });
    const tray = env.fake.tray();
    expect(tray.tooltip).toBe('WalkBreak: Sie sitzen seit 0 Min.');
    expect(tray.labels()).toEqual(GERMAN_MENU);
    expect(tray.menu?.find('meeting')?.submenu?.map((i) => i.label)).toEqual([
      'Für 30 Minuten',
      'Für 1 Stunde',
      'Für 1½ Stunden',
      'Bis ich fortsetze',
    ]);
  });

  it('a German system with the language left on "system" gets the German tray from the start', () => {
    env.fake.app.preferredLanguages = ['de-DE', 'en-GB'];
    env.running = bootstrap(env.fake, bootstrapOptions(env.dir));
    expect(env.fake.tray().labels()).toEqual(GERMAN_MENU);
  });

  it('German menu items still do what they say; switching back to English re-words the tray at once', async () => {
    env.fake.app.preferredLanguages = ['de-DE'];
    env.running = bootstrap(env.fake, bootstrapOptions(env.dir));
    const tray = env.fake.tray();
    env.fake.powerMonitor.typing(10);
    await vi.advanceTimersByTimeAsync(10 * MIN);
    tray.click('meeting-30');
    await vi.advanceTimersByTimeAsync(0);
    expect(tray.tooltip).toBe('WalkBreak: Sie sitzen seit 10 Min. (in einer Besprechung bis 09:40)');
    tray.click('Meine Besprechung ist vorbei');
    await vi.advanceTimersByTimeAsync(0);
    expect(env.running.core.engine.snapshot().pause).toBeNull();
    await env.running.core.handlers['settings:update']({ language: 'en' });
    expect(tray.tooltip).toMatch(/^WalkBreak: Sitting for 1\d min$/);
    expect(tray.labels()).toContain('Start a walk now');
  });
});

describe('trayModel wording', () => {
  const snapshot = (over: Partial<TrackerSnapshot>): TrackerSnapshot => ({
    at: 0,
    presence: 'present',
    sittingMs: 20 * MIN, // a whole 10-minute step: the menu (stepped) and the tooltip (exact) say the same
    sittingSince: 0,
    standingSince: null,
    standingMs: 0,
    trayState: 'fresh',
    reminder: null,
    nextReminderAt: null,
    pausedUntil: null,
    pause: null,
    remindersEnabled: true,
    idleUnreliable: false,
    outsideWorkingHours: false,
    snoozeCount: 0,
    hold: null,
    ...over,
  });
  const de = GERMAN;
  const enUS = createTranslator({ language: 'en', locale: 'en-US' }, RESOURCES);
  const until = new Date('2026-03-02T14:30:00Z').getTime(); // 14:30 in London (GMT)

  it.each<[Partial<TrackerSnapshot>, string]>([
    [{}, 'Sie sitzen seit 20 Min.'],
    [{ presence: 'walking' }, 'Sie machen einen Spaziergang'],
    [{ presence: 'away' }, 'Sie sind nicht am Platz (zählt als Pause)'],
    [{ presence: 'locked' }, 'Sie saßen 20 Min., bevor der Bildschirm gesperrt wurde'],
    [{ remindersEnabled: false }, 'Sie sitzen seit 20 Min. (Erinnerungen aus)'],
    [{ pause: { until, meeting: true } }, 'Sie sitzen seit 20 Min. (in einer Besprechung bis 14:30)'],
    [{ pause: { until: null, meeting: false } }, 'Sie sitzen seit 20 Min. (Erinnerungen pausiert)'],
    [{ outsideWorkingHours: true }, 'Sie sitzen seit 20 Min. (außerhalb der Arbeitszeit)'],
  ])('German status for %j: %s', (over, status) => {
    const model = trayModel(snapshot(over), de);
    expect(model.menu[0]).toMatchObject({ id: 'status', label: status });
    expect(model.tooltip).toBe(`WalkBreak: ${status}`);
  });

  it('times follow the locale: 2:30 PM for American English, and the resume item names it', () => {
    const model = trayModel(snapshot({ pause: { until, meeting: false } }), enUS);
    expect(model.tooltip).toBe('WalkBreak: Sitting for 20 min (reminders paused until 2:30 PM)');
    expect(model.menu.find((i) => i.id === 'resume')).toMatchObject({
      label: 'Resume reminders (reminders paused until 2:30 PM)',
    });
  });

  it('snooze offered on a reminder: "In 5 Min. erinnern"', () => {
    const reminder = { sittingMin: 30, firm: false, snoozeOptionsMin: [5, 10], shownAt: 0, breakMin: 3 };
    expect(trayModel(snapshot({ reminder }), de).menu.find((i) => i.id === 'snooze')).toMatchObject({
      label: 'In 5 Min. erinnern',
      command: { kind: 'snooze', minutes: 5 },
    });
  });
});

describe('the emergency number follows the system region (electron/shared/emergency.ts)', () => {
  async function lockPlan(): Promise<void> {
    const h = env.running!.core.handlers;
    await h['break:onboard']({ comfortableMinutes: 5, currentPain: 1, inFlare: false, advisory: [] });
    await h['break:check-in']({ pain: 1, emergency: ['bowel'] });
  }

  it('the OS country setting (Germany) wins over US English: the locked tray names 112 alone', async () => {
    env.fake.app.countryCode = 'DE';
    env.fake.app.preferredLanguages = ['en-US'];
    env.running = bootstrap(env.fake, bootstrapOptions(env.dir));
    expect(await env.running.core.handlers['app:get-region']({})).toEqual({ emergencyRegion: 'eu' });
    await lockPlan();
    expect(env.fake.tray().labels()).toContain(
      'If you have not been checked yet, call your local emergency number (112) or go to A&E',
    );
  });

  it('the regional format decides when the OS gives no country (Finland: 112)', async () => {
    env.fake.app.systemLocale = 'fi-FI';
    env.fake.app.preferredLanguages = ['fr-CA', 'en-US'];
    env.running = bootstrap(env.fake, bootstrapOptions(env.dir));
    expect(await env.running.core.handlers['app:get-region']({})).toEqual({ emergencyRegion: 'eu' });
  });

  it('nothing known: every number, the short line in the tray', async () => {
    env.fake.app.preferredLanguages = ['en'];
    env.running = bootstrap(env.fake, bootstrapOptions(env.dir));
    expect(await env.running.core.handlers['app:get-region']({})).toEqual({ emergencyRegion: null });
    await lockPlan();
    expect(env.fake.tray().labels()).toContainEqual(
      expect.stringMatching(
        /^If you have not been checked yet, call your local emergency number \(999 UK, 112 EU,? or 911 US\/Canada\) or go to A&E$/,
      ),
    );
  });
});
