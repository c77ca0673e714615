// History overviews for renderer tests, computed by the real core from synthetic events (so the view is tested
// against the shapes and numbers core really produces).
import { HistoryLog } from '../../electron/core/history-log';
import { memoryHistoryFiles } from '../../electron/core/history-memory';
import { HistoryService } from '../../electron/core/history-service';
import type { HistoryEvent } from '../../electron/shared/history';
import type { Translator } from '../../electron/shared/i18n';
import type { HistoryOverview, HistoryRange } from '../../electron/shared/history-view';
import { ENGLISH } from '../fakes/i18n';

/** The overview core computes at `now` for `events` (no programme unless the events start one), in English. */
export function overviewFor(
  events: HistoryEvent[],
  now: number,
  range: HistoryRange = 'week',
  translator: Translator = ENGLISH,
): HistoryOverview {
  const log = new HistoryLog(memoryHistoryFiles());
  for (const event of events) log.append(event);
  const service = new HistoryService({
    log,
    documents: {
      saveFile: () => Promise.resolve({ saved: false }),
      saveClinicianSummary: () => Promise.resolve({ saved: false }),
    },
    now: () => now,
    breakState: () => null,
    i18n: () => translator,
  });
  return service.overview(range);
}
