// History event DTOs recorded by the tracker through the Store port. Times are wall-clock ms since the epoch.

export type BoutEnd = 'away' | 'lock' | 'suspend' | 'walk' | 'moved' | 'app-closed';
export type BreakKind = 'inferred' | 'guided' | 'moved';
/** How a reminder was skipped: its Skip button, Escape, or its window closed by the user (Alt+F4, close box). */
export type SkipVia = 'button' | 'escape' | 'closed';
export type ExpiredReason = 'away' | 'lock' | 'suspend' | 'moved' | 'walk' | 'paused' | 'disabled';

/** One recorded fact. `at` is when it happened (for spans: when the span ended). */
export type HistoryEvent =
  | { type: 'sitting-bout'; at: number; start: number; end: number; endedBy: BoutEnd }
  | {
      type: 'break';
      at: number;
      kind: BreakKind;
      start: number;
      end: number;
      cause?: 'idle' | 'lock' | 'suspend';
    }
  | { type: 'reminder-shown'; at: number; sittingMs: number; firm: boolean }
  | { type: 'reminder-snoozed'; at: number; minutes: number }
  | { type: 'reminder-skipped'; at: number; via: SkipVia }
  | { type: 'reminder-accepted'; at: number }
  | { type: 'reminder-expired'; at: number; reason: ExpiredReason }
  | { type: 'walk-started'; at: number; source: WalkSource }
  | { type: 'walk-ended'; at: number; start: number; completed: boolean }
  | { type: 'reminders-paused'; at: number; until: number }
  | { type: 'reminders-resumed'; at: number }
  | { type: 'clock-changed'; at: number; skewMs: number };

export type WalkSource = 'reminder' | 'tray' | 'window';
export type HistoryEventType = HistoryEvent['type'];
