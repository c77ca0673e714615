// Quiet cues at the desk (a notification or the tray, never a window): the suggestion after a long standing spell,
// and the optional posture reset halfway through a sitting bout (issue 17).
// The messages live in the "desk" namespace (./i18n/en/desk.ts); this picks which ones. Pure, type imports only.
import type { Translator } from './i18n';

/** A quiet cue the tracker asks the host to give. */
export type DeskCue =
  { kind: 'standing-long'; standingMin: number } | { kind: 'posture-reset'; reset: PostureReset };

/** The 20-second posture resets, taken in turn (issue 17: comfort and variety, "the best posture is the next one"). */
export const POSTURE_RESETS = ['sit-back', 'shoulders', 'breaths', 'chin-tuck', 'distance'] as const;
export type PostureReset = (typeof POSTURE_RESETS)[number];

export interface DeskCueCopy {
  title: string;
  body: string;
}

/** Title and body of a cue's notification, in the translator's language. */
export function deskCueCopy(cue: DeskCue, { t }: Pick<Translator, 't'>): DeskCueCopy {
  if (cue.kind === 'posture-reset')
    return { title: t('desk:cue.posture.title'), body: t(`desk:cue.posture.${cue.reset}`) };
  return {
    title: t('desk:cue.standingLong.title', { count: cue.standingMin }),
    body: t('desk:cue.standingLong.body'),
  };
}
