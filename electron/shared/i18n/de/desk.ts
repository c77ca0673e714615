// German messages, namespace "desk": exactly the English keys (the type checks it). Formell ("Sie"), ruhig, ohne
// Vorwurf. Begriffe: standing desk = Steh-Sitz-Tisch, posture reset = Haltungspause. See docs/i18n.md.
import type { Messages } from '../messages';
import type en from '../en/desk';

const de: Messages<typeof en> = {
  item: {
    screenHeight: {
      question: 'Ist die Oberkante Ihres Bildschirms etwa auf Augenhöhe oder etwas darunter?',
      hint: 'Wenn Sie aufrecht sitzen und geradeaus schauen, treffen Ihre Augen den oberen Teil des Bildschirms; der Kopf ist weder nach unten noch nach hinten geneigt.',
      fix: 'Stellen Sie den Bildschirm höher, bis die Oberkante etwa auf Augenhöhe ist. Günstige Lösung: ein Stapel Bücher oder ein stabiler Karton unter Bildschirm oder Laptop.',
      figure: 'Eine Person sitzt aufrecht und schaut geradeaus auf die Oberkante eines Bildschirms.',
    },
    screenDistance: {
      question: 'Ist der Bildschirm etwa eine Armlänge entfernt?',
      hint: 'Strecken Sie den Arm aus: Die Fingerspitzen reichen ungefähr bis zum Bildschirm, nah genug zum Lesen, ohne sich vorzubeugen.',
      fix: 'Rücken Sie den Bildschirm näher oder weiter weg, bis Sie angelehnt bequem lesen können. Günstige Lösung: die Schrift vergrößern, statt sich vorzubeugen.',
      figure: 'Eine Person sitzt angelehnt; der ausgestreckte Arm reicht etwa bis zum Bildschirm.',
    },
    laptop: {
      question: 'Falls Sie am Laptop arbeiten: Steht er erhöht, mit separater Tastatur und Maus?',
      hint: 'Bildschirm und Tastatur eines Laptops hängen zusammen: Passt die Tastatur, ist der Bildschirm zu tief. Überspringen Sie diese Frage, wenn Sie keinen Laptop nutzen.',
      fix: 'Stellen Sie den Laptop höher, sodass der Bildschirm etwa auf Augenhöhe ist, und tippen Sie auf einer separaten Tastatur mit Maus. Günstige Lösung: Bücher unter dem Laptop und eine beliebige USB-Tastatur und Maus.',
      figure: 'Ein Laptop auf einem Bücherstapel, davor eine separate Tastatur und Maus.',
    },
    elbows: {
      question: 'Sind Ihre Ellbogen etwa im rechten Winkel, die Schultern locker?',
      hint: 'Mit den Händen auf der Tastatur sind die Unterarme ungefähr waagerecht, die Ellbogen nah am Körper und die Schultern nicht hochgezogen.',
      fix: 'Ändern Sie die Stuhlhöhe, bis die Unterarme auf Höhe der Tischplatte sind. Günstige Lösung: ein festes Kissen auf dem Sitz, wenn der Tisch hoch ist.',
      figure: 'Eine Person tippt mit waagerechten Unterarmen, Ellbogen im rechten Winkel, Schultern locker.',
    },
    feet: {
      question: 'Stehen Ihre Füße flach auf dem Boden oder auf einer Fußstütze?',
      hint: 'Die Oberschenkel sind ungefähr waagerecht, und die Sitzkante drückt nicht in die Kniekehlen.',
      fix: 'Wenn die Füße nach dem Höherstellen des Stuhls in der Luft hängen, geben Sie ihnen eine Auflage. Günstige Lösung: ein Karton, eine niedrige Stufe oder ein paar dicke Bücher.',
      figure: 'Eine Person sitzt mit beiden Füßen flach auf einem niedrigen Karton unter dem Tisch.',
    },
    lowerBack: {
      question: 'Stützt Ihr Stuhl den unteren Rücken?',
      hint: 'Wenn Sie sich ganz anlehnen, berührt die Rückenlehne die Lendengegend, etwa auf Gürtelhöhe.',
      fix: 'Setzen Sie sich ganz nach hinten und stellen Sie die Lehne ein, wenn das geht. Günstige Lösung: ein kleines gerolltes Handtuch oder ein Kissen im Kreuz.',
      figure: 'Eine Person sitzt angelehnt, ein gerolltes Handtuch im unteren Rücken.',
    },
    light: {
      question: 'Steht Ihr Bildschirm seitlich zum Fenster?',
      hint: 'Das Tageslicht kommt von der Seite, weder von hinter dem Bildschirm in Ihre Augen noch als Spiegelung auf den Bildschirm.',
      fix: 'Drehen Sie Tisch oder Bildschirm so, dass das Fenster seitlich liegt. Günstige Lösung: Jalousie oder Vorhang schließen, wenn die Sonne tief steht.',
      figure: 'Ein Schreibtisch von oben, das Fenster liegt seitlich zum Bildschirm.',
    },
  },
  /** The short name of each item, for lists (Home). */
  short: {
    screenHeight: 'Bildschirmoberkante auf Augenhöhe',
    screenDistance: 'Bildschirm eine Armlänge entfernt',
    laptop: 'Laptop erhöht, separate Tastatur und Maus',
    elbows: 'Ellbogen im rechten Winkel, Schultern locker',
    feet: 'Füße flach oder auf einer Fußstütze',
    lowerBack: 'Unterer Rücken gestützt',
    light: 'Bildschirm seitlich zum Fenster',
  },
  check: {
    title: 'Arbeitsplatz prüfen',
    intro:
      'Sieben kurze Fragen zu Ihrem Arbeitsplatz, etwa 2 Minuten. Eine gute Einrichtung macht das Sitzen bequemer; Bewegung ersetzt sie nicht. Die beste Haltung ist die nächste.',
    progress: 'Frage {{n}} von {{total}}',
    yes: 'Ja',
    no: 'Nein',
    skip: 'Überspringen',
    back: 'Zurück',
    answerLegend: 'Ihre Antwort',
    doneTitle: 'Ihr Arbeitsplatz',
    allGood: 'Nichts zu ändern. Bewegen Sie sich weiter zwischendurch: Die beste Haltung ist die nächste.',
    toFixIntro_one: 'Eine Sache lohnt sich zu ändern:',
    toFixIntro_other: '{{count}} Dinge lohnen sich zu ändern:',
    save: 'Antworten speichern',
    saved: 'Gespeichert. Die Startseite zeigt, was noch zu tun ist.',
    home: 'Zur Startseite',
    modest:
      'Dies sind Tipps für mehr Komfort aus Leitfäden zum Arbeitsschutz, keine Behandlung. Wenn etwas schmerzt, wenden Sie sich an eine medizinische Fachkraft.',
  },
  home: {
    title: 'Ihr Arbeitsplatz',
    never: 'Eine 2-minütige Prüfung Ihres Arbeitsplatzes kann das Sitzen bequemer machen.',
    due: 'Ihre letzte Arbeitsplatzprüfung ist einige Monate her.',
    allGood: 'Bei der letzten Prüfung war Ihr Arbeitsplatz gut eingerichtet.',
    toFix_one: 'Eine Sache ist noch zu ändern:',
    toFix_other: '{{count}} Dinge sind noch zu ändern:',
    fixed: 'Erledigt',
    fixedLabel: 'Erledigt: {{item}}',
    start: 'Arbeitsplatz prüfen',
    changed: 'Mein Arbeitsplatz hat sich geändert',
  },
  postureOffer: {
    title: 'Haltungspausen',
    body: 'Möchten Sie auf halbem Weg zu jeder Erinnerung eine sanfte Haltungspause? Eine leise Benachrichtigung, nie ein Fenster: zurücklehnen, Schultern sinken lassen, ein paar langsame Atemzüge, etwa 20 Sekunden. Nie während eines Anrufs, einer Pause oder außerhalb Ihrer Arbeitszeiten.',
    turnOn: 'Haltungspausen einschalten',
    noThanks: 'Nein danke',
    turnedOn: 'Haltungspausen sind eingeschaltet. In den Einstellungen können Sie sie wieder ausschalten.',
  },
  cue: {
    posture: {
      title: 'Eine 20-Sekunden-Haltungspause',
      'sit-back':
        'Setzen Sie sich ganz nach hinten in den Stuhl und lassen Sie ihn ein paar Atemzüge lang Ihren unteren Rücken stützen.',
      shoulders: 'Ziehen Sie die Schultern zu den Ohren hoch und lassen Sie sie fallen. Noch zweimal.',
      breaths: 'Drei langsame Atemzüge: durch die Nase ein, etwas länger aus.',
      'chin-tuck':
        'Ziehen Sie das Kinn sanft zurück, als machten Sie ein Doppelkinn; einen Atemzug halten, dann lösen. Dreimal.',
      distance: 'Schauen Sie 20 Sekunden lang auf etwas weit Entferntes, wenn möglich aus dem Fenster.',
    },
    standingLong: {
      title_one: 'Sie stehen seit {{count}} Minute',
      title_other: 'Sie stehen seit {{count}} Minuten',
      body: 'Lange still zu stehen ermüdet auch. Setzen Sie sich eine Weile, oder besser: Gehen Sie ein paar Minuten.',
    },
  },
};

export default de;
