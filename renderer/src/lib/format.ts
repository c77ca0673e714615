// Small display helpers: minutes, local clock times and countdowns, in the current language and locale.
import '../i18n/common';
import { i18n, t } from './i18n.svelte';

/** Whole minutes in `ms`, rounded down and never negative. */
export function wholeMinutes(ms: number): number {
  return Math.max(0, Math.floor(ms / 60_000));
}

/** "1 min" / "12 Min.". */
export function minutesLabel(minutes: number): string {
  return t('common:minutesShort', { count: minutes });
}

/** Local wall-clock time in the user's locale, e.g. "14:05" or "2:05 PM" (the translator keeps one formatter). */
export function clockTime(ms: number): string {
  return i18n().time(ms);
}

/** "2:59" for a countdown, rounding up so it reads 0:00 only when the time is really up. */
export function countdown(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  return `${Math.floor(total / 60)}:${String(total % 60).padStart(2, '0')}`;
}
