// "In a meeting" from the tray: reminders wait for 30, 60 or 90 minutes or until the user resumes, and a break is
// suggested right after it ends to a user who is still sitting. The tray menu and tooltip say what is going on.
import { describe, expect, it } from 'vitest';
import { trayModel, type TrayMenuItem } from '../../electron/core/tray-model';
import { runTrayCommand } from '../../electron/core/tray-commands';
import { ALL_HOURS, HOUR, MIN, SEC, Sim } from '../fakes/sim';
import { ENGLISH } from '../fakes/i18n';

/** The tray in English with British times (14:05), as the tests read it. */
const EN = ENGLISH;

/** Clicks a tray menu entry by its label path, as a user would. */
async function click(sim: Sim, ...path: string[]): Promise<void> {
  let items: TrayMenuItem[] = trayModel(sim.snapshot(), EN).menu;
  for (const [i, label] of path.entries()) {
    const item = items.find((it) => 'label' in it && it.label === label);
    if (!item) throw new Error(`no tray entry "${label}" in ${JSON.stringify(items.map((it) => it.id))}`);
    if (item.type === 'submenu') items = item.items;
    else if (item.type === 'item' && i === path.length - 1) {
      expect(item.enabled).toBe(true);
      await runTrayCommand(sim.core, item.command);
    }
  }
}

const labels = (sim: Sim) => trayModel(sim.snapshot(), EN).menu.map((it) => ('label' in it ? it.label : '—'));

describe('In a meeting', () => {
  it.each([
    ['For 30 minutes', 30],
    ['For 1 hour', 60],
    ['For 1½ hours', 90],
  ])('"%s" holds reminders, then suggests a break as soon as the meeting ends', async (label, minutes) => {
    const sim = new Sim({ settings: { sitThresholdMin: 60 } }).start();
    const t0 = sim.wall;
    sim.advance(20 * MIN, 'reading');
    await click(sim, 'In a meeting', label);
    expect(sim.snapshot()).toMatchObject({
      trayState: 'paused',
      pause: { until: t0 + (20 + minutes) * MIN, meeting: true },
    });
    expect(trayModel(sim.snapshot(), EN).tooltip).toMatch(
      /^WalkBreak: Sitting for 20 min \(in a meeting until \d\d:\d\d\)$/,
    );
    sim.advance((minutes + 10) * MIN, 'reading');
    expect(sim.shownMinutes(t0)).toEqual([20 + minutes]);
    expect(sim.shown[0]?.view).toMatchObject({ sittingMin: 20 + minutes, firm: false });
    expect(sim.ofType('reminders-paused')).toEqual([
      { type: 'reminders-paused', at: t0 + 20 * MIN, until: t0 + (20 + minutes) * MIN, reason: 'meeting' },
    ]);
  });

  it('the suggestion still waits for a pause in typing, at most a minute', async () => {
    const sim = new Sim({ settings: { sitThresholdMin: 60 } }).start();
    const t0 = sim.wall;
    sim.advance(20 * MIN, 'typing');
    await click(sim, 'In a meeting', 'For 30 minutes');
    sim.advance(40 * MIN, 'typing');
    expect(sim.shownMinutes(t0)).toEqual([51]);
  });

  it('"Until I resume" holds reminders for hours; "My meeting is over" suggests a break at once', async () => {
    const sim = new Sim().start();
    const t0 = sim.wall;
    sim.advance(10 * MIN, 'reading');
    await click(sim, 'In a meeting', 'Until I resume');
    expect(sim.snapshot()).toMatchObject({ pause: { until: null, meeting: true }, nextReminderAt: null });
    expect(trayModel(sim.snapshot(), EN).tooltip).toBe('WalkBreak: Sitting for 10 min (in a meeting)');
    sim.advance(2 * HOUR, 'reading');
    expect(sim.shown).toEqual([]);
    expect(labels(sim)).toContain('My meeting is over');
    expect(labels(sim)).not.toContain('In a meeting');
    await click(sim, 'My meeting is over');
    sim.advance(SEC, 'reading');
    expect(sim.shownMinutes(t0).map(Math.round)).toEqual([130]);
    expect(sim.snapshot().pause).toBeNull();
    expect(labels(sim)).toContain('In a meeting');
  });

  it('no suggestion for a user who left for the meeting: the time away was the break', async () => {
    const sim = new Sim().start();
    const t0 = sim.wall;
    sim.advance(20 * MIN, 'reading');
    await click(sim, 'In a meeting', 'For 1 hour');
    sim.advance(65 * MIN, 'idle').advance(40 * MIN, 'reading');
    // Back at 85 min: a new bout, reminded one threshold later.
    expect(sim.shownMinutes(t0).map(Math.round)).toEqual([115]);
  });

  it('no suggestion when the user sat down less than 15 minutes before the meeting ended', async () => {
    const sim = new Sim().start();
    const t0 = sim.wall;
    await click(sim, 'In a meeting', 'For 30 minutes');
    sim.advance(20 * MIN, 'idle').advance(50 * MIN, 'reading');
    const back = sim.ofType('break')[0]?.end ?? 0;
    expect(sim.shown.map((s) => s.at - back)).toEqual([30 * MIN]);
    expect(sim.shownMinutes(t0)).not.toContain(30);
  });

  it('a meeting "until I resume" survives a restart of the app', async () => {
    const sim = new Sim().start();
    await click(sim, 'In a meeting', 'Until I resume');
    sim.engine.stop();
    const restarted = new Sim({ start: sim.wall + MIN, persisted: sim.persisted }).start();
    expect(restarted.snapshot().pause).toEqual({ until: null, meeting: true });
  });

  it('pause until tomorrow is quiet: no suggestion when it ends, the reminder comes at the threshold', async () => {
    // Near midnight: reminders at any hour, so it is the pause that holds them.
    const sim = new Sim({ start: new Date(2026, 10, 2, 23, 35).getTime(), settings: ALL_HOURS }).start();
    await click(sim, 'Pause reminders until tomorrow');
    expect(trayModel(sim.snapshot(), EN).tooltip).toBe(
      'WalkBreak: Sitting for 0 min (reminders paused until 00:00)',
    );
    sim.advance(HOUR, 'reading');
    expect(sim.shown.map((s) => new Date(s.at).toTimeString().slice(0, 5))).toEqual(['00:05']);
  });

  it('the tray says when it is outside working hours', () => {
    const sim = new Sim({
      start: new Date(2026, 10, 2, 19, 0).getTime(),
      settings: {
        workingHours: {
          enabled: true,
          days: {
            mon: [{ start: '09:00', end: '17:00' }],
            tue: [],
            wed: [],
            thu: [],
            fri: [],
            sat: [],
            sun: [],
          },
        },
      },
    }).start();
    expect(trayModel(sim.snapshot(), EN)).toMatchObject({
      icon: 'paused',
      tooltip: 'WalkBreak: Sitting for 0 min (outside working hours)',
    });
  });
});
