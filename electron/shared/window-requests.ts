// What a window asks main to do with its own OS window (types and limits only; main decides): the break window's
// "time is up" signal when a timed walk or a stretch's holds end, and the reminder window's height fitted to its
// content. The IPC contract (ipc.ts) names which window may ask for which (WINDOW_ONLY).

/** What comes after the step whose time ran out (the notification names it). */
export const TIME_UP_NEXT = ['move', 'walk', 'cool-down', 'questions', 'finish'] as const;
export type TimeUpNext = (typeof TIME_UP_NEXT)[number];

/** The notification's title per next step (namespace "notices"); its body is `notices:timeUp.body`. */
export const TIME_UP_TITLE_KEY = {
  move: 'notices:timeUp.title.move',
  walk: 'notices:timeUp.title.walk',
  'cool-down': 'notices:timeUp.title.coolDown',
  questions: 'notices:timeUp.title.questions',
  finish: 'notices:timeUp.title.finish',
} as const satisfies Record<TimeUpNext, string>;

/** What main did: a notification shown (or tried), and the window flashed or brought forward without focus. */
export interface TimeUpSignal {
  notification: boolean;
  window: 'none' | 'flashed' | 'raised';
}

/** The reminder window's content height in CSS px, clamped to these bounds by main. */
export const REMINDER_HEIGHT_PX = { min: 180, max: 560 } as const;

/** Clamps a requested reminder content height (CSS px, rounded up) to REMINDER_HEIGHT_PX. */
export function clampReminderHeight(px: number): number {
  return Math.min(REMINDER_HEIGHT_PX.max, Math.max(REMINDER_HEIGHT_PX.min, Math.ceil(px)));
}
