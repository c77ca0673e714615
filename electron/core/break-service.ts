// The guided break behind the IPC contract: the walking programme (persisted through ProgrammeStore), the walk
// session (check-in → timed walk → symptom check → outcome) and the next-day check. Pure: time comes from the
// Clock port at each call and every view is computed from timestamps; the tracker hears of walks through `tracker`.
import type {
  BreakState,
  ClearanceArgs,
  NextDayArgs,
  OnboardingAnswers,
  PendingNextDay,
  WalkEndReason,
} from '../shared/break';
import { FINISHED_BY_END_REASON } from '../shared/break-content';
import type { HistoryEvent } from '../shared/history';
import type { Translator } from '../shared/i18n';
import type { NextDayCheck, PostWalkAnswers, PreWalkCheck, ProgrammeState } from '../shared/walk';
import {
  breakStateOf,
  evaluatedEvent,
  programmeChanges,
  restoreBreak,
  walkDaysOf,
  type ProgrammeStore,
  type Session,
  type StoredBreak,
} from './break-session';
import type { Clock } from './ports';
import {
  applyNextDayOutcome,
  applyTime,
  applyWalk,
  clearanceRefusal,
  confirmClearance,
  startingLevel,
  walkHistory,
} from './programme';
import { minutesOf, newProgramme } from './programme-state';
import { isUpgrade, worseOutcome } from './escalation';
import { evaluatePreWalk, evaluateWalk, nextDayRules } from './symptom-rules';
import { longDate } from '../shared/history-words';
import { answerWalkDay, dueWalkDay, recordWalkDay } from './walk-days';
import { endWalkClock, pauseWalkClock, resumeWalkClock, startWalkClock } from './walk-clock';

/** What the tracker is told: the engine's own walk inputs, so presence logic stays in one place. */
export type TrackerWalkInput =
  { kind: 'start-walk' } | { kind: 'end-walk'; completed: boolean; declined?: boolean };

export interface BreakPorts {
  clock: Pick<Clock, 'now'>;
  store: ProgrammeStore;
  /** Appends a history event (the engine's store). */
  record(event: HistoryEvent): void;
  tracker(input: TrackerWalkInput): void;
  /** The short walk's length in minutes right now (the breakSuggestedMin setting); 3 when not given. */
  shortWalkMin?: () => number;
  /** The user's language now, for the reasons an operation is refused (asked each time: it can change). */
  i18n: () => Translator;
  warn?: (message: string) => void;
}

/** An operation that does not fit the current step (e.g. answers before the walk ended); shown to the user. */
export class BreakRejected extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BreakRejected';
  }
}

export class BreakService {
  private stored: StoredBreak | null;
  private session: Session | null = null;
  private listeners = new Set<(state: BreakState) => void>();

  constructor(private readonly ports: BreakPorts) {
    let raw: unknown = null;
    try {
      raw = ports.store.load();
    } catch (error) {
      this.warn(`could not read the programme: ${String(error)}`);
    }
    const restored = restoreBreak(raw);
    if (restored.problem) this.warn(`${restored.problem}; the first-run questions will be asked again`);
    this.stored = restored.stored;
  }

  getState(): BreakState {
    return breakStateOf(this.stored, this.session, this.ports.clock.now(), this.ports.shortWalkMin?.());
  }

  subscribe(listener: (state: BreakState) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** First run: the starting level from the answers. Asked again later, only the advisory answers are updated. */
  onboard(a: OnboardingAnswers): BreakState {
    const now = this.now();
    const advisory = [...a.advisory];
    if (this.stored)
      return this.commit({ ...this.stored, advisory, advisoryAt: now }, now, [
        { type: 'advisory-answered', at: now, advisory: [...advisory] },
      ]);
    const { clinicianLevel, comfortableMinutes, currentPain, inFlare } = a;
    const level = startingLevel({
      comfortableMinutes,
      currentPain,
      inFlare,
      ...(clinicianLevel && { clinicianLevel }),
    });
    const fresh: StoredBreak = {
      version: 1,
      programme: newProgramme(level, now),
      advisory,
      advisoryAt: now,
      lastWalk: null,
    };
    return this.commit(fresh, now, [{ type: 'programme-started', at: now, level, advisory }]);
  }

  /** P0/P1. Any emergency item ends the session with the urgent outcome and locks the programme. */
  checkIn(pre: PreWalkCheck): BreakState {
    const now = this.now();
    const stored = this.requireStored();
    if (stored.programme.status !== 'active')
      throw new BreakRejected(this.ports.i18n().t('break:rejected.paused'));
    if (this.session?.step === 'walking')
      throw new BreakRejected(this.ports.i18n().t('break:rejected.walkRunning'));
    const level = applyTime(stored.programme, now).level;
    const checkedIn: HistoryEvent = {
      type: 'walk-checked-in',
      at: now,
      painBefore: pre.pain,
      emergency: [...pre.emergency],
    };
    const session: Session = {
      step: 'ready',
      pre,
      level,
      plannedMin: minutesOf(level),
      clock: null,
      endReason: null,
      evaluation: null,
    };
    const blocked = evaluatePreWalk(pre);
    if (blocked === null) {
      this.session = session;
      return this.commit(stored, now, [checkedIn]);
    }
    const done: Session = { ...session, step: 'done', evaluation: blocked };
    this.session = done;
    // Stopped at check-in: no walk happened, so the sitting reminder is as it was.
    this.ports.tracker({ kind: 'end-walk', completed: false, declined: true });
    const programme = applyWalk(stored.programme, blocked, now);
    const lastWalk = { at: now, peak: null, outcome: blocked.outcome, evaluation: blocked, nextDay: [] };
    const walkDays = recordWalkDay(walkDaysOf(stored), now, null, blocked.outcome);
    return this.commit({ ...stored, programme, lastWalk, walkDays }, now, [
      checkedIn,
      evaluatedEvent(done, now, null),
    ]);
  }

  startWalkTimer(): BreakState {
    const now = this.now();
    const session = this.requireStep('ready');
    this.session = { ...session, step: 'walking', clock: startWalkClock(now, session.plannedMin) };
    this.ports.tracker({ kind: 'start-walk' });
    return this.timerEvent(now, 'start');
  }

  pauseWalk(): BreakState {
    const now = this.now();
    const session = this.requireStep('walking');
    this.session = { ...session, clock: session.clock && pauseWalkClock(session.clock, now) };
    return this.timerEvent(now, 'pause');
  }

  resumeWalk(): BreakState {
    const now = this.now();
    const session = this.requireStep('walking');
    this.session = { ...session, clock: session.clock && resumeWalkClock(session.clock, now) };
    return this.timerEvent(now, 'resume');
  }

  /** The walk ends: planned time walked, or early because of the back or another reason. */
  endWalkTimer(reason: WalkEndReason): BreakState {
    const now = this.now();
    const session = this.requireStep('walking');
    const clock = session.clock && endWalkClock(session.clock, now);
    this.session = { ...session, step: 'answering', clock, endReason: reason };
    this.ports.tracker({ kind: 'end-walk', completed: reason === 'completed' });
    return this.timerEvent(now, 'end', reason);
  }

  /**
   * Q1–Q10: the walk is judged against the programme's history and applied to it. A walk ended early because of
   * the back counts as "stopped because of my back" whatever Q3 says: a known safety fact is never lost.
   */
  submitAnswers(answers: PostWalkAnswers): BreakState {
    const now = this.now();
    const stored = this.requireStored();
    const session = this.requireStep('answering');
    const a: PostWalkAnswers =
      session.endReason === 'back' ? { ...answers, finished: FINISHED_BY_END_REASON.back } : answers;
    const evaluation = evaluateWalk(a, session.pre, walkHistory(stored.programme, now));
    const programme = applyWalk(stored.programme, evaluation, now);
    const done: Session = { ...session, step: 'done', evaluation };
    this.session = done;
    const lastWalk = { at: now, peak: a.peak, outcome: evaluation.outcome, evaluation, nextDay: [] };
    const walkDays = recordWalkDay(walkDaysOf(stored), now, evaluation.worst ?? null, evaluation.outcome);
    return this.commit({ ...stored, programme, lastWalk, walkDays }, now, [evaluatedEvent(done, now, a)]);
  }

  /**
   * N1/N2 for the oldest day whose check is due. The check is about the whole day (d): its rules read the highest
   * P of the day's walks, and it can only upgrade the day's outcome; an upgrade is applied once, to the day's last
   * walk (so a day with a red and a gentle walk after it is not stepped back twice).
   */
  submitNextDay(args: NextDayArgs): BreakState {
    const now = this.now();
    const stored = this.requireStored();
    const days = walkDaysOf(stored);
    const due = dueWalkDay(days, now);
    if (due === null || due.checkpoint !== args.checkpoint)
      throw new BreakRejected(this.ports.i18n().t('break:rejected.nextDayNotDue'));
    const check: NextDayCheck = { ...args, at: now };
    const walkAt = due.day.walks[due.day.walks.length - 1] ?? now;
    const found = nextDayRules(check, due.day.worst);
    const upgraded = found === null ? due.day.outcome : worseOutcome(due.day.outcome, found.outcome);
    const programme = isUpgrade(due.day.outcome, upgraded)
      ? applyNextDayOutcome(stored.programme, walkAt, upgraded, found?.reasons ?? [], now)
      : stored.programme;
    // The day's last walk after the check (escalations can take it past `upgraded`); the day keeps the worst.
    const outcome = programme.walks.find((w) => w.at === walkAt)?.outcome ?? upgraded;
    const walkDays = answerWalkDay(days, due.index, check, worseOutcome(upgraded, outcome));
    const last = stored.lastWalk;
    const lastWalk =
      last !== null && last.at === walkAt ? { ...last, outcome, nextDay: [...last.nextDay, check] } : last;
    const event: HistoryEvent = { type: 'next-day-check', at: now, walkAt, ...args, outcome };
    return this.commit({ ...stored, programme, lastWalk, walkDays }, now, [event]);
  }

  /** The next-day check due now (as `getState().pendingNextDay`, without computing the rest), or null. */
  pendingNextDay(): PendingNextDay | null {
    const due = this.stored ? dueWalkDay(walkDaysOf(this.stored), this.now()) : null;
    return due && { walkAt: due.day.walks[due.day.walks.length - 1] ?? 0, checkpoint: due.checkpoint };
  }

  /** The next-day check the morning notification was last shown for (programme.json), or null. */
  morningShown(): PendingNextDay | null {
    return this.stored?.morningShown ?? null;
  }

  /** Keeps that the morning notification was shown for `check`: saved, no history event, no state change. */
  markMorningShown(check: PendingNextDay): void {
    const stored = this.stored;
    if (!stored) return;
    const next: StoredBreak = {
      ...stored,
      morningShown: { walkAt: check.walkAt, checkpoint: check.checkpoint },
    };
    this.stored = next;
    try {
      this.ports.store.save(next);
    } catch (error) {
      this.warn(`could not save the programme: ${String(error)}`);
    }
  }

  /**
   * The user confirms a clinician saw them on `seenOn` and cleared them: restart at L1 or the advised level. Never
   * in the same minute as the pause or lock, never with a visit in the future or before the pause (a message
   * says which). Nothing changes while active.
   */
  confirmClearance({ seenOn, level }: ClearanceArgs): BreakState {
    const now = this.now();
    const stored = this.requireStored();
    if (stored.programme.status === 'active') return this.getState();
    const refusal = clearanceRefusal(stored.haltedAt ?? null, now, seenOn);
    if (refusal !== null) {
      const tr = this.ports.i18n();
      throw new BreakRejected(
        refusal.kind === 'too-soon'
          ? tr.t('break:rejected.clearanceTooSoon', { time: tr.time(refusal.from) })
          : refusal.kind === 'seen-in-future'
            ? tr.t('break:rejected.seenInFuture')
            : tr.t('break:rejected.seenBeforeHalt', { date: longDate(refusal.haltDay, tr) }),
      );
    }
    this.session = null;
    const { haltedAt: _haltedAt, ...rest } = stored;
    return this.commit({ ...rest, programme: confirmClearance(stored.programme, now, level) }, now, []);
  }

  private timerEvent(now: number, action: 'start' | 'pause' | 'resume' | 'end', reason?: WalkEndReason) {
    this.record({ type: 'walk-timer', at: now, action, ...(reason && { reason }) });
    return this.emit(now);
  }

  /** Saves the document, records `events` plus any level or status change, and tells subscribers. */
  private commit(draft: StoredBreak, now: number, events: HistoryEvent[]): BreakState {
    const before: ProgrammeState | null = this.stored?.programme ?? null;
    // When the plan is paused or locked (or a pause becomes a lock), so a clearance can wait a minute after it.
    const halted = draft.programme.status !== 'active' && draft.programme.status !== before?.status;
    const next: StoredBreak = halted ? { ...draft, haltedAt: now } : draft;
    this.stored = next;
    try {
      this.ports.store.save(next);
    } catch (error) {
      this.warn(`could not save the programme: ${String(error)}`);
    }
    for (const event of events) this.record(event);
    if (before) for (const event of programmeChanges(before, next.programme, now)) this.record(event);
    return this.emit(now);
  }

  private emit(now: number): BreakState {
    const state = breakStateOf(this.stored, this.session, now, this.ports.shortWalkMin?.());
    for (const listener of this.listeners) listener(state);
    return state;
  }

  private record(event: HistoryEvent): void {
    try {
      this.ports.record(event);
    } catch (error) {
      this.warn(`could not record ${event.type}: ${String(error)}`);
    }
  }

  private requireStored(): StoredBreak {
    if (!this.stored) throw new BreakRejected(this.ports.i18n().t('break:rejected.notOnboarded'));
    return this.stored;
  }

  private requireStep(step: Session['step']): Session {
    if (this.session?.step !== step) throw new BreakRejected(this.ports.i18n().t('break:rejected.wrongStep'));
    return this.session;
  }

  private now(): number {
    return this.ports.clock.now();
  }

  private warn(message: string): void {
    this.ports.warn?.(message);
  }
}
