// Working hours as a setting: a patch with a bad range is refused with a message (nothing saved); a stored file
// with bad ranges is repaired to the nearest valid value, each repair listed once, everything else kept.
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, applySettingsPatch, repairSettings } from '../../electron/core/settings';
import { SettingsService } from '../../electron/core/settings-service';
import { DEFAULT_WORKING_HOURS, repairWorkingHours } from '../../electron/core/working-hours';
import type { Settings, TimeRange, WorkingHours } from '../../electron/shared/settings';
import { dayRangesProblem } from '../../electron/shared/settings-limits';
import { ENGLISH } from '../fakes/i18n';

/** Messages are asserted in English. */
const EN = ENGLISH;

const r = (start: string, end: string): TimeRange => ({ start, end });
const withMonday = (mon: unknown, enabled: unknown = true) => ({
  enabled,
  days: { ...DEFAULT_WORKING_HOURS.days, mon },
});

describe('day ranges', () => {
  it.each([
    [[], null],
    [[r('09:00', '12:30'), r('13:30', '17:30')], null],
    [[r('22:00', '02:00')], null],
    [[r('22:00', '00:00'), r('00:00', '06:00')], null],
    [[r('9:00', '12:00')], 'Enter times as hours and minutes, for example 09:00.'],
    [[r('09:00', '24:00')], 'Enter times as hours and minutes, for example 09:00.'],
    [[r('09:00', '09:00')], 'A time range must end at a different time than it starts.'],
    [[r('09:00', '12:30'), r('12:00', '17:00')], 'Time ranges on the same day must not overlap.'],
    [[r('20:00', '02:00'), r('23:00', '23:30')], 'Time ranges on the same day must not overlap.'],
    [
      [
        r('01:00', '02:00'),
        r('03:00', '04:00'),
        r('05:00', '06:00'),
        r('07:00', '08:00'),
        r('09:00', '10:00'),
      ],
      'Use at most 4 time ranges a day.',
    ],
  ])('%j → %s', (ranges, message) => {
    expect(dayRangesProblem(ranges, EN.t)).toBe(message);
  });
});

describe('a working-hours patch', () => {
  it('is saved when valid, and applies to the copy only', () => {
    const wh = withMonday([r('08:00', '12:00')]) as WorkingHours;
    const result = applySettingsPatch(DEFAULT_SETTINGS, { workingHours: wh }, EN.t);
    expect(result).toEqual({ ok: true, settings: { ...DEFAULT_SETTINGS, workingHours: wh } });
    wh.days.mon.push(r('13:00', '14:00'));
    expect(result.ok && result.settings.workingHours.days.mon).toEqual([r('08:00', '12:00')]);
  });

  it.each([
    [withMonday([r('09:00', '12:30'), r('12:00', '17:00')]), 'Time ranges on the same day must not overlap.'],
    [withMonday([r('09:00', '09:00')]), 'A time range must end at a different time than it starts.'],
    [withMonday([r('09:00', '17:00')], 'yes'), 'Working hours must be on or off.'],
    [withMonday('all day'), 'Working hours need a list of start and end times for each day.'],
    [
      { enabled: true, days: { ...DEFAULT_WORKING_HOURS.days, funday: [] } },
      'Working hours contain an unknown day.',
    ],
  ])('is refused with a message: %j', (workingHours, message) => {
    const result = applySettingsPatch(DEFAULT_SETTINGS, { workingHours: workingHours as WorkingHours }, EN.t);
    expect(result).toEqual({ ok: false, issues: [{ field: 'workingHours', message }] });
  });
});

describe('stored working hours', () => {
  it('are repaired to the nearest valid value: bad ranges dropped, overlaps merged, at most 4 kept', () => {
    const repaired = repairWorkingHours({
      enabled: true,
      days: {
        mon: [r('13:00', '17:00'), r('09:00', '12:30'), r('12:00', '14:00'), r('25:00', '26:00'), 'noon'],
        tue: [
          r('01:00', '02:00'),
          r('03:00', '04:00'),
          r('05:00', '06:00'),
          r('07:00', '08:00'),
          r('09:00', '10:00'),
        ],
        wed: 'closed',
        sat: [r('20:00', '02:00'), r('23:00', '23:30')],
      },
    });
    expect(repaired.enabled).toBe(true);
    expect(repaired.days.mon).toEqual([r('09:00', '17:00')]);
    expect(repaired.days.tue).toHaveLength(4);
    expect(repaired.days.wed).toEqual(DEFAULT_WORKING_HOURS.days.wed);
    expect(repaired.days.sat).toEqual([r('20:00', '02:00')]);
    expect(repaired.days.sun).toEqual([]);
  });

  it('a settings file with bad hours keeps every other setting and lists the repair once', () => {
    const stored = {
      sitThresholdMin: 45,
      snoozeOptionsMin: [10],
      workingHours: withMonday([r('09:00', '12:30'), r('12:00', '17:00')]),
    };
    const { settings, repaired } = repairSettings(stored, EN.t);
    expect(settings).toMatchObject({ sitThresholdMin: 45, snoozeOptionsMin: [10] });
    expect(settings.workingHours.days.mon).toEqual([r('09:00', '17:00')]);
    expect(repaired).toEqual([
      { field: 'workingHours', message: 'Time ranges on the same day must not overlap.' },
    ]);

    let saved: Settings | undefined;
    const first = new SettingsService({ load: () => stored, save: (s) => (saved = s) }, () => EN);
    expect(first.repairedOnLoad).toHaveLength(1);
    const second = new SettingsService({ load: () => saved, save: () => {} }, () => EN);
    expect(second.repairedOnLoad).toEqual([]);
    expect(second.get()).toEqual(first.get());
  });

  it('a settings file from before working hours existed keeps reminders at any hour, with nothing to repair', () => {
    const { settings, repaired } = repairSettings({ sitThresholdMin: 40, awayThresholdMin: 5 }, EN.t);
    expect(settings.workingHours).toEqual({ ...DEFAULT_WORKING_HOURS, enabled: false });
    expect(repaired).toEqual([]);
  });

  it('with nothing stored, working hours are on: 09:00–17:30 Monday to Friday, weekends free', () => {
    const { settings, repaired } = repairSettings(undefined, EN.t);
    const office = [{ start: '09:00', end: '17:30' }];
    expect(settings.workingHours).toEqual({
      enabled: true,
      days: { mon: office, tue: office, wed: office, thu: office, fri: office, sat: [], sun: [] },
    });
    expect(DEFAULT_SETTINGS.workingHours).toEqual(settings.workingHours);
    expect(repaired).toEqual([]);
  });

  it('a file saved with working hours off keeps them off, and one saved with its own hours keeps those', () => {
    const off = { ...DEFAULT_WORKING_HOURS, enabled: false };
    expect(repairSettings({ workingHours: off }, EN.t).settings.workingHours).toEqual(off);
    const early = {
      enabled: true,
      days: { ...DEFAULT_WORKING_HOURS.days, mon: [{ start: '07:00', end: '15:00' }] },
    };
    expect(repairSettings({ workingHours: early }, EN.t).settings.workingHours).toEqual(early);
  });
});

describe('shortcuts setting', () => {
  it.each([
    [{ snooze: 'Ctrl+Alt+S', startWalk: null }, null],
    [
      { snooze: 'S', startWalk: null },
      'Use one or more of Ctrl, Alt, Shift or Super with one key, for example Ctrl+Alt+W.',
    ],
    [{ snooze: 'Ctrl+Ctrl+S', startWalk: null }, 'Use each modifier once.'],
    [{ snooze: 'Alt+F5', startWalk: 'Alt+F5' }, 'Snooze and Start a walk need different shortcuts.'],
  ])('%j → %s', (shortcuts, message) => {
    const result = applySettingsPatch(DEFAULT_SETTINGS, { shortcuts }, EN.t);
    expect(result.ok ? null : result.issues[0]?.message).toBe(message);
  });

  it('a stored duplicate keeps Snooze and turns Start a walk off', () => {
    const { settings } = repairSettings({ shortcuts: { snooze: 'Alt+F5', startWalk: 'Alt+F5' } }, EN.t);
    expect(settings.shortcuts).toEqual({ snooze: 'Alt+F5', startWalk: null });
  });
});
