// German messages, namespace "content": exactly the English keys (the type checks it). See docs/i18n.md.
// Health and safety text: the same meaning, numbers, doses, hold times and "stop if" conditions as the English
// (health-evidence.md part 2); formal "Sie", calm and plain. Emergency: "Ihre örtliche Notrufnummer", then the
// region's number (electron/shared/emergency.ts), or the Notaufnahme now, checked the same day. tests/shared/break-content.test.ts checks the numbers survive.
import type { Messages } from '../messages';
import type en from '../en/content';

const de: Messages<typeof en> = {
  stopIf:
    'Brechen Sie die Übung ab, wenn sie stechende Schmerzen auslöst oder wenn Schmerzen, Kribbeln oder ein ' +
    'Taubheitsgefühl in ein Bein ausstrahlen.',
  stretchRules: {
    slow: 'Bewegen Sie sich langsam und ohne zu wippen. Eine leichte, angenehme Dehnung reicht.',
    warmUpHolds:
      'Das Aufwärmen besteht aus sanften Bewegungen und kurzem Halten; längeres Halten kommt erst beim Dehnen ' +
      'zum Schluss, wenn Sie warm sind.',
    support:
      'Wo es ums Gleichgewicht geht, halten Sie sich an etwas Festem fest, das nicht wegrollt: an einer ' +
      'Schreibtischkante, einer Wand oder einem feststehenden Stuhl.',
    notACure:
      'Diese Übungen helfen Ihnen, sich lockerer und wohler zu fühlen. Sie heilen Rückenschmerzen nicht.',
    startLow:
      'Beginnen Sie mit der niedrigeren Zahl an Wiederholungen. Wenn es sich gut anfühlt, nehmen Sie alle paar ' +
      'Einheiten 1 oder 2 dazu.',
  },
  intro: {
    warmUp:
      'Etwa 3–5 Minuten sanfte Übungen, um vor dem Gehen warm zu werden. Halten Sie jede Bewegung klein und leicht.',
    coolDown:
      'Direkt nach dem Spaziergang: Halten Sie jede Dehnung 20–30 Sekunden, zweimal auf jeder Seite. Wenn Sie ' +
      'Beschwerden haben oder mit Dehnen neu anfangen, beginnen Sie mit 10–15 Sekunden. Atmen Sie ruhig und ' +
      'wippen Sie nicht.',
  },
  moves: {
    W1: {
      name: 'Lockeres Gehen auf der Stelle',
      steps: {
        s1: 'Stellen Sie sich aufrecht neben Ihren Schreibtisch.',
        s2: 'Heben Sie in ruhigem Tempo erst ein Knie, dann das andere.',
        s3: 'Lassen Sie die Arme locker mitschwingen. Das dient nur zum Aufwärmen.',
      },
      dose: '60 Sekunden',
      caution: 'Wenn Sie sich unsicher fühlen, legen Sie eine Hand auf den Schreibtisch.',
    },
    W2: {
      name: 'Beckenkippen im Stehen',
      steps: {
        s1: 'Stellen Sie die Füße hüftbreit auseinander, die Knie leicht gebeugt, die Hände an den Hüften.',
        s2: 'Kippen Sie das Steißbein langsam nach vorn unten, sodass sich der untere Rücken etwas abflacht.',
        s3: 'Kippen Sie dann in die andere Richtung, sodass sich der untere Rücken etwas wölbt.',
        s4: 'Halten Sie die Bewegung klein und fließend, und atmen Sie weiter.',
      },
      dose: '8–10 langsame Wiederholungen, an jedem Ende etwa 2 Sekunden innehalten',
      caution: 'Halten Sie die Bewegung klein. Hören Sie auf, wenn sie stechende Schmerzen auslöst.',
    },
    W3: {
      name: 'Rückbeuge im Stehen',
      steps: {
        s1: 'Stellen Sie die Füße schulterbreit auseinander.',
        s2: 'Legen Sie die Handflächen hinten auf die Hüften, die Finger zeigen nach unten.',
        s3: 'Blicken Sie geradeaus, schieben Sie die Hüften nach vorn und lehnen Sie den Oberkörper etwas zurück.',
        s4: 'Richten Sie sich wieder ganz auf.',
      },
      dose: '5 Wiederholungen, jede etwa 2–3 Sekunden halten',
      caution:
        'Gehen Sie nur so weit, wie es angenehm ist. Lassen Sie diese Übung weg, wenn sie Schmerzen oder Kribbeln ' +
        'ins Gesäß oder Bein ausstrahlen lässt oder wenn Ihnen eine medizinische Fachperson vom Zurückbeugen ' +
        'abgeraten hat.',
    },
    W4: {
      name: 'Rumpfdrehung im Stehen',
      steps: {
        s1: 'Verschränken Sie die Arme vor der Brust, die Hände liegen auf den Schultern.',
        s2: 'Hüften und Knie zeigen gerade nach vorn.',
        s3:
          'Drehen Sie die Schultern langsam zu einer Seite, bis Sie eine sanfte Dehnung spüren, dann zurück zur ' +
          'Mitte.',
        s4: 'Drehen Sie sich genauso zur anderen Seite.',
      },
      dose: '5 zu jeder Seite, jede Drehung 3–5 Sekunden halten',
      caution: 'Drehen Sie langsam und kontrolliert, ohne Schwung und ohne Ruck.',
    },
    W5: {
      name: 'Seitbeuge im Stehen',
      steps: {
        s1: 'Stehen Sie aufrecht, die Arme hängen seitlich herab.',
        s2: 'Lassen Sie eine Hand außen am Oberschenkel hinuntergleiten und beugen Sie sich in der Taille zur Seite.',
        s3: 'Spüren Sie, wie sich die andere Körperseite dehnt, und richten Sie sich dann wieder auf.',
        s4: 'Wiederholen Sie das zur anderen Seite.',
      },
      dose: '3–5 zu jeder Seite, jede 2–3 Sekunden halten',
      caution:
        'Beugen Sie sich gerade zur Seite, nicht nach vorn oder hinten. Lassen Sie nach, wenn es zwickt.',
    },
    W6: {
      name: 'Knieheben mit Halt',
      steps: {
        s1: 'Halten Sie sich am Schreibtisch oder an der Lehne eines Stuhls fest, der sich nicht bewegt.',
        s2: 'Heben Sie ein Knie Richtung Hüfthöhe oder so hoch, wie es angenehm ist.',
        s3: 'Senken Sie es langsam ab und heben Sie dann das andere Knie.',
      },
      dose: '5 mit jedem Bein',
      caution: 'Halten Sie sich an etwas Stabilem fest. Stützen Sie sich nie auf einen Stuhl mit Rollen.',
    },
    W7: {
      name: 'Katze–Kamel am Schreibtisch',
      steps: {
        s1: 'Stellen Sie sich eine Armlänge vor einen stabilen Schreibtisch und legen Sie die Hände auf die Kante.',
        s2: 'Gehen Sie einen Schritt zurück und beugen Sie sich in der Hüfte, bis Ihr Rücken etwa waagerecht ist.',
        s3: 'Runden Sie den Rücken sanft zur Decke hin und lassen Sie den Kopf sinken.',
        s4: 'Lassen Sie den Rücken dann sanft etwas durchhängen und blicken Sie leicht nach vorn.',
      },
      dose: '5–8 langsame Wiederholungen',
      caution:
        'Bleiben Sie im angenehmen Bereich. Lassen Sie die Übung weg, wenn das Vorbeugen die Schmerzen in Ihrem ' +
        'Bein verstärkt.',
    },
    C1: {
      name: 'Wadendehnung an Wand oder Schreibtisch',
      steps: {
        s1: 'Legen Sie beide Hände an eine Wand oder auf Ihren Schreibtisch.',
        s2: 'Setzen Sie einen Fuß nach hinten. Halten Sie dieses Bein gestreckt und die Ferse fest am Boden.',
        s3: 'Beugen Sie das vordere Knie; Zehen und Hüften zeigen nach vorn.',
        s4: 'Lehnen Sie sich nach vorn, bis Sie unten an der Rückseite des hinteren Beins eine Dehnung spüren.',
      },
      dose: '20–30 Sekunden, zweimal mit jedem Bein (zu Beginn: 10–15 Sekunden)',
      caution:
        'Lassen Sie die hintere Ferse am Boden. Lassen Sie die Übung weg, wenn Sie eine Verletzung der ' +
        'Achillessehne oder der Wade haben.',
    },
    C2: {
      name: 'Dehnung der hinteren Oberschenkel im Stehen',
      steps: {
        s1: 'Halten Sie sich am Schreibtisch oder an der Lehne eines Stuhls fest, der sich nicht bewegt.',
        s2:
          'Setzen Sie eine Ferse etwa einen halben Schritt nach vorn, Zehen nach oben, das Knie gestreckt, aber ' +
          'nicht durchgedrückt.',
        s3: 'Beugen Sie das andere Knie ein wenig.',
        s4:
          'Halten Sie den Rücken lang und neigen Sie sich aus der Hüfte nach vorn, bis Sie an der Rückseite des ' +
          'Oberschenkels des vorderen, gestreckten Beins eine leichte Dehnung spüren.',
      },
      dose: '20–30 Sekunden, zweimal mit jedem Bein (zu Beginn: 10–15 Sekunden)',
      caution:
        'Achten Sie darauf, dass Ihr Rücken nicht rund wird. Wenn Sie Kribbeln spüren oder ein Ziehen, das bis in ' +
        'die Wade oder den Fuß hinunterläuft, lassen Sie nach: Das kann ein gereizter Nerv sein, also dehnen Sie ' +
        'nicht weiter hinein.',
      alternative:
        'Im Sitzen: Setzen Sie sich vorn auf die Stuhlkante, strecken Sie ein Bein nach vorn aus und neigen Sie ' +
        'sich aus der Hüfte nach vorn.',
    },
    C3: {
      name: 'Dehnung der Hüftbeuger im Stehen',
      steps: {
        s1:
          'Halten Sie sich am Schreibtisch fest und machen Sie einen kurzen Schritt nach vorn, sodass ein Fuß vor ' +
          'dem anderen steht.',
        s2: 'Kippen Sie zuerst das Steißbein nach vorn unten und spannen Sie das Gesäß des hinteren Beins an.',
        s3:
          'Verlagern Sie dann Ihr Gewicht etwas nach vorn, bis Sie vorn an der Hüfte des hinteren Beins eine ' +
          'Dehnung spüren.',
      },
      dose: '20–30 Sekunden, zweimal auf jeder Seite (zu Beginn: 10–15 Sekunden)',
      caution:
        'Machen Sie kein Hohlkreuz und gehen Sie nicht in einen tiefen Ausfallschritt; das vordere Knie bleibt über ' +
        'dem Sprunggelenk. Wenn Ihr Rücken schmerzt, ziehen Sie das Steißbein weiter nach unten ein und gehen Sie ' +
        'weniger weit.',
    },
    C4: {
      name: 'Dehnung der vorderen Oberschenkel im Stehen',
      steps: {
        s1: 'Halten Sie sich mit einer Hand am Schreibtisch fest.',
        s2: 'Beugen Sie ein Knie und führen Sie die Ferse Richtung Gesäß.',
        s3: 'Halten Sie den Knöchel oder Ihr Hosenbein fest, oder legen Sie einen Gurt oder Gürtel darum.',
        s4: 'Halten Sie die Knie nebeneinander und stehen Sie aufrecht.',
      },
      dose: '20–30 Sekunden (etwa 5 ruhige Atemzüge), zweimal mit jedem Bein (zu Beginn: 10–15 Sekunden)',
      caution:
        'Lassen Sie die Übung weg, wenn sie Ihrem Knie wehtut. Wenn das Gleichgewicht schwerfällt, machen Sie zu ' +
        'Hause die Variante in Seitenlage.',
    },
  },
  atHome: {
    kneeToChest: 'Knie zur Brust, in Rückenlage: 5–10 Sekunden halten, 5-mal auf jeder Seite.',
    kneeRolls: 'Knie zur Seite kippen, in Rückenlage: 10 Sekunden halten, 3-mal auf jeder Seite.',
  },
  beforeYouGo: {
    title: 'Bevor Sie losgehen',
    intro: 'Ein paar Dinge, die den Spaziergang für Ihren Rücken leichter machen:',
  },
  walkStopIf:
    'Hören Sie auf zu gehen und holen Sie Rat ein, wenn die Schmerzen zunehmen, Sie Taubheit, Kribbeln oder ' +
    'Schwäche in einem Bein bemerken oder Ihr Rücken sich instabil anfühlt oder blockiert.',
  cues: {
    easyStart: 'Beginnen Sie sanft: Gehen Sie die ersten ein, zwei Minuten in lockerem Tempo.',
    easyEnd: 'Fast geschafft. Werden Sie für die letzten ein, zwei Minuten langsamer, um locker auszugehen.',
    brisk:
      'Wenn es sich gut anfühlt, gehen Sie etwas zügiger: Sie können noch sprechen, aber nicht mehr singen. ' +
      'Sonst bleiben Sie beim lockeren Tempo.',
    slope:
      'Sanfte Steigungen sind jetzt in Ordnung, wenn Ihr Rücken gut damit zurechtkommt. Gehen Sie den größten ' +
      'Teil auf ebener Strecke.',
    posture: {
      'head-up': 'Gehen Sie aufrecht, den Kopf oben, den Blick nach vorn.',
      'shoulders-relaxed': 'Lassen Sie die Schultern sinken und locker, und die Arme natürlich mitschwingen.',
      'no-lean': 'Bleiben Sie aufrecht und versuchen Sie, sich nicht nach vorn zu lehnen.',
      'level-ground': 'Bleiben Sie vorerst auf ebenem, gleichmäßigem Untergrund.',
      shoes: 'Bequeme Schuhe, die guten Halt geben und nicht scheuern, sind alles, was Sie brauchen.',
    },
  },
  painScale: {
    min: 'Keine Schmerzen',
    max: 'Stärkste vorstellbare Schmerzen',
    minSpoken: 'keine Schmerzen',
    maxSpoken: 'stärkste vorstellbare Schmerzen',
  },
  noneOfThese: 'Nichts davon',
  newOrWorse: 'Das ist neu oder stärker als sonst',
  legs: { no: 'Nein', 'one-leg': 'Ja, in einem Bein', 'both-legs': 'Ja, in beiden Beinen' },
  emergency: {
    'saddle-numbness':
      'Taubheitsgefühl oder Kribbeln im Genitalbereich, an den Innenseiten der Oberschenkel oder am Gesäß, also ' +
      'dort, wo man auf einem Fahrradsattel sitzt („Reithosenanästhesie“)',
    bladder: 'Neue Probleme beim Wasserlassen oder ungewollter Urinverlust',
    bowel: 'Neuer Verlust der Kontrolle über den Darm',
    'sexual-function':
      'Eine neue Veränderung der Sexualfunktion, etwa bei der Erektion oder dem Gefühl im Genitalbereich',
    'chest-pain-breathless': 'Schmerzen in der Brust oder Atemnot, die für Sie ungewöhnlich ist',
    'fall-severe-pain': 'Ein Sturz oder Unfall während des Spaziergangs, nach dem Sie starke Schmerzen haben',
  },
  clinician: {
    'fever-unwell': 'Fieber oder ein allgemeines Krankheitsgefühl',
    'night-pain':
      'Rückenschmerzen, die nachts schlimmer sind oder die durch Ruhe oder einen Positionswechsel nicht ' +
      'nachlassen',
    'weight-loss': 'Gewichtsverlust ohne erkennbaren Grund',
    'cancer-history': 'Sie hatten Krebs, und diese Rückenschmerzen sind neu oder fühlen sich anders an',
    'lump-or-shape-change': 'Ein Knoten oder eine Schwellung am Rücken oder eine Veränderung seiner Form',
  },
  preWalk: {
    P0: { text: 'Wie stark sind Ihre Rückenschmerzen gerade?' },
    P1: {
      text: 'Haben Sie gerade eine dieser Beschwerden?',
      fall: 'Ein kürzlicher Sturz oder Unfall, nach dem Sie starke Rückenschmerzen haben',
      bothLegs: 'Taubheit oder Schwäche in beiden Beinen',
    },
  },
  postWalk: {
    Q1: { text: 'Wie stark sind Ihre Rückenschmerzen jetzt?' },
    Q2: { text: 'Wie stark waren Ihre Rückenschmerzen während des Spaziergangs höchstens?' },
    Q3: {
      text: 'Sind Sie die ganze geplante Zeit gegangen?',
      options: {
        yes: 'Ja',
        'stopped-back': 'Nein, ich habe wegen meines Rückens früher aufgehört',
        'stopped-other': 'Nein, ich habe aus einem anderen Grund früher aufgehört',
      },
    },
    Q4: {
      text: 'Sind Schmerzen ins Gesäß oder ins Bein ausgestrahlt?',
      options: {
        no: 'Nein',
        'above-knee': 'Ja, aber nicht unter das Knie',
        'below-knee': 'Ja, bis unter das Knie',
      },
      sideText: 'Auf welcher Seite?',
      sides: { left: 'Links', right: 'Rechts', both: 'Beide Seiten' },
    },
    Q5: { text: 'Hatten Sie ein Taubheitsgefühl, Kribbeln oder „Ameisenlaufen“ in einem Bein oder Fuß?' },
    Q6: {
      text:
        'Hatten Sie eine Schwäche in einem Bein, etwa einen Fuß, der aufklatscht oder hängen bleibt, ein Bein, ' +
        'das nachgibt, oder sind Sie gestolpert?',
      gettingWorse: 'Es wird schlimmer',
    },
    Q7: { text: 'Trifft gerade etwas hiervon zu?' },
    Q8: {
      text: 'Hat Ihr Rücken „blockiert“ oder sich festgehakt, oder fühlte er sich instabil an, als könnte er nachgeben?',
      options: {
        no: 'Nein',
        'once-settled': 'Einmal, und es hat sich beruhigt',
        'more-than-once': 'Mehr als einmal',
      },
    },
    Q9: { text: 'Trifft etwas hiervon auf Sie zu?' },
    Q10: {
      text: 'Wie anstrengend war der Spaziergang?',
      options: { easy: 'Leicht', 'about-right': 'Genau richtig', hard: 'Anstrengend' },
    },
  },
  endEarly: { back: 'Wegen meines Rückens', other: 'Aus einem anderen Grund' },
  nextDay: {
    N1: {
      text: 'Verglichen mit der Zeit vor dem gestrigen Spaziergang: Wie geht es Ihrem Rücken heute?',
      text48h:
        'Verglichen mit der Zeit vor Ihrem Spaziergang vor zwei Tagen: Wie geht es Ihrem Rücken heute?',
      options: {
        better: 'Besser',
        same: 'Etwa gleich',
        'worse-settling': 'Schlechter, aber es bessert sich',
        'worse-not-settling': 'Schlechter, und es bessert sich nicht',
      },
    },
    N2: { text: 'Wie stark sind Ihre Rückenschmerzen gerade?' },
  },
  startingQuestion:
    'Wie viele Minuten können Sie zurzeit auf ebener Strecke gehen, ohne dass Ihr Rücken schlechter wird?',
  advisory: {
    questions: {
      'cancer-history': 'Hatten Sie jemals Krebs?',
      'over-50-first-episode': 'Sind Sie über 50, und haben Sie zum ersten Mal Rückenschmerzen?',
      'osteoporosis-steroids': 'Haben Sie Osteoporose, oder nehmen Sie dauerhaft Kortison (Steroide) ein?',
      'told-not-to-exercise': 'Hat Ihnen eine Ärztin oder ein Arzt von Bewegung und Sport abgeraten?',
      pregnant: 'Sind Sie schwanger?',
      'spinal-surgery-12m': 'Wurden Sie in den letzten 12 Monaten an der Wirbelsäule operiert?',
      'recent-fall-injury': 'Hatten Sie kürzlich einen schweren Sturz oder eine Verletzung am Rücken?',
      'heart-chest-symptoms': 'Haben Sie bei körperlicher Aktivität Beschwerden am Herzen oder in der Brust?',
    },
    note:
      'Bitte sprechen Sie mit Ihrer Hausärztin, Ihrem Hausarzt oder einer Physiotherapeutin bzw. einem ' +
      'Physiotherapeuten, bevor Sie mit dem Gehplan beginnen.',
  },
  disclaimer: {
    full:
      'WalkBreak bietet allgemeine Informationen und Anregungen für sanfte Bewegung für Erwachsene mit ' +
      'alltäglichen (unspezifischen) Kreuzschmerzen oder für Erwachsene, die ihr Risiko dafür senken möchten. Die ' +
      'App ist kein Medizinprodukt. Sie stellt keine Diagnosen, behandelt nichts und ersetzt nicht den Rat einer ' +
      'Ärztin, eines Arztes, einer Physiotherapeutin, eines Physiotherapeuten oder einer anderen qualifizierten ' +
      'Fachperson. Sprechen Sie vor dem Start mit einer medizinischen Fachperson, wenn Sie eine Erkrankung haben, ' +
      'schwanger sind, kürzlich operiert wurden oder sich verletzt haben, oder wenn man Ihnen geraten hat, Ihre ' +
      'Aktivität einzuschränken. Brechen Sie jede Übung ab, die stechende Schmerzen oder ein neues ' +
      'Taubheitsgefühl, Kribbeln oder eine neue Schwäche verursacht, und holen Sie Rat ein. Wenn Sie ein ' +
      'Taubheitsgefühl im Genital- oder Gesäßbereich haben, neue Probleme, Blase oder Darm zu kontrollieren, ' +
      'Schwäche oder Taubheitsgefühl in beiden Beinen, Schmerzen in der Brust oder Rückenschmerzen nach einem ' +
      'schweren Sturz oder Unfall, rufen Sie sofort Ihre örtliche Notrufnummer an ' +
      '({{emergencyNumbers}}) oder gehen Sie in eine Notaufnahme. Warten Sie nicht ab. Sie folgen den Vorschlägen ' +
      'dieser App nach eigenem Ermessen.',
    short:
      'Allgemeine Hinweise, kein ärztlicher Rat. Hören Sie auf, wenn sich etwas nicht richtig anfühlt, und holen ' +
      'Sie Rat ein; die Warnzeichen stehen in der Hilfe. Im Notfall rufen Sie Ihre örtliche Notrufnummer an ' +
      '({{emergencyNumbersShort}}).',
  },
  emergencyBanner:
    'Diese Beschwerden sind selten, müssen aber noch am selben Tag als Notfall untersucht werden. Rufen Sie Ihre ' +
    'örtliche Notrufnummer an ({{emergencyNumbers}}) oder gehen Sie jetzt in die Notaufnahme.',
  outcomes: {
    urgent: {
      title: 'Bitte lassen Sie sich jetzt als Notfall untersuchen',
      body: {
        p1:
          'Rufen Sie Ihre örtliche Notrufnummer an ({{emergencyNumbers}}) oder gehen Sie jetzt in die ' +
          'Notaufnahme.',
        p3:
          'Der Gehplan ist gesperrt, bis Sie WalkBreak bestätigen, dass eine medizinische Fachperson (Ärztin, Arzt, ' +
          'Physiotherapeutin oder Physiotherapeut) Sie untersucht hat und Sie weitermachen dürfen.',
      },
      causes: {
        spinal:
          'Ein Taubheitsgefühl im Genital- und Gesäßbereich, Veränderungen beim Wasserlassen, beim Stuhlgang oder ' +
          'bei der Sexualfunktion sowie Taubheit, Schwäche oder neue Schmerzen in beiden Beinen sind selten, können ' +
          'aber bedeuten, dass Nerven am unteren Ende der Wirbelsäule unter Druck stehen (Cauda-equina-Syndrom). ' +
          'Das muss noch am selben Tag untersucht werden. Warten Sie nicht ab, ob es besser wird.',
        heart:
          'Brustschmerzen oder ungewöhnliche Atemnot müssen als Notfall untersucht werden, um Herz und Lunge zu ' +
          'prüfen. Warten Sie nicht ab, ob es besser wird.',
        injury:
          'Nach einem Sturz oder Unfall mit starken Schmerzen muss geprüft werden, ob Sie sich verletzt haben. ' +
          'Warten Sie nicht ab, ob es besser wird.',
        unknown:
          'Diese Beschwerden sind selten, müssen aber noch am selben Tag untersucht werden. Warten Sie nicht ab, ' +
          'ob es besser wird.',
      },
    },
    'see-clinician': {
      title: 'Bitte pausieren Sie den Gehplan und gehen Sie zur Physiotherapie oder zur Hausarztpraxis',
      body: {
        p1:
          'Vereinbaren Sie in den nächsten Tagen einen Termin bei einer Physiotherapeutin, einem Physiotherapeuten ' +
          'oder in Ihrer Hausarztpraxis, und nehmen Sie die Zusammenfassung unten mit.',
        urgentGp:
          'Wegen Ihrer Angaben: Bitten Sie heute noch um einen dringenden Termin in Ihrer Hausarztpraxis oder rufen ' +
          'Sie den ärztlichen Bereitschaftsdienst unter 116 117 an, und nehmen Sie die Zusammenfassung unten mit.',
        p2:
          'WalkBreak schlägt keine Spaziergänge aus dem Plan mehr vor, bis Sie bestätigen, dass eine medizinische ' +
          'Fachperson Sie gesehen hat. Alltägliche Bewegung tut Ihnen weiterhin gut, solange eine medizinische ' +
          'Fachperson Ihnen nichts anderes sagt.',
      },
    },
    'step-back': {
      title: 'Heute war es etwas zu viel',
      body: {
        p1: 'Das ist gut zu wissen, und es kommt vor. Ihr nächster Spaziergang ist eine Stufe kürzer.',
        p1Lowest:
          'Das ist gut zu wissen, und es kommt vor. Sie sind schon beim kürzesten Spaziergang, deshalb bleibt der ' +
          'nächste bei 5 Minuten: Gehen Sie ihn in einem leichten Tempo.',
        p2: 'Machen Sie morgen eine Pause vom Plan. Normale Bewegung im Alltag tut Ihrem Rücken weiterhin gut.',
      },
    },
    hold: {
      title: 'Bleiben Sie vorerst auf dieser Stufe',
      body: {
        p1: 'Ihr Rücken hat heute um etwas Vorsicht gebeten, deshalb bleibt der nächste Spaziergang gleich lang.',
        p2: 'Versuchen Sie es beim nächsten Mal mit einem langsameren Tempo oder einer flacheren Strecke.',
      },
    },
    continue: {
      title: 'Gut gemacht',
      body: {
        p1: 'Dieser Spaziergang blieb im angenehmen Bereich und zählt für den Aufstieg zur nächsten Stufe.',
      },
    },
  },
  slowerPaceNote:
    'Der Spaziergang war anstrengend: Versuchen Sie es beim nächsten Mal mit einem leichteren Tempo. Er zählt ' +
    'trotzdem.',
  restDayNote:
    'Heute ist ein Ruhetag vom Plan. Sanfte Bewegung im Alltag tut weiterhin gut; der nächste Spaziergang aus ' +
    'dem Plan ist morgen.',
  reasons: {
    'emergency-before-walk':
      'Sie haben vor dem Spaziergang eine Beschwerde von der Notfall-Liste angekreuzt.',
    'emergency-item': 'Sie haben eine Beschwerde von der Notfall-Liste angekreuzt.',
    'numbness-both-legs': 'Taubheitsgefühl oder Kribbeln in beiden Beinen.',
    'weakness-both-legs': 'Schwäche in beiden Beinen.',
    'weakness-getting-worse': 'Eine Beinschwäche, die schlimmer wird.',
    'spread-both-sides-new': 'Schmerzen, die in beide Beine ausstrahlen und neu oder stärker als sonst sind.',
    'numbness-one-leg-new':
      'Taubheitsgefühl oder Kribbeln in einem Bein, das neu oder stärker als sonst ist.',
    'weakness-one-leg': 'Schwäche in einem Bein.',
    'spread-both-sides': 'Schmerzen, die in beide Beine ausstrahlen.',
    'spread-below-knee-new':
      'Schmerzen, die bis unter das Knie ausstrahlen und neu oder stärker als sonst sind.',
    'catching-repeated':
      'Ihr Rücken hat mehr als einmal blockiert oder sich instabil angefühlt: möglicherweise eine Reizung eines ' +
      'Nervs oder Gelenks, die eine Physiotherapeutin oder ein Physiotherapeut beurteilen sollte.',
    'clinician-item': 'Sie haben etwas von der Liste „ärztlich abklären lassen“ angekreuzt.',
    'peak-8-worse-next-day':
      'Bei einem Spaziergang an diesem Tag erreichten die Schmerzen 8 oder mehr (währenddessen oder danach), und ' +
      'am nächsten Tag war Ihr Rücken schlechter.',
    'not-settling-48h':
      'Zwei Tage nach dem Spaziergang war Ihr Rücken immer noch schlechter, und es klang nicht ab.',
    'two-reds-14d': 'Zwei Spaziergänge in den letzten 14 Tagen waren zu viel.',
    'three-step-backs-28d': 'Der Plan musste in vier Wochen dreimal eine Stufe zurückgehen.',
    'no-improvement-28d':
      'Nach etwa vier Wochen mit dem Plan haben sich Ihre Rückenschmerzen nicht gebessert oder sind schlimmer.',
    'delta-5-plus': 'Die Schmerzen stiegen während oder nach dem Spaziergang um 5 Punkte oder mehr.',
    'peak-7-plus': 'Die Schmerzen erreichten während oder nach dem Spaziergang 7 oder mehr.',
    'not-settling-24h': 'Am Tag nach dem Spaziergang war Ihr Rücken schlechter, und es klang nicht ab.',
    'delta-3-4': 'Die Schmerzen stiegen während oder nach dem Spaziergang um 3 oder 4 Punkte.',
    'peak-6': 'Die Schmerzen erreichten während oder nach dem Spaziergang 6.',
    'stopped-for-back': 'Sie haben wegen Ihres Rückens früher aufgehört.',
    'spread-above-knee': 'Etwas Schmerz ist ins Gesäß oder in den Oberschenkel ausgestrahlt.',
    'spread-below-knee-familiar':
      'Bekannter Schmerz, der auf einer Seite bis unter das Knie ausgestrahlt ist.',
    'numbness-one-leg-familiar': 'Bekanntes Taubheitsgefühl oder Kribbeln in einem Bein.',
    'catching-once': 'Ihr Rücken hat einmal blockiert und sich dann beruhigt.',
    'worse-settling-next-day':
      'Am Tag nach dem Spaziergang war Ihr Rücken schlechter, aber es klang schon ab.',
    'second-amber-in-a-row':
      'Das war der zweite Spaziergang in Folge, bei dem Vorsicht nötig war, deshalb geht der Plan eine Stufe ' +
      'zurück.',
    comfortable:
      'Während und nach dem Spaziergang blieben Ihre Schmerzen innerhalb von 2 Punkten Ihres Ausgangswerts und ' +
      'nicht höher als 5.',
  },
};
export default de;
