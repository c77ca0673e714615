// German messages, namespace "help" (same keys as ../en/help.ts). Formal "Sie"; the non-emergency service is the
// German 116 117 where the English says NHS 111.
import type { Messages } from '../messages';
import type en from '../en/help';

const de: Messages<typeof en> = {
  title: 'Hilfe',
  intro: 'Was WalkBreak tut, wann Sie aufhören sollten und wann Sie Hilfe brauchen.',
  back: 'Zurück',
  backToBreak: 'Zurück zur Pause',
  does: {
    title: 'Was WalkBreak tut',
    sitting:
      'Es bemerkt, wenn Sie lange am Computer sitzen, und erinnert Sie daran, aufzustehen und sich ein paar Minuten ' +
      'zu bewegen.',
    plan:
      'Es bietet einen Gehplan an, der bei dem beginnt, was Sie schon bequem schaffen, und langsam wächst, um ' +
      'wenige Minuten auf einmal, nur solange Ihr Rücken damit gut zurechtkommt.',
    checks:
      'Es stellt vor und nach jedem Spaziergang des Plans und am nächsten Tag ein paar kurze Fragen. Ihre Antworten ' +
      'bestimmen die Länge des nächsten Spaziergangs und zeigen, wann etwas ärztlich oder physiotherapeutisch ' +
      'angesehen werden sollte.',
    stretches: 'Es schlägt sanfte Übungen zum Aufwärmen und Dehnen vor, damit Sie sich lockerer fühlen.',
  },
  doesNot: {
    title: 'Was WalkBreak nicht tut',
    diagnose: 'Es ist kein Medizinprodukt. Es stellt keine Diagnosen und behandelt nichts.',
    replace:
      'Es ersetzt nicht den Rat einer Ärztin oder eines Arztes, einer Physiotherapeutin oder eines ' +
      'Physiotherapeuten oder anderer Fachleute.',
    alone:
      'Es weiß nur, was Sie ihm sagen, und es verständigt niemanden für Sie. Wenn Sie ein Warnzeichen haben, müssen ' +
      'Sie selbst Hilfe rufen.',
  },
  stop: {
    title: 'Wann Sie aufhören sollten',
  },
  emergency: {
    title: 'Holen Sie sofort Notfallhilfe',
    lead: 'Rufen Sie sofort Hilfe, wenn eines davon auf Sie zutrifft:',
    bothLegsPain: 'Schmerzen, die in beide Beine ausstrahlen und neu oder stärker als sonst sind',
    weakWorse: 'Schwäche in einem Bein, die schlimmer wird',
  },
  clinician: {
    title: 'Gehplan pausieren und bald zur Physiotherapie oder in die Hausarztpraxis',
    lead: 'Vereinbaren Sie in den nächsten Tagen einen Termin, wenn eines davon auf Sie zutrifft:',
    oneLegNumb: 'Taubheit oder Kribbeln in einem Bein, das neu ist oder stärker als sonst',
    oneLegWeak: 'Schwäche in einem Bein, zum Beispiel ein Fuß, der aufklatscht oder hängen bleibt',
    spread:
      'Schmerzen, die neu oder stärker bis unter das Knie ausstrahlen, oder Schmerzen, die in beide Beine ausstrahlen',
    catching: 'Ihr Rücken blockiert oder fühlt sich mehr als einmal instabil an',
    notSettling:
      'Schmerzen, die bei einem Spaziergang 8 oder mehr erreicht haben und am nächsten Tag schlimmer sind, oder ' +
      'Schmerzen, die zwei Tage nach einem Spaziergang immer noch schlimmer sind und nicht abklingen',
    noImprovement: 'Keine Besserung oder stärkere Schmerzen nach etwa 4 Wochen mit dem Plan',
    urgent:
      'Bei Fieber, Rückenschmerzen, die nachts schlimmer sind oder sich in Ruhe nicht bessern, oder einer früheren ' +
      'Krebserkrankung: Bitten Sie um einen dringenden Termin in Ihrer Hausarztpraxis oder rufen Sie den ' +
      'ärztlichen Bereitschaftsdienst unter 116 117 an.',
  },
  outcomes: {
    title: 'Was das Ergebnis nach einem Spaziergang bedeutet',
    continue: 'Ihrem Rücken ging es gut: Der Spaziergang zählt für die nächste Stufe.',
    hold: 'Ihr Rücken bat um etwas Vorsicht: Der nächste Spaziergang bleibt gleich lang.',
    'step-back':
      'Es war etwas zu viel: Der nächste Spaziergang ist eine Stufe kürzer, und morgen ist ein Ruhetag vom Plan.',
    'see-clinician':
      'Etwas sollte ärztlich oder physiotherapeutisch angesehen werden: Der Plan pausiert, bis Sie WalkBreak ' +
      'sagen, dass Sie untersucht wurden.',
    urgent:
      'Ein Warnzeichen: Lassen Sie sich jetzt notfallmäßig untersuchen. Der Plan ist gesperrt, bis eine ' +
      'medizinische Fachkraft Sie untersucht und freigegeben hat.',
  },
  disclaimer: {
    title: 'Bitte lesen',
  },
  sources: {
    title: 'Woher die Ratschläge stammen',
    lead: 'Die Ratschläge von WalkBreak sind in eigenen Worten nach öffentlichen Leitlinien und Studien verfasst, darunter:',
    who: 'Weltgesundheitsorganisation (WHO): Leitlinien zu körperlicher Aktivität und sitzendem Verhalten (2020)',
    office: 'Buckley u. a.: Expertenstellungnahme zum sitzenden Büroalltag (Br J Sports Med, 2015)',
    walkBack: 'Pocovi u. a.: die WalkBack-Studie, Gehen gegen wiederkehrende Rückenschmerzen (Lancet, 2024)',
    nice: 'NICE-Leitlinie NG59: Kreuzschmerzen und Ischias ab 16 Jahren',
    nhs:
      'NHS (britischer Gesundheitsdienst): Rückenschmerzen, Ischias, Gehen für die Gesundheit und Rückenübungen; ' +
      'NHS inform (Schottland): Übungen bei Rückenschmerzen',
    ces: 'GIRFT: nationaler Versorgungspfad bei Verdacht auf Cauda-equina-Syndrom',
    csp: 'Britischer Physiotherapieverband (CSP) und Versus Arthritis: Rat und Übungen bei Rückenschmerzen',
    redFlags: 'Verhagen u. a.: Warnzeichen in Leitlinien zu Kreuzschmerzen (European Spine Journal, 2016)',
    pain: 'Ostelo u. a.: welche Veränderung der Rückenschmerzen für Betroffene zählt (Spine, 2008)',
  },
};

export default de;
