// Reminder policy: when the next reminder is due, which snoozes the cap still allows, and how the tray looks.
// Rules from issue 2 and health-evidence.md part 2 (a): snooze 5/10/15, at most 2 in a row or 30 extra minutes
// (the user may make that cap stricter in Settings: snoozeMaxInRow, snoozeMaxExtraMin).
import type { Settings } from '../shared/settings';
import { SETTINGS_LIMITS } from '../shared/settings-limits';
import type { ReminderView, TrayState } from '../shared/tracker';
import { MINUTE_MS, wholeMinutes } from './time';
import {
  APPROACHING_MS,
  MAX_HOLD_MS,
  PERIOD_END_GRACE_MS,
  isStanding,
  type TrackerState,
} from './tracker-state';
import { currentOrNextPeriod, isWorkingTime } from './working-hours';

/** The evidence cap: the most snoozes in a row and extra minutes a setting may allow (settings only lower them). */
export const SNOOZE_MAX_CONSECUTIVE = SETTINGS_LIMITS.snoozeMaxInRow.max;
export const SNOOZE_MAX_EXTRA_MIN = SETTINGS_LIMITS.snoozeMaxExtraMin.max;

/** Wall ms at which the next reminder is due by the tracker's own rules, ignoring working hours; null without a bout. */
export function dueAt(s: TrackerState, settings: Settings): number | null {
  if (s.boutStart === null) return null;
  const threshold = settings.sitThresholdMin * MINUTE_MS;
  switch (s.reminder.basis) {
    case 'bout':
      return s.boutStart + threshold;
    case 'snooze':
      return s.reminder.basisAt;
    case 'skip':
    case 'period':
      return s.reminder.basisAt + threshold;
  }
}

/** The instant the current reminder series is measured from (a snooze's end, a skip, a period's start). */
function seriesStart(s: TrackerState): number | null {
  return s.reminder.basis === 'bout' ? s.boutStart : s.reminder.basisAt;
}

/**
 * The start of the working period containing `now` when the bout's reminder series began before it (sitting
 * or a snooze outside working hours does not count): the tracker re-bases the series there. Null otherwise.
 */
export function periodRebase(s: TrackerState, settings: Settings, now: number): number | null {
  if (!settings.workingHours.enabled || s.boutStart === null || s.reminder.phase === 'shown') return null;
  const period = currentOrNextPeriod(settings.workingHours, now);
  const from = seriesStart(s);
  if (period === null || period.start > now || from === null) return null;
  return from < period.start ? period.start : null;
}

/**
 * Wall ms the next reminder will be raised, with working hours applied: in the current (or next) working
 * period, counting only sitting inside it, and not in the last 5 minutes before it ends. Null when none is planned.
 */
export function plannedAt(s: TrackerState, settings: Settings, now: number): number | null {
  const due = dueAt(s, settings);
  if (due === null || s.boutStart === null || !settings.workingHours.enabled) return due;
  const period = currentOrNextPeriod(settings.workingHours, now);
  if (period === null) return null;
  const from = seriesStart(s) ?? s.boutStart;
  const planned =
    from < period.start ? Math.max(s.boutStart, period.start) + settings.sitThresholdMin * MINUTE_MS : due;
  return planned < period.end - PERIOD_END_GRACE_MS ? planned : null;
}

/** True while reminders are paused from the tray (a meeting "until I resume" has no end time). */
export function isPaused(s: TrackerState, now: number): boolean {
  if (s.pausedUntil === null) return s.pauseKind === 'meeting';
  return now < s.pausedUntil;
}

/** Whether a reminder may be raised now: reminders on, not paused, working time, and the user sitting at the computer. */
export function mayRemind(s: TrackerState, settings: Settings, now: number): boolean {
  return mayNudge(s, settings, now) && s.boutStart !== null && !isStanding(s);
}

/**
 * Whether a quiet cue (the long-standing suggestion) may come now: reminders on, not paused, working time, and the
 * user at the computer.
 */
export function mayNudge(s: TrackerState, settings: Settings, now: number): boolean {
  return (
    settings.remindersEnabled &&
    !isPaused(s, now) &&
    s.presence === 'present' &&
    isWorkingTime(settings.workingHours, now)
  );
}

/**
 * Snooze lengths still allowed: none once the snoozes allowed in a row were used (2 by default, 0: never), and
 * none that would pass the extra minutes allowed (30 by default). The settings can only be stricter than the
 * evidence cap; a larger value (never saved by core) is held to it all the same.
 */
export function allowedSnoozes(s: TrackerState, settings: Settings): number[] {
  const inRow = Math.min(settings.snoozeMaxInRow, SNOOZE_MAX_CONSECUTIVE);
  const extraMin = Math.min(settings.snoozeMaxExtraMin, SNOOZE_MAX_EXTRA_MIN);
  if (s.reminder.snoozeCount >= inRow) return [];
  return settings.snoozeOptionsMin.filter((m) => s.reminder.snoozeExtraMin + m <= extraMin);
}

/** The firm reminder comes once the snooze cap leaves no snooze to offer. */
export function isFirm(s: TrackerState, settings: Settings): boolean {
  return allowedSnoozes(s, settings).length === 0;
}

/** The end of the sitting counted so far: now, or when the user stood up (the clock stops while standing). */
function sittingUntil(s: TrackerState, now: number): number {
  return s.standingSince == null ? now : Math.min(now, s.standingSince);
}

export function sittingMs(s: TrackerState, now: number): number {
  return s.boutStart === null ? 0 : Math.max(0, sittingUntil(s, now) - s.boutStart);
}

/** How long the current standing spell has lasted (0 while sitting). */
export function standingMs(s: TrackerState, now: number): number {
  return s.standingSince == null ? 0 : Math.max(0, now - s.standingSince);
}

/** What the reminder window shows right now. */
export function reminderView(s: TrackerState, settings: Settings, now: number): ReminderView {
  const firm = isFirm(s, settings);
  return {
    sittingMin: wholeMinutes(sittingMs(s, now)),
    firm,
    snoozeOptionsMin: firm ? [] : allowedSnoozes(s, settings),
    shownAt: s.reminder.shownAt ?? now,
    breakMin: settings.breakSuggestedMin,
  };
}

/** Sitting that counts toward a reminder: the bout so far, from the start of the working period at most. */
export function countedSittingMs(s: TrackerState, settings: Settings, now: number): number {
  if (s.boutStart === null || !settings.workingHours.enabled) return sittingMs(s, now);
  const period = currentOrNextPeriod(settings.workingHours, now);
  if (period === null || period.start > now) return 0;
  return Math.max(0, sittingUntil(s, now) - Math.max(s.boutStart, period.start));
}

/**
 * Tray icon state at `now`: grey while reminders are off, paused or outside working hours; amber while a due
 * reminder is held for a call (red after the maximum hold).
 */
export function trayState(s: TrackerState, settings: Settings, now: number): TrayState {
  if (!settings.remindersEnabled || isPaused(s, now) || !isWorkingTime(settings.workingHours, now))
    return 'paused';
  if (s.boutStart === null || s.presence === 'away' || s.presence === 'walking') return 'fresh';
  // Standing: the sitting clock is stopped and no reminder comes until the user sits down.
  if (isStanding(s) && s.reminder.phase === 'none') return 'fresh';
  // Held for a call, presentation or do-not-disturb: amber ("soon"), red once the maximum hold has passed.
  const heldSince = s.reminder.phase === 'waiting' ? (s.reminder.heldSince ?? null) : null;
  if (heldSince !== null) return now - heldSince >= MAX_HOLD_MS ? 'overdue' : 'approaching';
  const threshold = settings.sitThresholdMin * MINUTE_MS;
  const sat = countedSittingMs(s, settings, now);
  if (s.reminder.phase !== 'none' || sat >= threshold) return 'overdue';
  const due = plannedAt(s, settings, now);
  if (sat >= threshold - APPROACHING_MS || (due !== null && now >= due - APPROACHING_MS))
    return 'approaching';
  return 'fresh';
}
