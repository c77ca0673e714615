// German messages, namespace "break": exactly the English keys (the type checks it). Formell ("Sie"), ruhig und
// schlicht. Begriffe: walk = Spaziergang, walking plan = Gehplan, warm-up = Aufwärmen, cool-down = Dehnen (zum
// Schluss), level = Stufe. See docs/i18n.md.
import type { Messages } from '../messages';
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
    seenOn: 'Wann wurden Sie untersucht?',
    seenOnHint: 'Der Tag des Termins: vom Tag, an dem der Plan angehalten wurde ({{date}}), bis heute.',
    seenOnMissing: 'Bitte geben Sie den Tag an, an dem Sie untersucht wurden.',
    waitUntil: 'Sie können das ab {{time}} bestätigen, eine Minute nachdem der Plan angehalten wurde.',
    summaryTitle: 'Zusammenfassung für Ihre Ärztin, Ihren Arzt oder Ihre Physiotherapie',
    summaryText:
      'Eine druckbare Seite über Ihre letzten 6 Wochen: die Spaziergänge, Schmerz vorher und nachher, die Antworten, die den Plan angehalten haben, mit Datum.',
    summaryButton: 'Zusammenfassung speichern (PDF)',
    summarySaved: 'Gespeichert als {{fileName}}. Drucken Sie sie aus oder zeigen Sie sie beim Termin.',
    summaryNotSaved: 'Die Zusammenfassung wurde nicht gespeichert.',
  },
  // ---- H1a: the components that mainly show break content, and the break service's refusals ----
  rejected: {
    paused: 'Der Gehplan ist pausiert, bis eine medizinische Fachperson Sie untersucht hat.',
    walkRunning: 'Es läuft bereits ein Spaziergang.',
    nextDayNotDue: 'Gerade steht keine Nachfrage vom Vortag an.',
    notOnboarded: 'Bitte beantworten Sie zuerst die Fragen zum Einstieg.',
    wrongStep: 'Dieser Schritt ist gerade nicht möglich.',
    clearanceTooSoon: 'Der Plan wurde eben erst angehalten. Eine Freigabe können Sie ab {{time}} bestätigen.',
    seenInFuture: 'Der Tag der Untersuchung kann nicht in der Zukunft liegen.',
    seenBeforeHalt:
      'Der Tag der Untersuchung liegt vor dem Anhalten des Plans ({{date}}). Bitte lassen Sie untersuchen, was seitdem passiert ist.',
  },
  checkIn: {
    title: 'Kurzer Check, bevor Sie losgehen',
    intro: 'Zwei Fragen, etwa 10 Sekunden.',
    todayBefore: 'Heutiger Spaziergang:',
    todayAfter: ', nach einem kurzen Aufwärmen.',
    painHint: 'Wenn Sie unsicher sind, können Sie das auslassen.',
    painFromRecent: 'Aus Ihrer Antwort von eben; ändern Sie sie, wenn es jetzt anders ist.',
    missing: 'Bitte kreuzen Sie alles an, was zutrifft, oder „{{none}}“.',
    notNow: 'Jetzt nicht',
    continue: 'Weiter',
  },
  painScale: {
    point: '{{n}}, {{label}}',
  },
  symptoms: {
    title: 'Wie ist der Spaziergang Ihrem Rücken bekommen?',
    intro:
      'Etwa eine halbe Minute. Ihre Antworten bestimmen Ihren nächsten Spaziergang und zeigen, ob eine ' +
      'Fachperson draufschauen sollte.',
    quick: {
      legend: 'Haben Sie während oder seit dem Spaziergang etwas davon bemerkt?',
      spread: 'Schmerzen, die ins Gesäß oder ins Bein ausstrahlen',
      numbness: 'Taubheit, Kribbeln oder Ameisenlaufen in einem Bein oder Fuß',
      weakness:
        'Schwäche in einem Bein: ein Fuß, der aufklatscht oder hängen bleibt, ein Bein, das nachgibt, Stolpern',
      catching: 'Ihr Rücken hat sich verhakt oder blockiert oder fühlte sich instabil an',
      emergency: 'Ein Warnzeichen: {{items}}',
      clinician: 'Ein Grund für einen Arztbesuch: {{items}}',
      none: 'Nein, nichts davon',
      some: 'Ja, oder ich bin nicht sicher: jede Frage einzeln stellen',
      short: {
        emergency: {
          'saddle-numbness':
            'Taubheit oder Kribbeln im Genitalbereich, an den Innenseiten der Oberschenkel oder am Gesäß',
          bladder: 'neue Probleme beim Wasserlassen oder ungewollter Urinverlust',
          bowel: 'neuer Verlust der Kontrolle über den Darm',
          'sexual-function': 'eine neue Veränderung der Sexualfunktion',
          'chest-pain-breathless': 'Schmerzen in der Brust oder ungewöhnliche Atemnot',
          'fall-severe-pain': 'ein Sturz oder Unfall mit starken Schmerzen danach',
        },
        clinician: {
          'fever-unwell': 'Fieber oder ein allgemeines Krankheitsgefühl',
          'night-pain':
            'Rückenschmerzen, die nachts schlimmer sind oder bei Ruhe oder Lagewechsel nicht nachlassen',
          'weight-loss': 'Gewichtsverlust ohne erkennbaren Grund',
          'cancer-history': 'Sie hatten Krebs, und diese Schmerzen sind neu oder anders',
          'lump-or-shape-change':
            'ein Knoten oder eine Schwellung am Rücken oder eine Veränderung seiner Form',
        },
      },
    },
    answerThis: 'Bitte beantworten Sie diese Frage.',
    endedForBack:
      'Sie haben den Spaziergang wegen Ihres Rückens früher beendet; das wird in jedem Fall berücksichtigt.',
    stillMissing_one: 'Eine Frage ist noch nicht beantwortet.',
    stillMissing_other: '{{count}} Fragen sind noch nicht beantwortet.',
    submit: 'Was bedeutet das?',
  },
  nextDay: {
    title: 'Wie geht es Ihrem Rücken heute?',
    intro:
      'Eine kurze Nachfrage zu Ihrem Spaziergang am {{day}}. Sie hilft, die richtige Länge für den nächsten zu finden.',
    chooseOne: 'Bitte wählen Sie eine Antwort.',
    chooseNumber: 'Bitte wählen Sie eine Zahl.',
    later: 'Später fragen',
  },
  onboarding: {
    advisoryTitle: 'Ein paar Gesundheitsfragen',
    advisoryIntro:
      'Sie haben diese Fragen vor 4 Wochen zuletzt beantwortet. Hat sich etwas geändert? Es dauert eine halbe Minute.',
    title: 'Richten wir Ihren Gehplan ein',
    intro:
      'Ein paar Fragen, nur einmal. Ihr Plan beginnt bei dem, was Sie schon bequem schaffen, und wächst langsam, ' +
      'um jeweils ein paar Minuten, und nur solange Ihr Rücken gut damit zurechtkommt.',
    minutesHint: 'Ihre ersten Spaziergänge sind etwas kürzer als das. Sie können auch 0 angeben.',
    minutesError: 'Geben Sie eine ganze Zahl von 0 bis 120 Minuten ein. Eine grobe Schätzung genügt.',
    chooseNumber: 'Bitte wählen Sie eine Zahl.',
    chooseOne: 'Bitte wählen Sie eine Antwort.',
    flare: 'Haben Sie gerade einen Schub (eine akute Verschlechterung) Ihrer Rückenschmerzen?',
    yes: 'Ja',
    no: 'Nein',
    clinicianPlan:
      'Hat Ihnen eine Physiotherapeutin, ein Physiotherapeut, eine Ärztin oder ein Arzt einen Gehplan gegeben?',
    clinicianPlanNo: 'Nein, mit meiner Antwort oben beginnen',
    clinicianPlanLevel_one: 'Ja: Spaziergänge von {{count}} Minute',
    clinicianPlanLevel_other: 'Ja: Spaziergänge von {{count}} Minuten',
    healthTitle: 'Ein paar Gesundheitsfragen',
    healthHint:
      'Ein „Ja“ hält Sie nicht davon ab, WalkBreak zu nutzen; es bedeutet, dass Sie vorher kurz mit einer Fachperson sprechen sollten.',
    noToAll: 'Nein zu allen',
    noToRest: 'Nein zu den übrigen',
    healthMissing_one: 'Bitte beantworten Sie die letzte Frage.',
    healthMissing_other: 'Bitte beantworten Sie alle {{count}} Fragen.',
    readTitle: 'Bitte lesen',
    understood: 'Ich habe das gelesen und verstehe, dass WalkBreak keinen ärztlichen Rat ersetzt.',
    confirmRead: 'Bitte bestätigen Sie, dass Sie das gelesen haben.',
    start: 'Meinen Plan starten',
  },
  outcome: {
    badge: {
      urgent: 'Dringend',
      seeClinician: 'Ärztlich abklären lassen',
      green: 'Grün: weiter so',
      hold: 'Gelb: Stufe halten',
      stepBack: 'Eine Stufe zurück',
    },
    nextWalk: 'Nächster Spaziergang:',
    nextLevel: '(Stufe {{level}} von {{max}})',
    movedUp_one: 'Sie sind auf Stufe {{level}} aufgestiegen: Spaziergänge von {{count}} Minute',
    movedUp_other: 'Sie sind auf Stufe {{level}} aufgestiegen: Spaziergänge von {{count}} Minuten',
    movedDown_one: 'Ihre Spaziergänge sind jetzt auf Stufe {{level}}: {{count}} Minute',
    movedDown_other: 'Ihre Spaziergänge sind jetzt auf Stufe {{level}}: {{count}} Minuten',
    toldUs: 'Was Sie angegeben haben',
  },
  reasonList: {
    why: 'Warum',
  },
  clinicianSummary: {
    title: 'Zusammenfassung zum Mitnehmen',
    date: 'Datum',
    plan: 'Gehplan',
    planLevel: 'Stufe {{level}} von {{max}}',
    before: 'Rückenschmerzen vor dem Spaziergang',
    rise: 'Anstieg während des Spaziergangs',
    risePoints_one: '{{delta}} Punkt',
    risePoints_other: '{{delta}} Punkte',
    after: 'Rückenschmerzen nach dem Spaziergang',
    flagged: 'Auffällig',
    score: '{{score}}/10',
    notAnswered: 'nicht beantwortet',
  },
  moves: {
    start: 'Mit Übung 1 beginnen',
    beginner: 'Ich habe heute Beschwerden oder dehne mich zum ersten Mal: kürzer halten',
    drawing: 'Zeichnung: {{name}}',
    position: 'Übung {{index}} von {{total}}',
    optional: 'Freiwillig',
    caution: 'Vorsicht:',
    holdFirstSide: 'Halten {{round}} von {{total}}: erste Seite',
    holdOtherSide: 'Halten {{round}} von {{total}}: andere Seite',
    skipMove: 'Diese Übung überspringen',
    nextMove: 'Nächste Übung',
  },
  moveTimer: {
    round: 'Runde {{round}} von {{total}}',
    allDone: 'Die Zeit ist um. Gut gemacht.',
    switchSides: 'Seite wechseln. Das nächste Halten beginnt von selbst.',
    paused: 'Angehalten.',
    start: 'Timer starten',
    pause: 'Anhalten',
    resume: 'Fortsetzen',
  },
  repCounter: {
    of_one: 'von {{count}} Wiederholung',
    of_other: 'von {{count}} Wiederholungen',
    count: 'Wiederholung zählen',
    done: 'Fertig',
    optional: 'Mitzählen ist freiwillig: Drücken Sie „Fertig“, wenn Sie die Übung beendet haben.',
    reached: 'Das war der Satz. Gut gemacht.',
  },
};
export default de;
