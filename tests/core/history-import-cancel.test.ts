// Import progress and cancel (issue 19): a long import tells its progress (checking, then merging, whole percents
// that never go back) and stops at a slice boundary when the user cancels. Cancelled while checking, nothing has
// changed; cancelled while merging, exactly the slices already merged are on disk and counted, and importing the
// same file again adds the rest and nothing twice. One import at a time.
import { describe, expect, it } from 'vitest';
import { HistoryLog } from '../../electron/core/history-log';
import { memoryHistoryFiles } from '../../electron/core/history-memory';
import { HistoryService, IMPORT_CHECK_PERCENT } from '../../electron/core/history-service';
import { exportFile, IMPORT_SLICE } from '../../electron/core/history-transfer';
import type { HistoryEvent } from '../../electron/shared/history';
import type { ImportProgress } from '../../electron/shared/history-view';
import { syntheticHistory } from '../fakes/history-days';
import { ENGLISH } from '../fakes/i18n';

const at = (local: string): number => new Date(local).getTime();
const NOW = at('2026-05-01T12:00');
const LONG = 60_000;
// Over 1 MiB and several thousand records: several slices of every step.
const big: HistoryEvent[] = syntheticHistory(at('2026-05-01T00:00'), 400, 3).sort((a, b) => a.at - b.at);
const bigText = exportFile('events', 'json', { events: big, days: [] }, NOW).text;

/** A service over memory files whose pause runs `onPause(n)` (n: pauses so far) before yielding. */
function setup(onPause: (n: number, service: HistoryService) => void = () => {}) {
  const files = memoryHistoryFiles();
  const log = new HistoryLog(files);
  let pauses = 0;
  const service: HistoryService = new HistoryService({
    log,
    documents: {
      saveFile: () => Promise.resolve({ saved: false }),
      saveClinicianSummary: () => Promise.resolve({ saved: false }),
    },
    now: () => NOW,
    breakState: () => null,
    i18n: () => ENGLISH,
    pause: () => {
      pauses += 1;
      onPause(pauses, service);
      return Promise.resolve();
    },
  });
  const progress: ImportProgress[] = [];
  service.onImportProgress((p) => progress.push(p));
  const stored = (): HistoryEvent[] => log.readAll().events;
  return { service, progress, stored, pauses: () => pauses };
}

describe('import progress', () => {
  it(
    'goes from checking 0 % to merging 100 % in whole percents that never go back; added counts what is saved',
    async () => {
      const { service, progress, stored } = setup();
      const seenAt: number[] = [];
      service.onImportProgress((p) => seenAt.push(p.phase === 'merging' ? stored().length : 0));
      await service.importHistory(bigText);
      expect(progress[0]).toEqual({ phase: 'checking', percent: 0, added: 0 });
      expect(progress.at(-1)).toEqual({ phase: 'merging', percent: 100, added: big.length });
      const percents = progress.map((p) => p.percent);
      expect(percents).toEqual([...percents].sort((a, b) => a - b));
      expect(percents.every((p) => Number.isInteger(p) && p >= 0 && p <= 100)).toBe(true);
      // Checking first (up to its share), then merging; several steps of each, so a user sees it move.
      const checking = progress.filter((p) => p.phase === 'checking');
      const merging = progress.filter((p) => p.phase === 'merging');
      expect(progress).toEqual([...checking, ...merging]);
      expect(checking.length).toBeGreaterThan(3);
      expect(merging.length).toBeGreaterThan(3);
      expect(Math.max(...checking.map((p) => p.percent))).toBeLessThanOrEqual(IMPORT_CHECK_PERCENT);
      // "added" never claims more than is on disk when it is told.
      merging.forEach((p, i) => expect(p.added).toBeLessThanOrEqual(seenAt[checking.length + i]!));
    },
    LONG,
  );
});

describe('import cancel', () => {
  it(
    'while checking: nothing is added, nothing changed, and the answer says it was cancelled',
    async () => {
      const { service, stored, pauses } = setup((n, s) => {
        if (n === 2) expect(s.cancelImport()).toEqual({ cancelling: true });
      });
      expect(await service.importHistory(bigText)).toEqual({
        added: 0,
        duplicates: 0,
        cancelled: true,
        remaining: null,
      });
      expect(pauses()).toBe(2);
      expect(stored()).toEqual([]);
    },
    LONG,
  );

  it(
    'while merging: the slices already merged are kept and counted, the rest is not; importing again completes it',
    async () => {
      let cancelled = false;
      const { service, stored, progress } = setup((_, s) => {
        // Cancel once, at the pause after the second merged slice.
        const last = progress.at(-1);
        if (!cancelled && last?.phase === 'merging' && last.added === 2 * IMPORT_SLICE.events) {
          cancelled = true;
          expect(s.cancelImport()).toEqual({ cancelling: true });
        }
      });
      const result = await service.importHistory(bigText);
      expect(result).toEqual({
        added: 2 * IMPORT_SLICE.events,
        duplicates: 0,
        cancelled: true,
        remaining: big.length - 2 * IMPORT_SLICE.events,
      });
      // Exactly the acknowledged slices are on disk: the first 2,000 events of the file, nothing half-merged.
      expect(stored()).toEqual(big.slice(0, 2 * IMPORT_SLICE.events));
      expect(progress.at(-1)?.percent).toBeLessThan(100);

      // Importing the same file again adds the rest and nothing twice.
      const again = await service.importHistory(bigText);
      expect(again).toEqual({
        added: big.length - 2 * IMPORT_SLICE.events,
        duplicates: 2 * IMPORT_SLICE.events,
        cancelled: false,
        remaining: 0,
      });
      expect(stored()).toEqual(big);
    },
    LONG,
  );

  it(
    'refuses a second import while one runs, and has nothing to cancel when none runs',
    async () => {
      const { service } = setup();
      expect(service.cancelImport()).toEqual({ cancelling: false });
      const first = service.importHistory(bigText);
      await expect(service.importHistory(bigText)).rejects.toThrow(
        'Another import is still running; wait for it to finish or cancel it. Nothing was imported.',
      );
      expect(await first).toMatchObject({ added: big.length, cancelled: false });
      // The refusal did not cancel or block anything: the next import runs.
      expect(await service.importHistory(bigText)).toMatchObject({ added: 0, duplicates: big.length });
      expect(service.cancelImport()).toEqual({ cancelling: false });
    },
    LONG,
  );
});
