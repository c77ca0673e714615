// German messages, namespace "desk": exactly the English keys (the type checks it). Formell ("Sie"), ruhig, ohne
// Vorwurf. Begriffe: standing desk = Steh-Sitz-Tisch, posture reset = Haltungspause. See docs/i18n.md.
import type { Messages } from '..';
import type en from '../en/desk';

const de: Messages<typeof en> = {
  cue: {
    standingLong: {
      title_one: 'Sie stehen seit {{count}} Minute',
      title_other: 'Sie stehen seit {{count}} Minuten',
      body: 'Lange still zu stehen ermüdet auch. Setzen Sie sich eine Weile, oder besser: Gehen Sie ein paar Minuten.',
    },
  },
};

export default de;
