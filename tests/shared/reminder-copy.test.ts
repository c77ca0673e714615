// The reminder's wording (notification and window) in each language: sitting minutes, the user's break length,
// and the firmer prompt once the snooze cap is reached (health-evidence.md part 2 (a)).
import { describe, expect, it } from 'vitest';
import { reminderCopy } from '../../electron/shared/reminder-copy';
import type { ReminderView } from '../../electron/shared/tracker';
import { ENGLISH, GERMAN } from '../fakes/i18n';

const en = ENGLISH;
const de = GERMAN;
const view = (o: Partial<ReminderView> = {}): ReminderView => ({
  sittingMin: 30,
  firm: false,
  snoozeOptionsMin: [5, 10, 15],
  shownAt: 0,
  breakMin: 3,
  ...o,
});

describe('reminderCopy', () => {
  it('names the minutes seated and the suggested walk, with "5 is even better" below 5 minutes', () => {
    expect(reminderCopy(view(), en)).toEqual({
      title: 'Time to get up: 30 minutes seated',
      body: 'A 3-minute walk is perfect; 5 is even better.',
    });
    expect(reminderCopy(view({ breakMin: 7 }), en).body).toBe('A 7-minute walk is perfect.');
  });

  it('is German with a German translator', () => {
    expect(reminderCopy(view({ sittingMin: 45, breakMin: 2 }), de)).toEqual({
      title: 'Zeit aufzustehen: 45 Minuten im Sitzen',
      body: 'Ein Spaziergang von 2 Minuten ist ideal; 5 sind noch besser.',
    });
  });

  it('the firm prompt says "about an hour" from 55 minutes, else the minutes', () => {
    expect(reminderCopy(view({ firm: true, sittingMin: 58 }), en).title).toBe(
      "You've been sitting for about an hour",
    );
    expect(reminderCopy(view({ firm: true, sittingMin: 40 }), en).title).toBe(
      "You've been sitting for 40 minutes",
    );
    expect(reminderCopy(view({ firm: true, sittingMin: 58 }), de)).toEqual({
      title: 'Sie sitzen seit etwa einer Stunde',
      body: 'Zeit, aufzustehen und ein paar Minuten zu gehen. Ihr Rücken wird es Ihnen danken. Schon 2 Minuten zählen.',
    });
  });
});
