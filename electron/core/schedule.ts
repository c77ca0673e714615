// When the engine must next look at the world: the one instant its single timer is armed for.
import type { Settings } from '../shared/settings';
import type { HoldView, TrackerSnapshot } from '../shared/tracker';
import {
  isPaused,
  mayRemind,
  plannedAt,
  reminderView,
  sittingMs,
  standingMs,
  trayState,
} from './reminder-policy';
import { MINUTE_MS } from './time';
import { currentOrNextPeriod, isWorkingTime } from './working-hours';
import {
  APPROACHING_MS,
  AWAY_SAMPLE_MS,
  HOLD_POLL_MS,
  LONG_STANDING_MS,
  MAX_HOLD_MS,
  MAX_REMINDER_DELAY_MS,
  MAX_WALK_MS,
  PRESENT_SAMPLE_MS,
  SAFETY_SAMPLE_MS,
  TYPING_POLL_MS,
  type TrackerState,
} from './tracker-state';

/**
 * Wall ms of the next instant anything can change: an idle sample (at most every 2 min while present, and exactly
 * when an absence could first reach the away threshold), the reminder or its typing-pause poll, the tray turning
 * "approaching", the end of a pause, or a safety check while locked, asleep or walking.
 */
export function nextWakeAt(s: TrackerState, settings: Settings): number {
  const now = s.lastWall;
  const candidates: number[] = [];
  if (s.pausedUntil !== null) candidates.push(s.pausedUntil);
  // The tray turns grey and back exactly when a working period ends and begins.
  const period = settings.workingHours.enabled ? currentOrNextPeriod(settings.workingHours, now) : null;
  if (period) candidates.push(period.start, period.end);
  switch (s.presence) {
    case 'present': {
      candidates.push(
        s.lastSampleAt + PRESENT_SAMPLE_MS,
        s.lastInputAt + settings.awayThresholdMin * MINUTE_MS,
      );
      if (s.reminder.phase === 'waiting' && (s.reminder.heldSince ?? null) !== null) {
        candidates.push(now + HOLD_POLL_MS);
      } else if (s.reminder.phase === 'waiting' && s.reminder.waitingSince !== null) {
        candidates.push(Math.min(now + TYPING_POLL_MS, s.reminder.waitingSince + MAX_REMINDER_DELAY_MS));
      }
      const due = plannedAt(s, settings, now);
      if (due !== null && s.reminder.phase === 'none' && mayRemind(s, settings, now)) {
        candidates.push(due, due - APPROACHING_MS);
      }
      if (s.standingSince != null && s.standingNudged !== true)
        candidates.push(s.standingSince + LONG_STANDING_MS);
      break;
    }
    case 'away':
      candidates.push(s.lastSampleAt + AWAY_SAMPLE_MS);
      break;
    case 'walking':
      candidates.push((s.absentSince ?? now) + MAX_WALK_MS);
      break;
    case 'locked':
    case 'asleep':
      candidates.push(now + SAFETY_SAMPLE_MS);
      break;
  }
  const future = candidates.filter((t) => t > now);
  return future.length ? Math.min(...future) : now + SAFETY_SAMPLE_MS;
}

/** Everything the tray, the reminder window and the renderer show, computed at `now`. */
export function snapshotOf(s: TrackerState, settings: Settings, now: number): TrackerSnapshot {
  const due = plannedAt(s, settings, now);
  const planned =
    settings.remindersEnabled &&
    s.presence !== 'away' &&
    s.presence !== 'walking' &&
    s.standingSince == null &&
    due !== null;
  return {
    at: now,
    presence: s.presence,
    sittingMs: sittingMs(s, shownSittingEnd(s, now)),
    sittingSince: s.boutStart,
    standingSince: s.standingSince ?? null,
    standingMs: standingMs(s, now),
    trayState: trayState(s, settings, now),
    reminder: s.reminder.phase === 'shown' ? reminderView(s, settings, now) : null,
    nextReminderAt: planned ? nextReminder(due, s, now) : null,
    pausedUntil: isPaused(s, now) ? s.pausedUntil : null,
    pause: isPaused(s, now) ? { until: s.pausedUntil, meeting: s.pauseKind === 'meeting' } : null,
    remindersEnabled: settings.remindersEnabled,
    outsideWorkingHours: !isWorkingTime(settings.workingHours, now),
    idleUnreliable: s.idleUnreliable === true,
    snoozeCount: s.reminder.snoozeCount,
    hold: holdOf(s, now),
  };
}

/**
 * Sitting stops counting when the screen locks or the machine sleeps: the tray and Home show the bout as it was at
 * that moment, not a number that grows all night. (A short lock that the user comes back from within 2 minutes
 * still counts as sitting once they are back: the bout goes on.)
 */
function shownSittingEnd(s: TrackerState, now: number): number {
  const stopped = (s.presence === 'locked' || s.presence === 'asleep') && s.absentSince !== null;
  return stopped ? Math.min(now, s.absentSince ?? now) : now;
}

/** A due reminder held because the user is busy (a call, a presentation, do-not-disturb, an app full screen). */
function holdOf(s: TrackerState, now: number): HoldView | null {
  const since = s.reminder.heldSince ?? null;
  if (s.reminder.phase !== 'waiting' || since === null) return null;
  const reasons = s.reminder.heldFor?.length ? s.reminder.heldFor : ['presentation' as const];
  return { since, reasons: [...reasons], long: now - since >= MAX_HOLD_MS };
}

/** A planned reminder held by a pause comes when the pause ends; a meeting "until I resume" has no time yet. */
function nextReminder(due: number, s: TrackerState, now: number): number | null {
  if (!isPaused(s, now)) return due;
  return s.pausedUntil === null ? null : Math.max(due, s.pausedUntil);
}
