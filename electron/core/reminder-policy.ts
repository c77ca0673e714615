// Reminder policy: when the next reminder is due, which snoozes the cap still allows, and how the tray looks.
// Rules from issue 2 and health-evidence.md part 2 (a): snooze 5/10/15, at most 2 in a row or 30 extra minutes.
import type { Settings } from '../shared/settings';
import type { ReminderView, TrayState } from '../shared/tracker';
import { MINUTE_MS, wholeMinutes } from './time';
import { APPROACHING_MS, type TrackerState } from './tracker-state';

export const SNOOZE_MAX_CONSECUTIVE = 2;
export const SNOOZE_MAX_EXTRA_MIN = 30;

/** Wall ms at which the next reminder is due, or null when there is no bout to remind about. */
export function dueAt(s: TrackerState, settings: Settings): number | null {
  if (s.boutStart === null) return null;
  const threshold = settings.sitThresholdMin * MINUTE_MS;
  switch (s.reminder.basis) {
    case 'bout':
      return s.boutStart + threshold;
    case 'snooze':
      return s.reminder.basisAt;
    case 'skip':
      return s.reminder.basisAt + threshold;
  }
}

/** True while reminders are paused from the tray. */
export function isPaused(s: TrackerState, now: number): boolean {
  return s.pausedUntil !== null && now < s.pausedUntil;
}

/** Whether a reminder may be raised now: reminders on, not paused, and the user sitting at the computer. */
export function mayRemind(s: TrackerState, settings: Settings, now: number): boolean {
  return settings.remindersEnabled && !isPaused(s, now) && s.presence === 'present' && s.boutStart !== null;
}

/** Snooze lengths still allowed: none once 2 snoozes in a row were used, and none that would pass 30 extra minutes. */
export function allowedSnoozes(s: TrackerState, settings: Settings): number[] {
  if (s.reminder.snoozeCount >= SNOOZE_MAX_CONSECUTIVE) return [];
  return settings.snoozeOptionsMin.filter((m) => s.reminder.snoozeExtraMin + m <= SNOOZE_MAX_EXTRA_MIN);
}

/** The firm reminder comes once the snooze cap leaves no snooze to offer. */
export function isFirm(s: TrackerState, settings: Settings): boolean {
  return allowedSnoozes(s, settings).length === 0;
}

export function sittingMs(s: TrackerState, now: number): number {
  return s.boutStart === null ? 0 : Math.max(0, now - s.boutStart);
}

/** What the reminder window shows right now. */
export function reminderView(s: TrackerState, settings: Settings, now: number): ReminderView {
  const firm = isFirm(s, settings);
  return {
    sittingMin: wholeMinutes(sittingMs(s, now)),
    firm,
    snoozeOptionsMin: firm ? [] : allowedSnoozes(s, settings),
    shownAt: s.reminder.shownAt ?? now,
  };
}

/** Tray icon state at `now`. */
export function trayState(s: TrackerState, settings: Settings, now: number): TrayState {
  if (!settings.remindersEnabled || isPaused(s, now)) return 'paused';
  if (s.boutStart === null || s.presence === 'away' || s.presence === 'walking') return 'fresh';
  const threshold = settings.sitThresholdMin * MINUTE_MS;
  const sat = sittingMs(s, now);
  if (s.reminder.phase !== 'none' || sat >= threshold) return 'overdue';
  const due = dueAt(s, settings);
  if (sat >= threshold - APPROACHING_MS || (due !== null && now >= due - APPROACHING_MS))
    return 'approaching';
  return 'fresh';
}
