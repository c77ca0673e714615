// The SIGKILL crash test (issue 6): a child process writing settings, the tracker state, the programme, history
// and the desk document (desk.json) continuously is killed at seeded-random moments; after every kill the files open without damage and
// every acknowledged write is there. A reduced count here; `npm run test:soak` runs the full count.
import { describe, expect, it } from 'vitest';
import { checkReport, soak } from './crash-harness';
import { CRASH_DOCS, type CrashReport } from './crash-files';

const KILLS = Number(process.env['WALKBREAK_CRASH_KILLS'] ?? 24);

describe('SIGKILL while writing', () => {
  it(
    `${KILLS} kills: every file opens and every acknowledged write is present`,
    { timeout: 180_000 },
    async () => {
      const result = await soak({ kills: KILLS, seed: 20261128 });
      console.log(
        `crash test: ${result.kills} kills, ${result.ackedChecked} acknowledged writes checked, ` +
          `${result.events} history events, ${result.tornLines} torn lines, ${result.ms} ms`,
      );
      expect(result.kills).toBe(KILLS);
      expect(result.ackedChecked).toBeGreaterThanOrEqual(KILLS);
      expect(result.events).toBeGreaterThan(0);
      // Every document was written and checked, desk.json included.
      for (const doc of CRASH_DOCS) expect(result.ackedByDoc[doc], doc).toBeGreaterThan(0);
    },
  );

  it('the check catches a lost write, a missing or doubled event, a damaged file and too many torn lines', () => {
    const good: CrashReport = {
      seqs: { settings: 10, tracker: 11, programme: 7, history: 8, desk: 9 },
      highest: 11,
      missing: [],
      events: 2,
      duplicates: 0,
      skipped: 1,
      problems: [],
    };
    const acked = { settings: 10, tracker: 11, programme: 7, history: 8, desk: 9 };
    expect(checkReport(good, acked, 1)).toEqual([]);
    expect(checkReport({ ...good, seqs: { ...good.seqs, settings: 5 } }, acked, 1)).toEqual([
      'settings holds write 5, but write 10 was acknowledged',
    ]);
    expect(checkReport({ ...good, seqs: { ...good.seqs, desk: 4 } }, acked, 1)).toEqual([
      'desk holds write 4, but write 9 was acknowledged',
    ]);
    expect(checkReport({ ...good, missing: [3] }, acked, 1)).toEqual(['history events missing: 3']);
    expect(checkReport({ ...good, duplicates: 1 }, acked, 1)).toEqual(['1 history events stored twice']);
    expect(checkReport({ ...good, problems: ['settings.json could not be read'] }, acked, 1)).toEqual([
      'damaged files: settings.json could not be read',
    ]);
    expect(checkReport(good, acked, 0)).toEqual(['1 torn history lines after 0 kills']);
  });
});
