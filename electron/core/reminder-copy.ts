// Wording of the sitting reminder, in one place for the notification and the reminder window.
// Calm, no guilt or fear (health-evidence.md part 2 (a), "Reminder copy examples").
import type { ReminderView } from '../shared/tracker';

export interface ReminderCopy {
  title: string;
  body: string;
}

/** Title and body for the system notification and the reminder window. */
export function reminderCopy(view: ReminderView): ReminderCopy {
  const sat = `${view.sittingMin} minute${view.sittingMin === 1 ? '' : 's'}`;
  if (view.firm) {
    const hour = view.sittingMin >= 55 ? 'about an hour' : sat;
    return {
      title: `You've been sitting for ${hour}`,
      body: 'Time to stand up and walk for a few minutes. Your back will thank you. Even 2 minutes counts.',
    };
  }
  return {
    title: `Time to get up: ${sat} seated`,
    body: 'A 3-minute walk is perfect; 5 is even better.',
  };
}
