// History end to end: the harness seeded with 3 months of realistic history (`?history=90`), opened from Home.
// The known day's totals are computed here from the seeded events with plain arithmetic (not with core), so
// the whole path is checked: generator → store → core → IPC → view. Exports and the clinician page are real
// downloads. Axe in light and dark; screenshots for people to look at in test-results/screenshots/.
import { readFile } from 'node:fs/promises';
import type { Download, Frame } from '@playwright/test';
import type { HistoryEvent } from '../../electron/shared/history';
import { syntheticHistory } from '../fakes/history-days';
import { analyze, blocking } from './axe';
import { expect, test } from './fixtures';
import type { Harness } from './harness';
import { saveShot } from './shots';

const SEEDED_DAYS = 90;
/** The harness seeds `syntheticHistory(today, days, 5)`; the same call here gives the same events. */
const seeded = (): HistoryEvent[] =>
  syntheticHistory(new Date(2026, 2, 2).getTime(), SEEDED_DAYS, 5).sort((a, b) => a.at - b.at);
const KNOWN_DAY = new Date(2026, 1, 27); // Friday 27 February 2026, in the last 7 days
const inKnownDay = (t: number): boolean => t >= KNOWN_DAY.getTime() && t < new Date(2026, 1, 28).getTime();

async function openHistory(harness: Harness): Promise<Frame> {
  await harness.start(`?history=${SEEDED_DAYS}`);
  await harness.open('main');
  const home = harness.window('main');
  await home.getByRole('link', { name: 'See your history' }).click();
  await expect(home.getByRole('heading', { level: 1, name: 'History' })).toBeVisible();
  await expect(home.getByRole('heading', { name: 'Sitting per day' })).toBeVisible();
  const frame = harness.page.frame({ name: 'main' });
  if (!frame) throw new Error('no main window frame');
  return frame;
}

async function textOf(download: Download): Promise<string> {
  return readFile(await download.path(), 'utf8');
}

const duration = (ms: number): string => {
  const minutes = Math.round(ms / 60_000);
  const h = Math.floor(minutes / 60);
  return h === 0 ? `${minutes} min` : `${h} h ${String(minutes % 60).padStart(2, '0')} min`;
};

test('shows the right totals for a known day, draws the charts, and lists walks by outcome', async ({
  harness,
}) => {
  const frame = await openHistory(harness);
  const events = seeded();
  const day = events.filter((e) => inKnownDay(e.at));
  const sitting = day.reduce((sum, e) => (e.type === 'sitting-bout' ? sum + e.end - e.start : sum), 0);
  const breaks = day.filter((e) => e.type === 'break').length;
  const walkMin = day.reduce((sum, e) => (e.type === 'walk-evaluated' ? sum + e.walkedMin : sum), 0);
  expect(sitting).toBeGreaterThan(3 * 3_600_000);

  const view = harness.window('main');
  const row = (chart: string) =>
    view.getByRole('figure', { name: chart }).getByRole('row', { name: /^Fri 27 Feb/ });
  await view.getByRole('figure', { name: 'Sitting per day' }).getByText('Show as a table').click();
  await expect(row('Sitting per day')).toHaveText(`Fri 27 Feb${duration(sitting)}`);
  await view.getByRole('figure', { name: 'Breaks per day' }).getByText('Show as a table').click();
  await expect(row('Breaks per day')).toHaveText(`Fri 27 Feb${breaks} breaks`);
  await view.getByRole('figure', { name: 'Minutes walked per day' }).getByText('Show as a table').click();
  await expect(row('Minutes walked per day')).toHaveText(`Fri 27 Feb${walkMin} min`);

  // Five weekdays and a weekend in the last 7 days: bars for the days with sitting, none for empty days.
  const bars = await frame.locator('figure:has(#sitting-title) rect.bar').count();
  const daysWithSitting = new Set(
    events
      .filter((e) => e.type === 'sitting-bout' && e.at >= new Date(2026, 1, 24).getTime())
      .map((e) => new Date(e.at).toDateString()),
  ).size;
  expect(bars).toBe(daysWithSitting);
  await expect(
    view.getByRole('figure', { name: 'Pain before and after each walk' }).locator('circle.after'),
  ).not.toHaveCount(0);

  // The walk log of the month, filtered to "Hold level" walks only.
  await view.getByRole('button', { name: 'Last 30 days' }).click();
  await expect(view.getByRole('button', { name: 'Last 30 days' })).toHaveAttribute('aria-pressed', 'true');
  const monthStart = new Date(2026, 1, 1).getTime();
  const held = events.filter(
    (e) => e.type === 'walk-evaluated' && e.outcome === 'hold' && e.at >= monthStart,
  );
  await view.getByLabel('Outcome').selectOption('hold');
  await expect(view.getByText(`${held.length} walks with outcome “Hold level”`)).toBeVisible();
  await expect(view.getByTestId('walk-log').locator('tbody tr')).toHaveCount(held.length);
});

test('exports the events as CSV with one row per event, and saves the clinician summary as a page', async ({
  harness,
  browser,
}) => {
  await openHistory(harness);
  const view = harness.window('main');
  const events = seeded();
  const [csv] = await Promise.all([
    harness.page.waitForEvent('download'),
    view.getByRole('button', { name: 'Events (CSV)' }).click(),
  ]);
  expect(csv.suggestedFilename()).toBe('walkbreak-events-2026-03-02.csv');
  const rows = (await textOf(csv)).trimEnd().split('\r\n');
  expect(rows[0]).toBe('type,date,time,at_ms,start_ms,end_ms,duration_min,details');
  expect(rows.slice(1).map((r) => Number(r.split(',')[3]))).toEqual(events.map((e) => e.at));
  await expect(view.getByText('Events (CSV) saved as walkbreak-events-2026-03-02.csv.')).toBeVisible();

  const [page] = await Promise.all([
    harness.page.waitForEvent('download'),
    view.getByRole('button', { name: 'Save clinician summary' }).click(),
  ]);
  expect(page.suggestedFilename()).toBe('walkbreak-clinician-summary-2026-03-02.html');
  const summary = await browser.newPage();
  await summary.setContent(await textOf(page));
  await expect(summary.getByRole('heading', { level: 1 })).toHaveText('WalkBreak summary for a clinician');
  // Two week-by-week tables: walks and pain, then sitting and standing at the desk (issue 17 adds the second).
  await expect(summary.getByRole('table')).toHaveCount(2);
  await expect(summary.getByRole('table').nth(0).getByRole('row')).toHaveCount(7);
  await expect(summary.getByRole('table').nth(1).getByRole('row')).toHaveCount(7);
  await expect(
    summary.getByRole('heading', { name: 'Sitting and standing at the desk by week' }),
  ).toBeVisible();
  const walks = events.filter(
    (e) => e.type === 'walk-evaluated' && e.at >= new Date(2026, 0, 20).getTime(),
  ).length;
  // Minutes in the locale's format (the harness browser is en-GB): 1,234.
  await expect(summary.getByText(new RegExp(`^${walks} walks, [\\d,]+ minutes in total`))).toBeVisible();
  await summary.screenshot({
    path: 'test-results/screenshots/history-clinician-summary.png',
    fullPage: true,
  });
  await summary.close();
});

test('imports its own export as nothing new, and deletes a day after asking', async ({ harness }) => {
  await openHistory(harness);
  const view = harness.window('main');
  const [json] = await Promise.all([
    harness.page.waitForEvent('download'),
    view.getByRole('button', { name: 'Events (JSON)' }).click(),
  ]);
  await view.getByLabel('Events export to import').setInputFiles(await json.path());
  await expect(view.getByRole('status').filter({ hasText: 'Nothing new' })).toContainText(
    `all ${seeded().length.toLocaleString('en-GB')} records were already in your history`,
  );

  await view.getByLabel('Day', { exact: true }).fill('2026-02-27');
  await view.getByRole('button', { name: 'Delete this day…' }).click();
  await expect(
    view.getByText('Delete everything recorded on Fri 27 Feb? This cannot be undone.'),
  ).toBeVisible();
  await view.getByRole('button', { name: 'Delete this day', exact: true }).click();
  const removed = seeded().filter((e) => inKnownDay(e.at)).length;
  await expect(view.getByText(`Fri 27 Feb deleted (${removed} records).`)).toBeVisible();
  await view.getByRole('figure', { name: 'Sitting per day' }).getByText('Show as a table').click();
  await expect(
    view.getByRole('figure', { name: 'Sitting per day' }).getByRole('row', { name: /^Fri 27 Feb/ }),
  ).toHaveText('Fri 27 Feb0 min');
});

test('shows an import’s progress; Cancel keeps only the parts already saved, and importing again adds the rest', async ({
  harness,
}) => {
  await openHistory(harness);
  const view = harness.window('main');
  // Five months before the seeded history: every record is new, about five slices of 1,000.
  const older = syntheticHistory(new Date(2025, 10, 1).getTime(), 150, 9).sort((a, b) => a.at - b.at);
  expect(older.length).toBeGreaterThan(3_000);
  const file = {
    name: 'older.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ format: 'walkbreak-history', version: 1, events: older })),
  };
  const count = (n: number): string => n.toLocaleString('en-GB');

  // Held at its first slice boundary: the file is checked and the first 1,000 records are saved.
  await harness.holdImports(true);
  await view.getByLabel('Events export to import').setInputFiles(file);
  const progress = view.getByRole('progressbar', { name: /^Importing… \d+%$/ });
  await expect(progress).toBeVisible();
  const percent = Number(await progress.getAttribute('value'));
  expect(percent).toBeGreaterThan(30);
  expect(percent).toBeLessThan(100);
  await saveShot(view.getByRole('region', { name: 'Your data' }), 'history-import-progress-light');

  await view.getByRole('button', { name: 'Cancel import' }).click();
  await expect(view.getByText('Stopping the import after the part it is saving…')).toBeVisible();
  await harness.releaseImportSlice();
  await expect(view.getByText(/^Import of older\.json cancelled\./)).toHaveText(
    `Import of older.json cancelled. The ${count(1_000)} new records already added are kept (each part is saved ` +
      `whole); ${count(older.length - 1_000)} records were not imported. Import the file again to add them: ` +
      'nothing is added twice.',
  );
  await expect(progress).toBeHidden();

  // Again, not held: exactly the rest is added, and the part kept is not added twice.
  await harness.holdImports(false);
  await view.getByLabel('Events export to import').setInputFiles(file);
  await expect(
    view.getByText(
      `Imported ${count(older.length - 1_000)} new records from older.json (${count(1_000)} already there).`,
    ),
  ).toBeVisible();
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`history (${colorScheme}) has no serious or critical axe violations; screenshot`, async ({
    harness,
    page,
  }) => {
    await page.emulateMedia({ colorScheme });
    const frame = await openHistory(harness);
    await saveShot(harness.frameElement('main'), `history-${colorScheme}`);
    await frame.evaluate('window.scrollTo(0, 1400)');
    await saveShot(harness.frameElement('main'), `history-${colorScheme}-2`);
    await page.clock.resume();
    const results = await analyze(frame);
    expect(blocking(results)).toEqual([]);
    expect(results.url).toContain('view=history');
  });
}
