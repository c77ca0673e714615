// Measures (does not estimate) what 30 years of history weigh (issue 19): a generated history of realistic working
// days (tests/fakes/history-days.ts: sitting bouts, reminders, walks with their answers) is written through the real
// HistoryLog and history files into a temporary folder, then exported and imported again through HistoryService
// with the same slices as main. Prints the figures docs/reliability.md quotes.
// Run: node --import tsx scripts/measure-history-size.ts [years]
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { HistoryLog } from '../electron/core/history-log';
import { HistoryService } from '../electron/core/history-service';
import { exportFile, MAX_IMPORT_EVENTS } from '../electron/core/history-transfer';
import { historyFiles } from '../electron/main/adapters/history-file';
import { MAX_IMPORT_CHARS } from '../electron/shared/history-schemas';
import { syntheticHistory } from '../tests/fakes/history-days';
import { ENGLISH } from '../tests/fakes/i18n';

const years = Number(process.argv[2] ?? 30);
const today = new Date(2026, 11, 1).getTime();
const days = Math.round(years * 365.25);
const events = syntheticHistory(today, days, 30);
const dir = mkdtempSync(join(tmpdir(), 'walkbreak-size-'));
try {
  const log = new HistoryLog(
    historyFiles(join(dir, 'history')),
    () => undefined,
    null,
    () => today,
  );
  log.merge(events);
  log.load(); // writes every month's summaries, as opening History does
  const names = readdirSync(join(dir, 'history'));
  const bytes = (prefix: string): number =>
    names
      .filter((n) => n.startsWith(prefix))
      .reduce((sum, n) => sum + statSync(join(dir, 'history', n)).size, 0);
  const eventBytes = bytes('events-');
  const summaryBytes = bytes('summary-');
  const exported = exportFile('events', 'json', { events: log.readAll().events, days: [] }, today).text;
  const exportBytes = Buffer.byteLength(exported);

  const target = new HistoryLog(
    historyFiles(join(dir, 'imported')),
    () => undefined,
    null,
    () => today,
  );
  let longest = 0;
  let slices = 0;
  let last = performance.now();
  const service = new HistoryService({
    log: target,
    documents: {
      saveFile: async () => ({ saved: false }),
      saveClinicianSummary: async () => ({ saved: false }),
    },
    now: () => today,
    breakState: () => null,
    i18n: () => ENGLISH,
    pause: () =>
      new Promise<void>((resolve) => {
        const now = performance.now();
        longest = Math.max(longest, now - last);
        slices += 1;
        setImmediate(() => {
          last = performance.now();
          resolve();
        });
      }),
  });
  const t0 = performance.now();
  const result = await service.importHistory(exported);
  longest = Math.max(longest, performance.now() - last);
  const total = performance.now() - t0;
  const mb = (n: number): string => (n / 1024 / 1024).toFixed(1);
  const stored = log.readAll().events.length;
  console.log(`${years} years (${days} days): ${stored} events stored (${(stored / days).toFixed(1)} a day)`);
  console.log(
    `on disk: events ${mb(eventBytes)} MiB in ${names.filter((n) => n.startsWith('events-')).length} files, summaries ${mb(summaryBytes)} MiB`,
  );
  console.log(
    `export (JSON): ${mb(exportBytes)} MiB; caps ${mb(MAX_IMPORT_CHARS)} MiB and ${MAX_IMPORT_EVENTS} records`,
  );
  console.log(
    `import of that export: ${result.added} added in ${(total / 1000).toFixed(1)} s, ${slices} slices, longest ${longest.toFixed(0)} ms without a turn of the event loop`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
