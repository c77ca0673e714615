// German messages, namespace "break": exactly the English keys (the type checks it). Formell ("Sie"), ruhig und
// schlicht. Begriffe: walk = Spaziergang, walking plan = Gehplan, warm-up = Aufwärmen, cool-down = Dehnen (zum
// Schluss), level = Stufe. See docs/i18n.md.
import type { Messages } from '..';
import type en from '../en/break';

const de: Messages<typeof en> = {
  view: {
    loading: 'Wird geladen …',
    titles: {
      loading: 'Spaziergang',
      choose: 'Zeit für einen Spaziergang',
      shortWalk_one: '{{count}} Minute gehen',
      shortWalk_other: '{{count}} Minuten gehen',
      onboarding: 'Ihren Gehplan einrichten',
      advisory: 'Ein paar Fragen zur Gesundheit',
      nextDay: 'Wie geht es Ihrem Rücken heute?',
      restDay: 'Ruhetag',
      checkIn: 'Vor Ihrem Spaziergang',
      warmUp: 'Aufwärmen',
      walk: 'Spaziergang',
      coolDown: 'Dehnen zum Schluss',
      symptoms: 'Wie war es?',
      outcome: 'Nach Ihrem Spaziergang',
      paused: 'Gehplan pausiert',
      locked: 'Gehplan gesperrt',
    },
    warmUp: {
      title: 'Aufwärmen',
      done: 'Spaziergang starten',
      skipAll: 'Aufwärmen überspringen und losgehen',
    },
    coolDown: {
      title: 'Dehnen zum Schluss',
      done: 'Weiter zu den Fragen',
      skipAll: 'Dehnen überspringen',
    },
  },
  steps: {
    label: 'Schritte der Pause',
    position: 'Schritt {{index}} von {{total}}:',
    names: {
      checkIn: 'Kurzer Check',
      warmUp: 'Aufwärmen',
      walk: 'Spaziergang',
      coolDown: 'Dehnen',
      symptoms: 'Wie war es?',
    },
  },
  choose: {
    title: 'Zeit, aufzustehen und zu gehen',
    intro: 'Wählen Sie, was gerade zu Ihnen passt. Beides zählt als Pause vom Sitzen.',
    short: {
      title: 'Kurzer Spaziergang',
      body_one: '{{count}} Minute in gemütlichem Tempo. Keine Fragen.',
      body_other: '{{count}} Minuten in gemütlichem Tempo. Keine Fragen.',
    },
    plan: {
      title: 'Gehplan',
      setupBody:
        'Ein sanfter Plan, der mit Ihrem Rücken wächst. Richten Sie ihn in etwa 2 Minuten ein und machen Sie dann Ihren ersten Spaziergang.',
      body_one:
        '{{count}} Minute mit kurzem Aufwärmen und Dehnen, danach ein paar Fragen, die Ihren nächsten Spaziergang festlegen.',
      body_other:
        '{{count}} Minuten mit kurzem Aufwärmen und Dehnen, danach ein paar Fragen, die Ihren nächsten Spaziergang festlegen.',
      bodyUnknown:
        'Ein Spaziergang mit kurzem Aufwärmen und Dehnen, danach ein paar Fragen, die Ihren nächsten Spaziergang festlegen.',
      setUp: 'Meinen Plan einrichten',
      start_one: 'Meinen {{count}}-Minuten-Spaziergang starten',
      start_other: 'Meinen {{count}}-Minuten-Spaziergang starten',
      startUnknown: 'Meinen Spaziergang starten',
    },
    notNow: 'Jetzt nicht',
  },
  shortWalk: {
    title_one: '{{count}} Minute gehen',
    title_other: '{{count}} Minuten gehen',
    intro:
      'Ein leichtes, angenehmes Tempo ist richtig. Richten Sie sich auf und lassen Sie die Arme schwingen.',
    done_one: '{{count}} Minute geschafft. Gut gemacht!',
    done_other: '{{count}} Minuten geschafft. Gut gemacht!',
    finish: 'Fertig',
    endEarly: 'Vorzeitig beenden',
  },
  walk: {
    title_one: 'Ihr Spaziergang von {{count}} Minute',
    title_other: 'Ihr Spaziergang von {{count}} Minuten',
    done: 'Spaziergang geschafft',
    doneBody: 'Gut gemacht. Dehnen Sie sich jetzt sanft, solange Sie noch warm sind.',
    pausedBody: 'Angehalten. Nehmen Sie sich die Zeit, die Sie brauchen.',
    body: 'Gehen Sie in einem Tempo, das sich angenehm anfühlt. Sie können dieses Fenster verlassen; die Zeit läuft weiter.',
    timeLeft: 'Verbleibende Zeit',
    state: {
      paused: 'angehalten',
      complete: 'geschafft',
      left: 'übrig',
    },
    toCoolDown: 'Weiter zum Dehnen',
    whyQuestion: 'Warum beenden Sie den Spaziergang vorzeitig?',
    keepWalking: 'Weitergehen',
    endWalk: 'Spaziergang beenden',
    pause: 'Anhalten',
    resume: 'Fortsetzen',
    endEarly: 'Vorzeitig beenden',
  },
  restDay: {
    title: 'Ruhetag',
    moving: 'Aufstehen, sich ein wenig dehnen und im Raum umhergehen: Das alles zählt.',
    shortWalk_one: 'Stattdessen kurz {{count}} Minute gehen',
    shortWalk_other: 'Stattdessen kurz {{count}} Minuten gehen',
  },
  hold: {
    lockedTitle: 'Ihr Gehplan ist gesperrt',
    pausedTitle: 'Ihr Gehplan ist pausiert',
    emergencyLead: 'Falls Sie noch nicht untersucht wurden: {{banner}}',
    why: 'Warum',
    cleared: 'Ich wurde ärztlich oder physiotherapeutisch freigegeben',
    clearedConfirm:
      'Ich wurde ärztlich oder physiotherapeutisch untersucht, und man hat mir gesagt, dass ich wieder mit dem Gehen beginnen kann.',
    startAgainAt: 'Wieder beginnen mit',
    level_one: 'Stufe {{level}}: {{count}} Minute',
    level_other: 'Stufe {{level}}: {{count}} Minuten',
    levelRecommended_one: 'Stufe {{level}}: {{count}} Minute (empfohlen, sofern nicht anders geraten)',
    levelRecommended_other: 'Stufe {{level}}: {{count}} Minuten (empfohlen, sofern nicht anders geraten)',
    levelHint:
      'Wählen Sie eine höhere Stufe nur, wenn Ihnen ärztlich oder physiotherapeutisch dazu geraten wurde.',
    restart: 'Plan neu starten',
  },
};
export default de;
