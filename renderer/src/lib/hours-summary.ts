// Working hours in one line for the first-run window ("Monday–Friday: 09:00–17:30; Saturday–Sunday: no
// reminders"): runs of weekdays with the same ranges are one group. Pure: names and words come from the caller.
import type { TimeRange, Weekday } from '../../../electron/shared/settings';
import { WEEKDAYS } from '../../../electron/shared/settings-limits';

export interface SummaryWords {
  /** The weekday's name in the current language. */
  day(day: Weekday): string;
  /** What a day without ranges is called ("no reminders"). */
  dayOff: string;
}

const rangesText = (ranges: readonly Pick<TimeRange, 'start' | 'end'>[], dayOff: string): string =>
  ranges.length === 0 ? dayOff : ranges.map((r) => `${r.start}–${r.end}`).join(', ');

/** "Monday–Friday: 09:00–17:30; Saturday–Sunday: no reminders". */
export function hoursSummary(
  days: Record<Weekday, readonly Pick<TimeRange, 'start' | 'end'>[]>,
  words: SummaryWords,
): string {
  const groups: { first: Weekday; last: Weekday; text: string }[] = [];
  for (const day of WEEKDAYS) {
    const text = rangesText(days[day], words.dayOff);
    const previous = groups.at(-1);
    if (previous && previous.text === text) previous.last = day;
    else groups.push({ first: day, last: day, text });
  }
  return groups
    .map(({ first, last, text }) => {
      const names = first === last ? words.day(first) : `${words.day(first)}–${words.day(last)}`;
      return `${names}: ${text}`;
    })
    .join('; ');
}
