// Quiet cues at the desk (a notification or the tray, never a window): the suggestion after a long standing spell.
// The messages live in the "desk" namespace (./i18n/en/desk.ts); this picks which ones. Pure, type imports only.
import type { Translator } from './i18n';

/** A quiet cue the tracker asks the host to give. */
export type DeskCue = { kind: 'standing-long'; standingMin: number };

export interface DeskCueCopy {
  title: string;
  body: string;
}

/** Title and body of a cue's notification, in the translator's language. */
export function deskCueCopy(cue: DeskCue, { t }: Pick<Translator, 't'>): DeskCueCopy {
  return {
    title: t('desk:cue.standingLong.title', { count: cue.standingMin }),
    body: t('desk:cue.standingLong.body'),
  };
}
