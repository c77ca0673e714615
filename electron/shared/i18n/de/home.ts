// German messages, namespace "home": exactly the English keys (the type checks it). See docs/i18n.md.
import type { Messages } from '../messages';
import type en from '../en/home';

const de: Messages<typeof en> = {
  sitting: {
    label: 'Sie sitzen seit',
    unit: 'Min.',
  },
  standing: {
    label: 'Sie stehen seit',
    note_one:
      'Ihre Sitzzeit ist bei {{count}} Minute angehalten. Stillstehen ist keine Pause, ein kurzer Spaziergang schon.',
    note_other:
      'Ihre Sitzzeit ist bei {{count}} Minuten angehalten. Stillstehen ist keine Pause, ein kurzer Spaziergang schon.',
  },
  walking: {
    title: 'Sie gehen gerade spazieren',
    body: 'Genießen Sie es. Die Sitzzeit beginnt neu, wenn Sie fertig sind.',
  },
  away: {
    title: 'Nicht am Schreibtisch',
    body: 'Abwesenheit zählt als Pause. Willkommen zurück, wann immer Sie so weit sind.',
  },
  meter: 'Zeit bis zur nächsten Erinnerung',
  remindersOff: 'Erinnerungen sind ausgeschaltet. Sie können sie in den Einstellungen einschalten.',
  pause: {
    meetingUntil: 'In einer Besprechung bis {{time}}',
    meetingOpen: 'In einer Besprechung bis auf Weiteres',
    pausedUntil: 'Erinnerungen pausiert bis {{time}}',
    pausedOpen: 'Erinnerungen pausiert bis auf Weiteres',
    resume: 'Fortsetzen',
    resumed: 'Die Erinnerungen sind wieder an.',
  },
  outsideHours: 'Außerhalb Ihrer Arbeitszeiten: keine Erinnerungen, bis diese wieder beginnen.',
  due: 'Zeit für einen kurzen Spaziergang.',
  next: 'Nächste Erinnerung gegen {{time}}',
  plan: {
    lockedTitle: 'Ihr Gehplan ist gesperrt',
    lockedBody:
      'Bis eine medizinische Fachperson Sie untersucht hat, gibt es keine Sitz-Erinnerungen. Falls Sie noch nicht ' +
      'untersucht wurden: Rufen Sie Ihre örtliche Notrufnummer an ({{emergencyNumbers}}) oder gehen Sie jetzt ' +
      'in die Notaufnahme.',
    pausedTitle: 'Ihr Gehplan ist pausiert',
    pausedBody:
      'Bitte vereinbaren Sie einen Termin in einer Hausarztpraxis oder in der Physiotherapie und nehmen Sie die ' +
      'Zusammenfassung für die Behandlung mit. Sitz-Erinnerungen schlagen jetzt sanfte Bewegung vor; Bewegung im ' +
      'Alltag tut weiterhin gut.',
    link: 'Was jetzt zu tun ist',
  },
  goal: {
    title: 'Bewegung heute',
    progress: '{{done}} von {{goal}} Min.',
    what: 'Stehen, Spaziergänge und Pausen zählen alle.',
    met: 'Tagesziel erreicht. Alles Weitere ist ein Bonus.',
    building: 'Ein Schritt auf dem Weg zu {{target}} Min. am Tag, bemessen an Ihren letzten Tagen.',
  },
  followUp: {
    question: 'Wie geht es Ihrem Rücken nach dem letzten Spaziergang?',
    link: '2 kurze Fragen beantworten',
  },
  actions: {
    startWalk: 'Spaziergang starten',
    backToWalk: 'Zurück zum Spaziergang',
    moved: 'Ich habe mich gerade bewegt',
    standing: 'Ich stehe',
    movedDone: 'Sitzzeit zurückgesetzt. Gut gemacht.',
  },
  tip: 'Ein paar Minuten lockeres Gehen jede halbe Stunde tun Ihrem Rücken gut.',
  history: 'Ihren Verlauf ansehen',
  settings: 'Einstellungen ändern',
  presence: {
    status: 'Zustand:',
    present: 'Am Schreibtisch',
    away: 'Abwesend',
    locked: 'Bildschirm gesperrt',
    asleep: 'Computer im Ruhezustand',
    walking: 'Beim Spaziergang',
  },
};
export default de;
