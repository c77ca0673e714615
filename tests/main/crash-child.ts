// The writer the SIGKILL crash test kills (tests/main/crash-harness.ts): opens the real stores and history in
// `dir`, reports what they hold, then writes settings, the tracker state, the programme, a history event and the
// desk document (desk.json, the workstation check's answers) in turn, forever, each carrying the next sequence number. After a write has returned it prints `ack <seq>` on
// stdout (a pipe: written synchronously), so the parent knows exactly which writes were acknowledged.
// With `--check` it only reports and exits.
import { existsSync, readdirSync, readFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import type { StoredBreak } from '../../electron/core/break-session';
import { newProgramme } from '../../electron/core/programme-state';
import { initialState } from '../../electron/core/tracker-state';
import { HistoryLog } from '../../electron/core/history-log';
import type { PersistedTracker } from '../../electron/core/tracker-state';
import { historyFiles } from '../../electron/main/adapters/history-file';
import { openStores } from '../../electron/main/adapters/stores';
import type { Settings } from '../../electron/shared/settings';
import type { StoredDesk } from '../../electron/core/desk-service';
import { WORKSTATION_ITEMS } from '../../electron/shared/desk';
import { CRASH_BASE_AT, CRASH_ROUND, report } from './crash-files';

const [dir, mode] = process.argv.slice(2);
if (!dir) throw new Error('usage: crash-child <dir> [--check]');

const stores = openStores(dir, '0.1.0');
const history = new HistoryLog(historyFiles(join(dir, 'history')));
const found = report(stores, history);
// The month summaries (rewritten whole) must parse after any kill, like every other file.
const summaries = existsSync(join(dir, 'history')) ? readdirSync(join(dir, 'history')) : [];
for (const name of summaries.filter((n) => n.startsWith('summary-')))
  try {
    JSON.parse(readFileSync(join(dir, 'history', name), 'utf8'));
  } catch {
    found.problems.push(`${name} could not be read`);
  }
writeSync(1, `ready ${JSON.stringify(found)}\n`);
if (mode === '--check' || found.problems.length) process.exit(0);

for (let seq = found.highest + 1; ; seq++) {
  const doc = seq % CRASH_ROUND;
  if (doc === 0) stores.settings.save({ sitThresholdMin: seq } as unknown as Settings);
  // Valid documents (the stores refuse to write what they could not read back), each carrying the sequence.
  else if (doc === 1)
    stores.tracker.save({ version: 1, savedAt: seq, state: initialState(seq, 0) } as PersistedTracker);
  else if (doc === 2)
    stores.programme.save({
      version: 1,
      programme: newProgramme(1, seq),
      advisory: [],
      lastWalk: null,
    } as StoredBreak);
  else if (doc === 4)
    // The whole check, as DeskService.saveCheck stores it; checkedAt carries the sequence.
    stores.desk.save({
      version: 1,
      workstation: {
        checkedAt: seq,
        answers: Object.fromEntries(WORKSTATION_ITEMS.map((item, i) => [item, i === seq % 7 ? 'no' : 'yes'])),
      },
    } as StoredDesk);
  else {
    history.append({ type: 'clock-changed', at: CRASH_BASE_AT + seq, skewMs: seq });
    // Every fourth history write also rewrites the month's summaries (what opening History does).
    if (seq % (4 * CRASH_ROUND) === 3) history.load();
  }
  // A write kept in memory for a retry is not on disk: never acknowledge it.
  if (history.flush() !== 0 || !stores.flush()) process.exit(3);
  writeSync(1, `ack ${seq}\n`);
}
