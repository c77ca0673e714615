// The history operations behind IPC: the History view's data, export, import, the clinician summary and deletes.
// Files reach the user through the HistoryDocuments port (save dialog and print-to-PDF in main, downloads in the
// browser harness). Everything it words for the user is in the language of `i18n()` at that moment. Pure apart
// from its ports.
import type { BreakState } from '../shared/break';
import type { HistoryEvent } from '../shared/history';
import type { Translator } from '../shared/i18n';
import type {
  DayKey,
  DeleteResult,
  ExportFormat,
  ExportWhat,
  HistoryOverview,
  HistoryRange,
  ImportProgress,
  ImportResult,
  SaveResult,
} from '../shared/history-view';
import type { MovementGoal } from '../shared/goal';
import { localDayKey } from './calendar';
import { movementGoal, movementGoalDays } from './movement-goal';
import { clinicianHtml } from './history-clinician';
import { emptyDay } from './history-days';
import { insights } from './history-insights';
import type { HistoryLog, HistoryProblem } from './history-log';
import { dayKeysEnding, daysOf, levelsOver, RANGE_DAYS, walkLog } from './history-overview';
import {
  exportFile,
  IMPORT_SLICE,
  ImportCancelled,
  ImportRejected,
  parseImport,
  type ExportFile,
  type Pause,
} from './history-transfer';
import { monthOf } from './history-codec';
import { monthName } from '../shared/history-words';
import { DAY_MS } from './time';

/**
 * Share of an import's progress (percent) given to checking the file; merging its slices takes the rest (measured:
 * checking 49,000 events took 1.3–1.6 s, merging them into history files on disk 3.6–3.7 s).
 */
export const IMPORT_CHECK_PERCENT = 30;

/**
 * How far back History reads: the month view (30 days), the insights (90 days of walks), the clinician page
 * (6 weeks), the level carried into the range and the days the movement goal's steps are built from (28 before a
 * day). Older months stay on disk until an export asks for them.
 */
const RECENT_MS = 100 * DAY_MS;

/** How files leave the app. Both resolve `{ saved: false }` when the user cancels. */
export interface HistoryDocuments {
  /** Offers an export file: a save dialog in Electron, a download in the browser. */
  saveFile(file: ExportFile): Promise<SaveResult>;
  /** The clinician summary page: printed to PDF and saved in Electron, an HTML download in the browser. */
  saveClinicianSummary(html: string, fileName: string): Promise<SaveResult>;
}

export interface HistoryServicePorts {
  log: HistoryLog;
  documents: HistoryDocuments;
  now(): number;
  /** The programme as the break service sees it now (level, next walk). */
  breakState(): BreakState | null;
  /** The translator for the current language setting (read each time: the language can change). */
  i18n(): Translator;
  /**
   * Lets the host's event loop run between slices of an import (main: setImmediate), so the tray, IPC and the
   * engine's timers are served while a long history is read. Without it an import still answers the same.
   */
  pause?: Pause;
  /** The daily movement goal's target in minutes, or null when the user turned it off (absent: off). */
  movementGoalMin?: () => number | null;
  /** Wall ms the user said "I'm standing", or null while sitting (absent: never standing). */
  standingSince?: () => number | null;
}

/** A problem reading the history, in words for the user. */
export function problemText(problem: HistoryProblem, tr: Translator): string {
  switch (problem.kind) {
    case 'folder-unreadable':
      return tr.t('history:problems.folder', { detail: problem.detail });
    case 'summaries-unreadable':
      return tr.t('history:problems.summaries', {
        month: monthName(problem.month, tr),
        detail: problem.detail,
      });
    case 'month-unreadable':
      return tr.t('history:problems.month', { month: monthName(problem.month, tr), detail: problem.detail });
    case 'lines-skipped':
      return tr.t('history:problems.skipped', { count: problem.count, month: monthName(problem.month, tr) });
    case 'writes-pending':
      return tr.t('history:problems.pending', { count: problem.count });
  }
}

/** The import in progress: whether the user asked it to stop, and the last progress told. */
interface RunningImport {
  cancel: boolean;
  told: ImportProgress | null;
}

export class HistoryService {
  private running: RunningImport | null = null;
  private readonly progressListeners = new Set<(progress: ImportProgress) => void>();

  constructor(private readonly ports: HistoryServicePorts) {}

  /** Hears a running import's progress (main and the harness push it to windows); returns an unsubscribe. */
  onImportProgress(listener: (progress: ImportProgress) => void): () => void {
    this.progressListeners.add(listener);
    return () => this.progressListeners.delete(listener);
  }

  overview(range: HistoryRange): HistoryOverview {
    const now = this.ports.now();
    const { days, problems, firstMonth } = this.ports.log.load(monthOf(now - RECENT_MS));
    const keys = dayKeysEnding(now, RANGE_DAYS[range]);
    const today = localDayKey(now);
    const state = this.ports.breakState();
    const tr = this.ports.i18n();
    const target = this.ports.movementGoalMin?.() ?? null;
    return {
      at: now,
      today: days.get(today) ?? emptyDay(today),
      programme: state?.programme
        ? { level: state.programme.level, minutes: state.programme.minutes, status: state.programme.status }
        : null,
      nextWalkMin: state?.nextWalkMin ?? null,
      range,
      days: daysOf(days, keys),
      levels: levelsOver(days, keys),
      walks: walkLog(days, keys),
      insights: insights(days, now, tr),
      problems: problems.map((problem) => problemText(problem, tr)),
      firstMonth,
      goal: target === null ? null : movementGoalDays(days, keys, target),
    };
  }

  /**
   * Wall ms of the local midnight that began the first day anything was recorded, or null with no history (the
   * posture-reset offer counts the user's first week from it). Reads only the recent months History reads anyway:
   * a first month older than those is simply "long ago", and its first day is given as that month's first.
   */
  firstRecordedAt(): number | null {
    const since = monthOf(this.ports.now() - RECENT_MS);
    const { days, firstMonth } = this.ports.log.load(since);
    if (firstMonth === null) return null;
    const [year = 1970, month = 1] = firstMonth.split('-').map(Number);
    if (firstMonth < since) return new Date(year, month - 1, 1).getTime();
    let first: string | null = null;
    for (const key of days.keys()) if (first === null || key < first) first = key;
    if (first === null) return null;
    const [y = 1970, m = 1, d = 1] = first.split('-').map(Number);
    return new Date(y, m - 1, d).getTime();
  }

  /** Today's movement goal for Home, or null when it is off. */
  goal(): MovementGoal | null {
    const target = this.ports.movementGoalMin?.() ?? null;
    if (target === null) return null;
    const now = this.ports.now();
    const { days } = this.ports.log.load(monthOf(now - RECENT_MS));
    return movementGoal(days, now, target, this.ports.standingSince?.() ?? null);
  }

  async exportHistory(what: ExportWhat, format: ExportFormat): Promise<SaveResult> {
    const events = what === 'events' ? this.ports.log.readAll().events : [];
    const days = what === 'summaries' ? [...this.ports.log.load().days.values()] : [];
    return this.ports.documents.saveFile(exportFile(what, format, { events, days }, this.ports.now()));
  }

  /**
   * Checks the whole file first (ImportRejected, nothing changed), then merges it without duplicates. Both steps
   * run in slices (IMPORT_SLICE) with `pause()` between them; each merged slice is on disk before the next, and its
   * progress is told to `onImportProgress` listeners. One import at a time (a second is refused).
   *
   * Cancel (`cancelImport`) takes effect at the next slice boundary, never inside a slice. While checking, nothing
   * has changed and nothing is added. While merging, the slices already merged are kept: each was written whole and
   * deduplicated, so they are real history, and importing the same file again adds the rest without duplicates.
   * The answer counts exactly what was merged (`added`, `duplicates`) and what was not (`remaining`).
   */
  async importHistory(text: string): Promise<ImportResult> {
    const tr = this.ports.i18n();
    if (this.running) throw new ImportRejected(tr.t('history:importRejected.busy'), tr);
    const run: RunningImport = (this.running = { cancel: false, told: null });
    const base = this.ports.pause;
    const pause: Pause = async () => {
      await base?.();
      if (run.cancel) throw new ImportCancelled();
    };
    const tell = (phase: ImportProgress['phase'], percent: number, added: number): void => {
      const whole = Math.min(100, Math.max(run.told?.percent ?? 0, Math.floor(percent)));
      if (run.told && run.told.phase === phase && run.told.percent === whole) return;
      run.told = { phase, percent: whole, added };
      for (const listener of this.progressListeners) listener({ ...run.told });
    };
    let added = 0;
    let merged = 0;
    let events: HistoryEvent[] | null = null; // null until the whole file is checked
    try {
      tell('checking', 0, 0);
      events = await parseImport(text, tr, this.ports.now(), pause, (fraction) =>
        tell('checking', fraction * IMPORT_CHECK_PERCENT, 0),
      );
      for (let i = 0; i < events.length; i += IMPORT_SLICE.events) {
        tell('merging', IMPORT_CHECK_PERCENT + ((100 - IMPORT_CHECK_PERCENT) * i) / events.length, added);
        if (i > 0) await pause();
        const slice = events.slice(i, i + IMPORT_SLICE.events);
        added += this.ports.log.merge(slice).added;
        merged += slice.length;
      }
      tell('merging', 100, added);
      return { added, duplicates: events.length - added, cancelled: false, remaining: 0 };
    } catch (error) {
      if (!(error instanceof ImportCancelled)) throw error;
      return {
        added,
        duplicates: merged - added,
        cancelled: true,
        remaining: events ? events.length - merged : null,
      };
    } finally {
      this.running = null;
    }
  }

  /** Asks the running import to stop at the end of its current slice; false when none is running. */
  cancelImport(): { cancelling: boolean } {
    if (!this.running) return { cancelling: false };
    this.running.cancel = true;
    return { cancelling: true };
  }

  async clinicianSummary(): Promise<SaveResult> {
    const now = this.ports.now();
    const tr = this.ports.i18n();
    const html = clinicianHtml(
      this.ports.log.load(monthOf(now - RECENT_MS)).days,
      now,
      this.ports.breakState(),
      tr,
    );
    return this.ports.documents.saveClinicianSummary(
      html,
      tr.t('history:clinician.fileName', { date: localDayKey(now) }),
    );
  }

  deleteDay(day: DayKey): DeleteResult {
    return { removed: this.ports.log.deleteDay(day) };
  }

  deleteAll(): DeleteResult {
    return { removed: this.ports.log.deleteAll() };
  }
}
