// Restoring the tracker after the app (re)starts: validate what was stored, then treat the time the app was
// closed like any other absence. Bad stored data never throws; it starts a fresh bout and says why.
import type { Settings } from '../shared/settings';
import type { Effect } from './tracker';
import { DAY_MS, MINUTE_MS, startOfNextLocalDay } from './time';
import {
  freshReminder,
  initialState,
  sitDown,
  type PersistedTracker,
  type TrackerState,
} from './tracker-state';

const PRESENCES = new Set(['present', 'away', 'locked', 'asleep', 'walking']);
/** The largest wall time a Date can hold (ECMA-262 §21.4.1.1): anything beyond cannot be a time. */
const MAX_DATE_MS = 8.64e15;
const isNum = (v: unknown): v is number => typeof v === 'number' && Math.abs(v) <= MAX_DATE_MS;
/** The longest pause a meeting can ask for (the tray's longest meeting pause). */
export const MAX_MEETING_PAUSE_MS = 90 * MINUTE_MS;

/**
 * A restored pause ends no later than its kind allows: a meeting at most 90 minutes from now, a pause for the
 * rest of the day at the next local midnight. A file saying "paused until 2100" does not silence reminders.
 */
function cappedPause(until: number, kind: 'meeting' | 'rest-of-day', now: number): number {
  return Math.min(until, kind === 'meeting' ? now + MAX_MEETING_PAUSE_MS : startOfNextLocalDay(now));
}
const isNumOrNull = (v: unknown) => v === null || isNum(v);

/** Structural check of a stored tracker; returns a reason when it cannot be used. */
export function checkPersisted(
  raw: unknown,
): { ok: true; value: PersistedTracker } | { ok: false; reason: string } {
  if (raw === null || typeof raw !== 'object') return { ok: false, reason: 'not an object' };
  const p = raw as Partial<PersistedTracker>;
  if (p.version !== 1) return { ok: false, reason: `unknown version ${String(p.version)}` };
  if (!isNum(p.savedAt)) return { ok: false, reason: 'savedAt is not a time' };
  const s = p.state as Partial<TrackerState> | undefined;
  if (!s || typeof s !== 'object') return { ok: false, reason: 'state missing' };
  const r = s.reminder;
  const valid =
    PRESENCES.has(String(s.presence)) &&
    isNumOrNull(s.boutStart) &&
    isNumOrNull(s.absentSince) &&
    isNum(s.lastInputAt) &&
    isNum(s.lastSampleAt) &&
    isNumOrNull(s.pausedUntil) &&
    (s.standingSince === undefined || isNumOrNull(s.standingSince)) &&
    [undefined, null, 'meeting', 'rest-of-day'].includes(s.pauseKind) &&
    !!r &&
    typeof r === 'object' &&
    ['none', 'waiting', 'shown'].includes(String(r.phase)) &&
    ['bout', 'snooze', 'skip', 'period'].includes(String(r.basis)) &&
    isNum(r.basisAt) &&
    isNum(r.snoozeCount) &&
    isNum(r.snoozeExtraMin);
  return valid
    ? { ok: true, value: p as PersistedTracker }
    : { ok: false, reason: 'state has invalid fields' };
}

/**
 * The state to continue with at `now`. A gap shorter than the away threshold continues the bout (a quick
 * restart); a longer one ends it at the last moment the app saw the user. A reminder that was on screen
 * comes back once; a walk left open is closed as not completed.
 */
export function restoreTracker(
  raw: unknown,
  now: number,
  mono: number,
  settings: Settings,
): { state: TrackerState; effects: Effect[]; problem: string | null } {
  if (raw === null || raw === undefined)
    return { state: initialState(now, mono), effects: [], problem: null };
  const checked = checkPersisted(raw);
  if (!checked.ok) return { state: initialState(now, mono), effects: [], problem: checked.reason };
  const { savedAt, state: saved } = checked.value;
  const effects: Effect[] = [];
  const seen = Math.min(savedAt, now);
  // A bout restored from the file is at most a day long (a start decades ago is a damaged value, not sitting).
  const boutStart =
    saved.boutStart === null ? null : Math.max(Math.min(saved.boutStart, seen), seen - DAY_MS);
  const fresh = initialState(now, mono);
  // A timed pause still running, or a meeting "until I resume", survives a restart (older files have no kind).
  const timed = saved.pausedUntil !== null && saved.pausedUntil > now;
  const untilResumed = saved.pausedUntil === null && saved.pauseKind === 'meeting';
  const pauseKind = timed ? (saved.pauseKind ?? 'rest-of-day') : untilResumed ? 'meeting' : null;
  const pausedUntil = timed && pauseKind ? cappedPause(saved.pausedUntil!, pauseKind, now) : null;
  if (saved.presence === 'walking' && saved.absentSince !== null) {
    const start = Math.min(saved.absentSince, seen);
    effects.push({ type: 'record', event: { type: 'walk-ended', at: seen, start, completed: false } });
  }
  const continues =
    saved.presence === 'present' && boutStart !== null && now - seen < settings.awayThresholdMin * MINUTE_MS;
  if (continues) {
    const reminder = { ...saved.reminder, phase: 'none' as const, waitingSince: null, shownAt: null };
    // Still standing after a quick restart; a spell "from the future" (clock set back) starts now.
    const standing =
      saved.standingSince != null
        ? { standingSince: Math.min(saved.standingSince, now), standingNudged: saved.standingNudged === true }
        : {};
    return {
      state: {
        ...fresh,
        boutStart: Math.min(boutStart ?? now, now),
        reminder,
        pausedUntil,
        pauseKind,
        ...standing,
        // A quick restart within the bout never brings its posture reset twice.
        ...(saved.postureDone === true && { postureDone: true }),
      },
      effects,
      problem: null,
    };
  }
  // A standing spell ends when the app was last seen; the bout holds only the time sat.
  const { state: sat, spell } = sitDown({ ...saved, boutStart }, seen);
  if (spell && saved.presence === 'present')
    effects.push({ type: 'record', event: { type: 'standing', at: spell.end, ...spell } });
  if (sat.boutStart !== null && seen > sat.boutStart && saved.presence === 'present') {
    effects.push({
      type: 'record',
      event: { type: 'sitting-bout', at: seen, start: sat.boutStart, end: seen, endedBy: 'app-closed' },
    });
  }
  return { state: { ...fresh, reminder: freshReminder(), pausedUntil, pauseKind }, effects, problem: null };
}
