// The application's operations behind the IPC contract, written once and served by main (ipcMain) and by the
// browser harness. Arguments arrive already schema-checked; see dispatchInvoke for the checking wrapper.
import type { EmergencyRegion } from '../shared/emergency';
import type { HandlerMap, InvokeChannel, IpcResult, ResultOf } from '../shared/ipc';
import { parseArgs } from '../shared/ipc-schemas';
import { BreakRejected, type BreakService } from './break-service';
import type { DesktopInfo } from '../shared/desktop';
import type { DeskService } from './desk-service';
import type { Engine } from './engine';
import type { HistoryService } from './history-service';
import { ImportRejected } from './history-transfer';
import { SettingsRejected, type SettingsService } from './settings-service';
import { pauseInput } from './tracker';
import { clampReminderHeight } from '../shared/window-requests';

export function createHandlers(
  engine: Engine,
  settings: SettingsService,
  breaks: BreakService,
  now: () => number,
  history: HistoryService,
  desk: DeskService,
  emergencyRegion: () => EmergencyRegion | null = () => null,
  desktop: DesktopInfo = { os: 'linux', desktop: 'other' },
): HandlerMap {
  return {
    'tracker:get-snapshot': () => engine.snapshot(),
    'tracker:report-moved': () => engine.dispatch({ kind: 'moved' }),
    'tracker:set-standing': ({ standing }) => engine.dispatch({ kind: standing ? 'stand' : 'sit' }),
    'reminder:snooze': ({ minutes }) => engine.dispatch({ kind: 'snooze', minutes }),
    'reminder:skip': ({ via }) => engine.dispatch({ kind: 'skip', via }),
    'walk:start': ({ source }) => engine.dispatch({ kind: 'start-walk', source }),
    'walk:end': (how) => engine.dispatch({ kind: 'end-walk', ...how }),
    'reminders:pause': (length) => engine.dispatch(pauseInput(length, now())),
    'reminders:resume': () => engine.dispatch({ kind: 'resume-reminders' }),
    'settings:get': () => settings.get(),
    'settings:update': (patch) => settings.update(patch),
    'break:get-state': () => breaks.getState(),
    'break:onboard': (answers) => breaks.onboard(answers),
    'break:check-in': (pre) => breaks.checkIn(pre),
    'break:start-timer': () => breaks.startWalkTimer(),
    'break:pause': () => breaks.pauseWalk(),
    'break:resume': () => breaks.resumeWalk(),
    'break:end-timer': ({ reason }) => breaks.endWalkTimer(reason),
    'break:submit-answers': (answers) => breaks.submitAnswers(answers),
    'break:submit-next-day': (check) => breaks.submitNextDay(check),
    'programme:confirm-clearance': (args) => breaks.confirmClearance(args),
    'history:get-overview': ({ range }) => history.overview(range),
    'history:get-goal': () => history.goal(),
    'history:export': ({ what, format }) => history.exportHistory(what, format),
    'history:import': ({ text }) => history.importHistory(text),
    'history:cancel-import': () => history.cancelImport(),
    'history:save-clinician-summary': () => history.clinicianSummary(),
    'history:delete-day': ({ day }) => history.deleteDay(day),
    'history:delete-all': () => history.deleteAll(),
    'desk:get-state': () => desk.getState(),
    'desk:save-check': ({ answers }) => desk.saveCheck(answers),
    'desk:mark-fixed': ({ item }) => desk.markFixed(item),
    'app:get-region': () => ({ emergencyRegion: emergencyRegion() }),
    'app:get-desktop': () => ({ ...desktop }),
    'desk:answer-posture-offer': ({ answer }) => desk.answerPostureOffer(answer),
    // A host without OS windows (tests) signals nothing and keeps the size asked for; main and the harness
    // replace these two with their own (electron/main/window-requests.ts, tests/harness).
    'window:time-up': () => ({ notification: false, window: 'none' }),
    'window:fit-reminder': ({ height }) => ({ height: clampReminderHeight(height) }),
  };
}

/** Longest field path or channel name quoted back; keys come from the renderer and may be any length. */
const MAX_QUOTED = 120;

/** Makes renderer-chosen text (a channel name, a key in a path) safe to log: one short line, no control codes. */
export function quotable(text: string): string {
  // eslint-disable-next-line no-control-regex -- stripping control codes is the point
  const oneLine = text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, '?');
  return oneLine.length > MAX_QUOTED ? `${oneLine.slice(0, MAX_QUOTED)}…` : oneLine;
}

/**
 * Checks `raw` against the channel's schema and runs its handler. Never throws: bad arguments and failures
 * come back as typed errors, with `log` told what happened (without the arguments, which may hold health data).
 */
export async function dispatchInvoke<C extends InvokeChannel>(
  handlers: HandlerMap,
  channel: C,
  raw: unknown,
  log: (message: string) => void,
): Promise<IpcResult<ResultOf<C>>> {
  if (!Object.hasOwn(handlers, channel)) {
    log(`rejected call to unknown channel ${quotable(String(channel))}`);
    return { ok: false, error: { code: 'invalid-args', message: 'Unknown operation.' } };
  }
  const parsed = parseArgs(channel, raw);
  if (!parsed.ok) {
    const message = quotable(parsed.message);
    log(`rejected ${channel}: ${message}`);
    return { ok: false, error: { code: 'invalid-args', message } };
  }
  try {
    const handler = handlers[channel] as (args: unknown) => ResultOf<C> | Promise<ResultOf<C>>;
    return { ok: true, value: await handler(parsed.args) };
  } catch (error) {
    if (error instanceof SettingsRejected) {
      return { ok: false, error: { code: 'invalid-args', message: error.message, issues: error.issues } };
    }
    if (error instanceof ImportRejected) {
      log(`${channel} refused: ${error.message}`);
      return { ok: false, error: { code: 'invalid-args', message: error.message } };
    }
    if (error instanceof BreakRejected) {
      log(`${channel} refused: ${error.message}`);
      return { ok: false, error: { code: 'invalid-args', message: error.message } };
    }
    log(`${channel} failed: ${error instanceof Error ? error.message : String(error)}`);
    return { ok: false, error: { code: 'failed', message: 'Something went wrong; it has been logged.' } };
  }
}
