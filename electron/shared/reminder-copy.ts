// Wording of the sitting reminder, in one place for the notification (main) and the reminder window (renderer).
// Calm, no guilt or fear (health-evidence.md part 2 (a), "Reminder copy examples"). A pure function with only a
// type import, so it is the one electron/shared module the renderer may import as a value.
import type { ReminderView } from './tracker';

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
