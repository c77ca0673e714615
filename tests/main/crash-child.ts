// The writer the SIGKILL crash test kills (tests/main/crash-harness.ts): opens the real stores and history in
// `dir`, reports what they hold, then writes settings, the tracker state, the programme and a history event in
// turn, forever, each carrying the next sequence number. After a write has returned it prints `ack <seq>` on
// stdout (a pipe: written synchronously), so the parent knows exactly which writes were acknowledged.
// With `--check` it only reports and exits.
import { writeSync } from 'node:fs';
import { join } from 'node:path';
import type { StoredBreak } from '../../electron/core/break-session';
import { HistoryLog } from '../../electron/core/history-log';
import type { PersistedTracker } from '../../electron/core/tracker-state';
import { historyFiles } from '../../electron/main/adapters/history-file';
import { openStores } from '../../electron/main/adapters/stores';
import type { Settings } from '../../electron/shared/settings';
import { CRASH_BASE_AT, report } from './crash-files';

const [dir, mode] = process.argv.slice(2);
if (!dir) throw new Error('usage: crash-child <dir> [--check]');

const stores = openStores(dir, '0.1.0');
const history = new HistoryLog(historyFiles(join(dir, 'history')));
const found = report(stores, history);
writeSync(1, `ready ${JSON.stringify(found)}\n`);
if (mode === '--check' || found.problems.length) process.exit(0);

for (let seq = found.highest + 1; ; seq++) {
  const doc = seq % 4;
  if (doc === 0) stores.settings.save({ sitThresholdMin: seq } as unknown as Settings);
  else if (doc === 1) stores.tracker.save({ version: 1, savedAt: seq } as unknown as PersistedTracker);
  else if (doc === 2) stores.programme.save({ seq } as unknown as StoredBreak);
  else history.append({ type: 'clock-changed', at: CRASH_BASE_AT + seq, skewMs: seq });
  // A write kept in memory for a retry is not on disk: never acknowledge it.
  if (history.flush() !== 0 || !stores.flush()) process.exit(3);
  writeSync(1, `ack ${seq}\n`);
}
