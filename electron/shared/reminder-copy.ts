// Wording of the sitting reminder, in one place for the notification (main) and the reminder window (renderer):
// the messages live in the "reminder" namespace (./i18n/en/reminder.ts); this picks which ones and with what
// numbers. Pure, with only type imports, so the renderer may import it as a value.
import type { Translator } from './i18n';
import type { ReminderView } from './tracker';

export interface ReminderCopy {
  title: string;
  body: string;
}

/** Title and body for the system notification and the reminder window, in the translator's language. */
export function reminderCopy(view: ReminderView, { t }: Pick<Translator, 't'>): ReminderCopy {
  const { breakMin } = view;
  // While the walking plan is paused the reminder suggests moving gently, never the plan's walk (part 2 (c)).
  const paused = view.planPaused === true;
  if (view.firm) {
    return {
      title:
        view.sittingMin >= 55
          ? t('reminder:firmTitleHour')
          : t('reminder:firmTitle', { count: view.sittingMin }),
      body: paused ? t('reminder:bodyPlanPaused') : t('reminder:firmBody'),
    };
  }
  if (paused)
    return { title: t('reminder:title', { count: view.sittingMin }), body: t('reminder:bodyPlanPaused') };
  return {
    title: t('reminder:title', { count: view.sittingMin }),
    body:
      breakMin < 5 ? t('reminder:body', { count: breakMin }) : t('reminder:bodyLonger', { count: breakMin }),
  };
}
