// The harness's history: the real HistoryLog on in-memory files, optionally seeded with realistic synthetic history
// (`?history=90` = the 90 days before today), and documents offered as browser downloads (exports as they are, the
// clinician summary as an HTML page), as the issue asks of the browser host.
import type { EngineStore } from '../../../electron/core/ports';
import { HistoryLog } from '../../../electron/core/history-log';
import { memoryHistoryFiles } from '../../../electron/core/history-memory';
import type { HistoryDocuments } from '../../../electron/core/history-service';
import { syntheticHistory } from '../../fakes/history-days';

function download(fileName: string, mime: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: mime }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked on the next task, once the browser has taken the download.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

export const browserDocuments: HistoryDocuments = {
  saveFile(file) {
    download(file.fileName, file.mime, file.text);
    return Promise.resolve({ saved: true, fileName: file.fileName });
  },
  saveClinicianSummary(html, fileName) {
    download(`${fileName}.html`, 'text/html', html);
    return Promise.resolve({ saved: true, fileName: `${fileName}.html` });
  },
};

/** `?history=N`: N days (at most ten years) of synthetic history before the day of `now`. */
export function seededHistoryLog(now: number, warn: (message: string) => void): HistoryLog {
  const log = new HistoryLog(memoryHistoryFiles(), warn);
  const days = Number(new URLSearchParams(window.location.search).get('history'));
  if (Number.isInteger(days) && days > 0) {
    const d = new Date(now);
    const today = new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime();
    for (const event of syntheticHistory(today, Math.min(days, 3653), 5)) log.append(event);
  }
  return log;
}

/** The engine's store, with every recorded event also appended to the history. */
export function recordingInto(store: EngineStore, log: HistoryLog): EngineStore {
  return {
    appendEvent(event) {
      store.appendEvent(event);
      log.append(event);
    },
    loadTracker: () => store.loadTracker(),
    saveTracker: (state) => store.saveTracker(state),
  };
}
