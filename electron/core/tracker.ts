// The sitting tracker as one pure step: step(state, input, context) → { state, effects }.
// Times are wall-clock ms; the monotonic reading only tells real elapsed time from clock changes.
import { POSTURE_RESETS, type DeskCue } from '../shared/desk-cue';
import type { Settings } from '../shared/settings';
import type { HoldReason, PauseLength, ReminderView } from '../shared/tracker';
import type { ExpiredReason, HistoryEvent, SkipVia, WalkSource } from '../shared/history';
import type { IdleSample } from './ports';
import {
  allowedSnoozes,
  isFirm,
  mayNudge,
  isPaused,
  mayRemind,
  periodRebase,
  plannedAt,
  reminderView,
} from './reminder-policy';
import { MINUTE_MS, startOfNextLocalDay, wholeMinutes } from './time';
import {
  CLOCK_JUMP_TOLERANCE_MS,
  LOCK_BREAK_MS,
  LONG_STANDING_MS,
  POSTURE_REMINDER_GAP_MS,
  BUSY_ANSWER_WAIT_MS,
  MAX_REMINDER_DELAY_MS,
  MAX_WALK_MS,
  MEETING_SUGGESTION_MIN_SITTING_MS,
  MIN_BREAK_MS,
  TYPING_PAUSE_SEC,
  freshReminder,
  isStanding,
  shiftState,
  sitDown,
  type AbsenceCause,
  type ReminderState,
  type TrackerState,
} from './tracker-state';

/** Everything that can happen to the tracker. */
export type TrackerInput =
  | { kind: 'wake' }
  | { kind: 'lock' }
  | { kind: 'unlock' }
  | { kind: 'suspend' }
  | { kind: 'resume' }
  | { kind: 'moved' }
  /** "I'm standing" at a sit-stand desk, and sitting down again. */
  | { kind: 'stand' }
  | { kind: 'sit' }
  | { kind: 'start-walk'; source: WalkSource }
  /** `declined`: the user left before walking ("Not now", the window closed before the timer): never a break. */
  | { kind: 'end-walk'; completed: boolean; declined?: boolean }
  | { kind: 'snooze'; minutes: number }
  | { kind: 'skip'; via: SkipVia }
  /** `until` null: until the user resumes; `meeting`: suggest a break when the pause ends. */
  | { kind: 'pause'; until: number | null; meeting: boolean }
  | { kind: 'resume-reminders' }
  | { kind: 'settings' };

export interface StepContext {
  /** Wall-clock ms now. */
  wall: number;
  /** Monotonic ms now. */
  mono: number;
  /** Idle reading taken now, or null when none was taken. */
  sample: IdleSample | null;
  settings: Settings;
  /**
   * The busy sources (calls, presentations, do-not-disturb), or null/absent when none is on: then reminders are
   * never held for them. `answer` is the latest look the engine got back, with the instant it was asked.
   */
  busy?: { answer: BusyAnswer | null } | null;
  /**
   * The engine's interruptionHold() (issue 16), asked only when a posture reset may be due: [] free, reasons busy,
   * null not known yet. Absent: free.
   */
  interruption?: HoldReason[] | null;
}

/** What a look at the busy sources found, and when it was asked (the tracker matches it to its own question). */
export interface BusyAnswer {
  askedAt: number;
  reasons: HoldReason[];
}

/** What the engine must do after a step, in order. */
export type Effect =
  | { type: 'record'; event: HistoryEvent }
  | { type: 'show-reminder'; view: ReminderView }
  | { type: 'hide-reminder' }
  | { type: 'open-break' }
  /** A quiet cue (a notification, never a window): the suggestion after a long standing spell. */
  | { type: 'cue'; cue: DeskCue }
  /** Ask the busy sources (asynchronously); the answer is used at the next step. */
  | { type: 'check-busy' };

export interface StepResult {
  state: TrackerState;
  effects: Effect[];
}

/** One step: reconcile the clocks, apply the idle sample and the input, then settle pause and reminder. */
export function step(prev: TrackerState, input: TrackerInput, ctx: StepContext): StepResult {
  const fx: Effect[] = [];
  const { state: reconciled, slept } = reconcileClock(prev, input, ctx, fx);
  let s = reconciled;
  const wakes = input.kind === 'resume' || slept || (input.kind === 'wake' && s.presence === 'asleep');
  if (wakes) s = resume(s, ctx.wall, fx);
  else if (ctx.sample && SAMPLED.has(input.kind)) s = applySample(s, ctx.sample, ctx, fx);
  if (!wakes || input.kind !== 'resume') s = applyInput(s, input, ctx, fx);
  s = settlePause(s, ctx.wall, fx);
  s = settleWorkingPeriod(s, ctx);
  s = settleReminder(s, ctx, fx);
  s = settleStanding(s, ctx, fx);
  s = settlePosture(s, ctx, fx);
  return { state: { ...s, lastWall: ctx.wall, lastMono: ctx.mono }, effects: fx };
}

/** Inputs during which an idle reading describes the user (not lock/suspend transitions). */
const SAMPLED = new Set<TrackerInput['kind']>([
  'wake',
  'moved',
  'stand',
  'sit',
  'start-walk',
  'snooze',
  'skip',
  'pause',
  'resume-reminders',
  'settings',
]);

/**
 * Wall time that moved differently from monotonic time means the clock was changed, or the machine slept
 * without telling us. A forward gap the idle counter covers was a sleep; anything else shifts our instants.
 */
function reconcileClock(s: TrackerState, input: TrackerInput, ctx: StepContext, fx: Effect[]) {
  if (input.kind === 'resume' || s.presence === 'asleep') return { state: s, slept: false };
  const skew = ctx.wall - s.lastWall - (ctx.mono - s.lastMono);
  if (Math.abs(skew) <= CLOCK_JUMP_TOLERANCE_MS) return { state: s, slept: false };
  const idleMs = ctx.sample ? ctx.sample.idleSec * 1000 : 0;
  if (skew > 0 && idleMs >= skew - CLOCK_JUMP_TOLERANCE_MS) {
    const asleep = s.presence === 'present' ? absent(s, s.lastWall, 'suspend') : s;
    return { state: { ...asleep, presence: 'asleep' as const }, slept: true };
  }
  fx.push(record({ type: 'clock-changed', at: ctx.wall, skewMs: skew }));
  return { state: shiftState(s, skew), slept: false };
}

function applyInput(s: TrackerState, input: TrackerInput, ctx: StepContext, fx: Effect[]): TrackerState {
  const now = ctx.wall;
  switch (input.kind) {
    case 'wake':
      if (s.presence === 'walking' && s.absentSince !== null && now - s.absentSince >= MAX_WALK_MS) {
        return endWalk(s, { completed: false }, now, fx);
      }
      return s;
    case 'lock':
      if (s.presence === 'present') return { ...absent(s, now, 'lock'), presence: 'locked' };
      return s.presence === 'away' ? { ...s, presence: 'locked' } : s;
    case 'unlock':
      return s.presence === 'locked' ? comeBack(s, now, fx) : s;
    case 'suspend':
      if (s.presence === 'present') return { ...absent(s, now, 'suspend'), presence: 'asleep' };
      return s.presence === 'asleep' ? s : { ...s, presence: 'asleep' };
    case 'resume':
      return s;
    case 'moved':
      return moved(s, now, fx);
    case 'stand':
      return stand(s, now, fx);
    case 'sit':
      return standDown(s, now, fx);
    case 'start-walk':
      return startWalk(s, input.source, now, fx);
    case 'end-walk':
      return s.presence === 'walking' ? endWalk(s, input, now, fx) : s;
    case 'snooze':
      return snooze(s, input.minutes, ctx, fx);
    case 'skip':
      if (s.reminder.phase !== 'shown') return s;
      fx.push(record({ type: 'reminder-skipped', at: now, via: input.via }), { type: 'hide-reminder' });
      return { ...s, reminder: { ...freshReminder(), basis: 'skip', basisAt: now } };
    case 'pause':
      if (input.until !== null && input.until <= now) return s;
      fx.push(
        record({
          type: 'reminders-paused',
          at: now,
          until: input.until,
          ...(input.meeting && { reason: 'meeting' as const }),
        }),
      );
      return {
        ...expire(s, 'paused', now, fx),
        pausedUntil: input.until,
        pauseKind: input.meeting ? 'meeting' : 'rest-of-day',
      };
    case 'resume-reminders':
      if (!isPaused(s, now)) return s;
      fx.push(record({ type: 'reminders-resumed', at: now }));
      return endPause(s, now);
    case 'settings':
      return ctx.settings.remindersEnabled ? s : expire(s, 'disabled', now, fx);
  }
}

/** Reads the OS idle counter: lock state, an absence reaching the away threshold, or a return. */
function applySample(s: TrackerState, sample: IdleSample, ctx: StepContext, fx: Effect[]): TrackerState {
  const now = ctx.wall;
  const lastInput = Math.min(now, now - Math.max(0, sample.idleSec) * 1000);
  const sampled = { ...s, lastSampleAt: now, idleUnreliable: sample.idleUnreliable === true };
  if (s.presence === 'locked') return sample.locked === false ? comeBack(sampled, now, fx) : sampled;
  if (s.presence === 'present') {
    if (sample.locked === true) return { ...absent(sampled, now, 'lock'), presence: 'locked' };
    const awayMs = ctx.settings.awayThresholdMin * MINUTE_MS;
    if (now - lastInput < awayMs) return { ...sampled, lastInputAt: Math.max(s.lastInputAt, lastInput) };
    // Watching or reading: no input, but another app keeps the screen in use. Not a break.
    if (sample.screenInUse === true) return sampled;
    const since = Math.max(lastInput, s.boutStart ?? lastInput);
    const left = endBout(expire(sampled, 'away', now, fx), since, 'away', fx);
    return { ...absent(left, since, 'idle'), presence: 'away', boutStart: null, lastInputAt: lastInput };
  }
  if (s.presence === 'away' && s.absentSince !== null && lastInput > s.absentSince + IDLE_RESOLUTION_MS) {
    // The return happened after the previous sample (which still saw the user away) and by the last input;
    // take the earliest moment, so sitting is never under-counted by more than one away-sampling interval.
    const awayMs = ctx.settings.awayThresholdMin * MINUTE_MS;
    const returnedAt = Math.min(lastInput, Math.max(s.lastSampleAt, s.absentSince));
    const back = comeBack({ ...sampled, lastInputAt: lastInput }, returnedAt, fx);
    // Back, then away again between two samples: the short visit is not a bout worth reminding about.
    return now - lastInput >= awayMs
      ? { ...absent(back, lastInput, 'idle'), presence: 'away', boutStart: null }
      : back;
  }
  return sampled;
}

/** The OS idle counter has whole-second resolution; a "later" last input within this is the same input. */
const IDLE_RESOLUTION_MS = 2_000;

function absent(s: TrackerState, since: number, cause: AbsenceCause): TrackerState {
  return { ...s, absentSince: since, absentCause: cause };
}

/**
 * The user is back at `at`. An idle absence already ended the bout; a lock or sleep of at least 2 minutes ends
 * it now; a shorter one leaves the bout running.
 */
function comeBack(s: TrackerState, at: number, fx: Effect[]): TrackerState {
  const since = Math.min(s.absentSince ?? at, at);
  const cause = s.absentCause === 'lock' || s.absentCause === 'suspend' ? s.absentCause : 'idle';
  const here: TrackerState = {
    ...s,
    presence: 'present',
    absentSince: null,
    absentCause: null,
    lastInputAt: Math.max(s.lastInputAt, at),
  };
  if (cause !== 'idle' && at - since < LOCK_BREAK_MS) return here;
  const ended = cause === 'idle' ? here : endBout(expire(here, cause, at, fx), since, cause, fx);
  fx.push(record({ type: 'break', at, kind: 'inferred', start: since, end: at, cause }));
  return startBout(ended, at);
}

/** After sleep the user is back where they were: still locked, still away, still walking, or here. */
function resume(s: TrackerState, now: number, fx: Effect[]): TrackerState {
  if (s.presence !== 'asleep') {
    // A resume without a suspend before it: the machine slept since the last step.
    return s.presence === 'present' ? comeBack(absent(s, s.lastWall, 'suspend'), now, fx) : s;
  }
  if (s.absentCause === 'lock') return { ...s, presence: 'locked' };
  // Nobody used the machine while it slept: a return is no earlier than now (not the last sample before sleep).
  if (s.absentCause === 'idle') return { ...s, presence: 'away', lastSampleAt: now };
  if (s.absentCause === 'walk') return { ...s, presence: 'walking' };
  return comeBack(s, now, fx);
}

function endBout(
  s: TrackerState,
  end: number,
  endedBy: 'away' | 'lock' | 'suspend' | 'walk' | 'moved',
  fx: Effect[],
) {
  // Leaving, moving or walking also ends a standing spell; the bout holds only the time sat.
  s = standDown(s, end, fx);
  if (s.boutStart !== null && end > s.boutStart) {
    fx.push(record({ type: 'sitting-bout', at: end, start: s.boutStart, end, endedBy }));
  }
  return { ...s, boutStart: null };
}

function startBout(s: TrackerState, at: number): TrackerState {
  return { ...s, boutStart: at, reminder: freshReminder(), postureDone: false };
}

/** Drops a waiting or shown reminder because the user left, moved, paused or turned reminders off. */
function expire(s: TrackerState, reason: ExpiredReason, now: number, fx: Effect[]): TrackerState {
  if (s.reminder.phase === 'none') return s;
  if (s.reminder.phase === 'shown')
    fx.push(record({ type: 'reminder-expired', at: now, reason }), { type: 'hide-reminder' });
  return { ...s, reminder: { ...stopWaiting(s.reminder, now, fx), shownAt: null } };
}

/**
 * A waiting reminder stops waiting (shown, dropped or no longer due). A hold ends with it: history keeps only
 * "held from … to …".
 */
function stopWaiting(r: ReminderState, now: number, fx: Effect[]): ReminderState {
  const since = r.heldSince ?? null;
  if (since !== null && now > since)
    fx.push(record({ type: 'reminder-held', at: now, start: since, end: now }));
  return { ...r, phase: 'none', waitingSince: null, heldSince: null, heldFor: [], checkedAt: null };
}

function moved(s: TrackerState, now: number, fx: Effect[]): TrackerState {
  if (s.presence === 'walking' || s.presence === 'asleep') return s;
  const here = s.presence === 'present' ? s : comeBack(s, now, fx);
  const ended = endBout(expire(here, 'moved', now, fx), now, 'moved', fx);
  fx.push(record({ type: 'break', at: now, kind: 'moved', start: now, end: now }));
  return startBout({ ...ended, lastInputAt: now }, now);
}

/**
 * "I'm standing": the sitting clock stops (it does not reset: standing still is not a break, spec part 2 (a) 4),
 * standing time is counted, and no sitting reminder comes while standing.
 */
function stand(s: TrackerState, now: number, fx: Effect[]): TrackerState {
  if (s.presence === 'walking' || s.presence === 'asleep' || isStanding(s)) return s;
  const here = s.presence === 'present' ? s : comeBack(s, now, fx);
  return { ...here, standingSince: now, standingNudged: false, lastInputAt: Math.max(here.lastInputAt, now) };
}

/** The standing spell ends at `at` (sitting down, or leaving): it is recorded, and the sitting clock runs on. */
function standDown(s: TrackerState, at: number, fx: Effect[]): TrackerState {
  const { state, spell } = sitDown(s, at);
  if (spell) fx.push(record({ type: 'standing', at: spell.end, ...spell }));
  return state;
}

/** After a long standing spell, one quiet suggestion to sit or move; not during a pause or outside working hours. */
function settleStanding(s: TrackerState, ctx: StepContext, fx: Effect[]): TrackerState {
  if (s.standingSince == null || s.standingNudged === true) return s;
  const now = ctx.wall;
  if (now - s.standingSince < LONG_STANDING_MS || !mayNudge(s, ctx.settings, now)) return s;
  fx.push({ type: 'cue', cue: { kind: 'standing-long', standingMin: wholeMinutes(now - s.standingSince) } });
  return { ...s, standingNudged: true };
}

/**
 * When this bout's posture reset falls due (halfway to the first reminder of the bout), or null when none is
 * wanted: resets off, already given or passed up, or no bout. Exported for the engine, which asks the busy
 * sources only then.
 */
export function postureDueAt(s: TrackerState, settings: Settings): number | null {
  if (!settings.postureResets || s.postureDone === true || s.boutStart === null) return null;
  return s.boutStart + (settings.sitThresholdMin * MINUTE_MS) / 2;
}

/**
 * The optional posture reset (issue 17): one quiet cue halfway through a sitting bout, at an idle sample already
 * taken (it adds no wake-up of its own). Only while a reminder could come (reminders on, no pause, working time,
 * sitting at the computer) and none is waiting or shown; passed up for the bout when the bout's reminder series
 * has moved on (a snooze, a skip, a new working period) or the reminder is under 5 minutes away; it waits while
 * the user watches or presents (the idle sample) or is in a call or do-not-disturb (the engine's interruptionHold).
 * It counts for nothing: no history event.
 */
function settlePosture(s: TrackerState, ctx: StepContext, fx: Effect[]): TrackerState {
  const now = ctx.wall;
  const dueAt = postureDueAt(s, ctx.settings);
  if (dueAt === null || now < dueAt || !mayRemind(s, ctx.settings, now) || s.reminder.phase !== 'none')
    return s;
  const reminderAt = plannedAt(s, ctx.settings, now);
  if (s.reminder.basis !== 'bout' || (reminderAt !== null && reminderAt - now < POSTURE_REMINDER_GAP_MS))
    return { ...s, postureDone: true };
  if (ctx.sample?.fullscreen === true || ctx.sample?.screenInUse === true) return s;
  const hold = ctx.interruption === undefined ? [] : ctx.interruption;
  if (hold === null || hold.length > 0) return s;
  const reset = POSTURE_RESETS[Math.floor((s.boutStart ?? now) / MINUTE_MS) % POSTURE_RESETS.length]!;
  fx.push({ type: 'cue', cue: { kind: 'posture-reset', reset } });
  return { ...s, postureDone: true };
}

function startWalk(s: TrackerState, source: WalkSource, now: number, fx: Effect[]): TrackerState {
  if (s.presence === 'walking') {
    fx.push({ type: 'open-break' });
    return s;
  }
  const here = s.presence === 'present' ? s : comeBack(s, now, fx);
  if (here.reminder.phase === 'shown')
    fx.push(record({ type: 'reminder-accepted', at: now }), { type: 'hide-reminder' });
  const cleared = { ...stopWaiting(here.reminder, now, fx), shownAt: null };
  fx.push(record({ type: 'walk-started', at: now, source }), { type: 'open-break' });
  return { ...absent({ ...here, reminder: cleared }, now, 'walk'), presence: 'walking', walkSource: source };
}

/**
 * A completed walk, or one that lasted at least 2 minutes, is a guided break. A walk that ends before it counts
 * (shorter and not completed, or declined before walking) changes nothing about the next reminder: the bout goes
 * on and the reminder series (its due time, snoozes and so firmness) is as it was when the walk started; a
 * reminder that was on screen is due again at once.
 */
function endWalk(
  s: TrackerState,
  how: { completed: boolean; declined?: boolean },
  now: number,
  fx: Effect[],
): TrackerState {
  const start = Math.min(s.absentSince ?? now, now);
  fx.push(record({ type: 'walk-ended', at: now, start, completed: how.completed && how.declined !== true }));
  const back = {
    ...s,
    presence: 'present' as const,
    absentSince: null,
    absentCause: null,
    walkSource: null,
    lastInputAt: now,
  };
  if (how.declined === true || (!how.completed && now - start < MIN_BREAK_MS)) return back;
  const ended = endBout(back, start, 'walk', fx);
  fx.push(record({ type: 'break', at: now, kind: 'guided', start, end: now }));
  return startBout(ended, now);
}

function snooze(s: TrackerState, minutes: number, ctx: StepContext, fx: Effect[]): TrackerState {
  if (s.reminder.phase !== 'shown' || !allowedSnoozes(s, ctx.settings).includes(minutes)) return s;
  fx.push(record({ type: 'reminder-snoozed', at: ctx.wall, minutes }), { type: 'hide-reminder' });
  const r = s.reminder;
  return {
    ...s,
    reminder: {
      ...r,
      phase: 'none',
      waitingSince: null,
      shownAt: null,
      basis: 'snooze',
      basisAt: ctx.wall + minutes * MINUTE_MS,
      snoozeCount: r.snoozeCount + 1,
      snoozeExtraMin: r.snoozeExtraMin + minutes,
    },
  };
}

function settlePause(s: TrackerState, now: number, fx: Effect[]): TrackerState {
  if (s.pausedUntil === null || now < s.pausedUntil) return s;
  fx.push(record({ type: 'reminders-resumed', at: s.pausedUntil }));
  return endPause(s, s.pausedUntil);
}

/**
 * Ends a pause at `at`. After a meeting, a user still sitting (at least 15 min) gets a break suggestion right
 * away: the reminder is due at once, still waiting for a pause in typing, with the snooze series as it was.
 */
function endPause(s: TrackerState, at: number): TrackerState {
  const ended: TrackerState = { ...s, pausedUntil: null, pauseKind: null };
  const sitting = s.presence === 'present' && s.boutStart !== null;
  if (s.pauseKind !== 'meeting' || !sitting || at - (s.boutStart ?? at) < MEETING_SUGGESTION_MIN_SITTING_MS)
    return ended;
  return { ...ended, reminder: { ...s.reminder, phase: 'none', basis: 'snooze', basisAt: at } };
}

/** The tracker input for a pause chosen in the tray or a window, at `now`. */
export function pauseInput(length: PauseLength, now: number): TrackerInput {
  if ('untilTomorrow' in length) return { kind: 'pause', until: startOfNextLocalDay(now), meeting: false };
  if ('untilResumed' in length) return { kind: 'pause', until: null, meeting: true };
  return { kind: 'pause', until: now + length.minutes * MINUTE_MS, meeting: true };
}

/**
 * A working period that began during the bout starts a new reminder series at its start: sitting, snoozes and
 * skips from before it (before work, over lunch) do not count toward the first reminder inside it.
 */
function settleWorkingPeriod(s: TrackerState, ctx: StepContext): TrackerState {
  const start = periodRebase(s, ctx.settings, ctx.wall);
  return start === null ? s : { ...s, reminder: { ...freshReminder(), basis: 'period', basisAt: start } };
}

/**
 * Raises a due reminder: waits for a typing pause, but never longer than about a minute. A user who is busy (another
 * app fullscreen, or the busy sources see a call, a presentation, do-not-disturb) holds it for as long as that
 * lasts; once it ends the reminder comes at once, the wait counted toward the snooze cap.
 */
function settleReminder(s: TrackerState, ctx: StepContext, fx: Effect[]): TrackerState {
  const now = ctx.wall;
  const r = s.reminder;
  if (!mayRemind(s, ctx.settings, now))
    return r.phase === 'waiting' ? { ...s, reminder: stopWaiting(r, now, fx) } : s;
  if (r.phase === 'shown') return s;
  const due = plannedAt(s, ctx.settings, now);
  if (due === null || now < due)
    return r.phase === 'waiting' ? { ...s, reminder: stopWaiting(r, now, fx) } : s;
  const waitingSince = r.waitingSince ?? now;
  const busy = busyNow(r, ctx);
  if (busy === 'pending') {
    // The first look at a due reminder: ask, and wait for the answer (the next poll, 10 s later).
    if ((r.checkedAt ?? null) === null) fx.push({ type: 'check-busy' });
    return { ...s, reminder: { ...r, phase: 'waiting', waitingSince, checkedAt: r.checkedAt ?? now } };
  }
  const reasons: HoldReason[] = ctx.sample?.fullscreen === true ? unique([...busy, 'presentation']) : busy;
  if (reasons.length > 0) {
    // Held; the busy sources are asked again for the next look (every HOLD_POLL_MS).
    if (ctx.busy) fx.push({ type: 'check-busy' });
    return {
      ...s,
      reminder: {
        ...r,
        phase: 'waiting',
        waitingSince,
        heldSince: r.heldSince ?? waitingSince,
        heldFor: reasons,
        checkedAt: ctx.busy ? now : null,
      },
    };
  }
  const heldSince = r.heldSince ?? null;
  const paused = ctx.sample !== null && ctx.sample.idleSec >= TYPING_PAUSE_SEC;
  if (heldSince === null && !paused && now - waitingSince < MAX_REMINDER_DELAY_MS) {
    return { ...s, reminder: { ...r, phase: 'waiting', waitingSince } };
  }
  // The wait for a call counts like a snooze: past the cap, the reminder after it is the firm one.
  const heldMin = heldSince === null ? 0 : Math.ceil((now - heldSince) / MINUTE_MS);
  const counted = { ...s, reminder: { ...r, snoozeExtraMin: r.snoozeExtraMin + heldMin } };
  const shown = {
    ...counted,
    reminder: {
      ...stopWaiting(counted.reminder, now, fx),
      phase: 'shown' as const,
      shownAt: now,
      firm: isFirm(counted, ctx.settings),
    },
  };
  const view = reminderView(shown, ctx.settings, now);
  fx.push(
    record({ type: 'reminder-shown', at: now, sittingMs: view.sittingMin * MINUTE_MS, firm: view.firm }),
  );
  fx.push({ type: 'show-reminder', view });
  return shown;
}

/**
 * What the busy sources say for this reminder: the reasons from the answer to the tracker's latest question;
 * none when no source is on, or when the answer is late (a slow or failing source never holds a reminder);
 * 'pending' while the question is fresh (the first look at a due reminder waits for it, one poll at most).
 */
function busyNow(r: ReminderState, ctx: StepContext): HoldReason[] | 'pending' {
  if (!ctx.busy) return [];
  const asked = r.checkedAt ?? null;
  const answer = ctx.busy.answer;
  if (asked !== null && answer !== null && answer.askedAt >= asked) return answer.reasons;
  if (asked !== null && ctx.wall - asked >= BUSY_ANSWER_WAIT_MS) return [];
  return 'pending';
}

const unique = <T>(items: T[]): T[] => [...new Set(items)];

function record(event: HistoryEvent): Effect {
  return { type: 'record', event };
}
