// German messages, namespace "common": exactly the English keys (the type checks it). See docs/i18n.md.
import type { Messages } from '../messages';
import type en from '../en/common';

const de: Messages<typeof en> = {
  appName: 'WalkBreak',
  help: 'Hilfe und Warnzeichen',
  minutes_one: '{{count}} Minute',
  minutes_other: '{{count}} Minuten',
  minutesShort: '{{count}} Min.',
  emergency: {
    where: { uk: '999 im Vereinigten Königreich', eu: '112 in der EU', na: '911 in den USA und Kanada' },
    short: { uk: '999 Vereinigtes Königreich', eu: '112 EU', na: '911 USA/Kanada' },
  },
  actions: {
    close: 'Schließen',
    back: 'Zurück',
    next: 'Weiter',
    cancel: 'Abbrechen',
    save: 'Speichern',
    tryAgain: 'Erneut versuchen',
  },
  loadFailed: {
    title: 'WalkBreak konnte dieses Fenster nicht öffnen',
    body: 'Ein Teil der App fehlt oder ist beschädigt ({{detail}}). Schließen Sie dieses Fenster und öffnen Sie es erneut über das Symbol im Infobereich; passiert das immer wieder, installieren Sie WalkBreak neu. Ihre Daten sind davon nicht betroffen.',
  },
  errors: {
    unavailable:
      'WalkBreak konnte die App nicht erreichen. Schließen Sie dieses Fenster und öffnen Sie es erneut über das Symbol im Infobereich.',
    notUnderstood: 'Die App hat eine Antwort geschickt, die dieses Fenster nicht versteht.',
    generic: 'Etwas ist schiefgegangen. Bitte versuchen Sie es noch einmal.',
    forbidden: 'Dieses Fenster darf WalkBreak nicht verwenden.',
    invalidArgs:
      'WalkBreak konnte nicht verwenden, was dieses Fenster gesendet hat. Bitte versuchen Sie es noch einmal.',
    failed: 'Etwas ist schiefgegangen; der Fehler wurde protokolliert.',
  },
};
export default de;
