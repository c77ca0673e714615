// History at the main window's smallest size (its minWidth × minHeight from electron/main/security.ts), with ten
// years of seeded history, in English and in German (whose words are longer): nothing sticks out sideways. Every
// part is shown open: the month's charts with their tables, the walk log, an import in progress, the delete
// confirmations and a saved export's message. "Sticks out" means the document scrolls sideways or an element's
// box ends right of the window's edge; the failure names each such element.
import type { Frame } from '@playwright/test';
import { windowOptions } from '../../electron/main/security';
import { syntheticHistory } from '../fakes/history-days';
import { analyze, blocking } from './axe';
import { ENGLISH, GERMAN } from '../fakes/i18n';
import { expect, test } from './fixtures';
import { saveShot } from './shots';

const { minWidth = 0, minHeight = 0 } = windowOptions('main', '');
const TEN_YEARS = 3_650;

/**
 * Whatever reaches past the right edge of the window: the document's own overflow, then each element that sticks
 * out while none inside it does (a card sticks out because a table in it does: the innermost names the cause).
 * Plain JavaScript run in the window (this file compiles without the DOM's types).
 */
const SIDEWAYS_OVERFLOW = `(() => {
  const root = document.documentElement;
  const width = root.clientWidth;
  const found = [];
  if (root.scrollWidth > width) found.push('document scrolls sideways: ' + root.scrollWidth + ' > ' + width);
  const sticksOut = (el) => {
    const box = el.getBoundingClientRect();
    return box.width > 0 && box.height > 0 && box.right > width + 0.5;
  };
  for (const el of document.body.querySelectorAll('*')) {
    if (!sticksOut(el) || [...el.querySelectorAll('*')].some(sticksOut)) continue;
    const text = (el.textContent || '').trim().replace(/\\s+/g, ' ').slice(0, 50);
    const name = el.tagName.toLowerCase() + [...el.classList].map((c) => '.' + c).join('');
    found.push(name + ' ends at ' + Math.round(el.getBoundingClientRect().right) + ' > ' + width + ': “' + text + '”');
  }
  return found;
})()`;

async function sidewaysOverflow(frame: Frame): Promise<string[]> {
  return frame.evaluate<string[]>(SIDEWAYS_OVERFLOW);
}

for (const [language, locale, timezoneId, { t }] of [
  ['English', 'en-GB', 'Europe/London', ENGLISH],
  ['German', 'de-DE', 'Europe/Berlin', GERMAN],
] as const) {
  test.describe(`${language}`, () => {
    test.use({ locale, timezoneId });

    test(`History at the smallest window (${minWidth}×${minHeight}) has nothing sticking out sideways`, async ({
      harness,
    }) => {
      expect(minWidth).toBeGreaterThan(0);
      await harness.start(`?history=${TEN_YEARS}`);
      await harness.resizeMain(minWidth, minHeight);
      await harness.open('history');
      const view = harness.window('history');
      await expect(view.getByRole('heading', { level: 1, name: t('history:title') })).toBeVisible();
      await expect(view.getByRole('heading', { name: t('history:charts.sitting') })).toBeVisible();
      const frame = harness.page.frame({ name: 'history' });
      if (!frame) throw new Error('no History window frame');
      expect(await frame.evaluate<number>('document.documentElement.clientWidth')).toBeLessThanOrEqual(
        minWidth,
      );
      expect(await sidewaysOverflow(frame), 'the week, as it opens').toEqual([]);
      await saveShot(harness.frameElement('history'), `history-small-${language}`);

      // The month: thirty bars a chart, every table open, the walk log of a month.
      await view.getByRole('button', { name: t('history:ranges.month') }).click();
      await expect(view.getByRole('button', { name: t('history:ranges.month') })).toHaveAttribute(
        'aria-pressed',
        'true',
      );
      await view.getByRole('figure', { name: t('history:charts.sitting') }).scrollIntoViewIfNeeded();
      await saveShot(harness.frameElement('history'), `history-small-month-${language}`);
      for (const summary of await view.getByText(t('history:charts.showTable')).all()) await summary.click();
      await expect(view.locator('details[open] tbody tr').first()).toBeVisible();
      expect(await view.getByTestId('walk-log').locator('tbody tr').count()).toBeGreaterThan(20);
      expect(await sidewaysOverflow(frame), 'the month, tables open').toEqual([]);
      // Still a table to assistive technology while each walk is drawn as a block of its own.
      const log = view.getByRole('region', { name: t('history:log.title') });
      await expect(log.getByRole('rowheader')).toHaveCount(await log.locator('tbody tr').count());
      await log.getByRole('row').nth(2).scrollIntoViewIfNeeded();
      await saveShot(harness.frameElement('history'), `history-small-log-${language}`);

      // An import held at its first part (its progress and Cancel showing), a saved export's message, and each
      // delete confirmation.
      const older = syntheticHistory(new Date(2015, 0, 1).getTime(), 60, 9);
      await harness.holdImports(true);
      await view.getByLabel(t('history:data.importLabel')).setInputFiles({
        name: 'walkbreak-events-from-my-old-laptop.json',
        mimeType: 'application/json',
        buffer: Buffer.from(JSON.stringify({ format: 'walkbreak-history', version: 1, events: older })),
      });
      await expect(view.getByRole('progressbar')).toBeVisible();
      expect(await sidewaysOverflow(frame), 'an import in progress').toEqual([]);
      await harness.holdImports(false);
      await expect(view.getByRole('progressbar')).toBeHidden();

      const summaries = t('history:data.summaries', { format: 'CSV' });
      await Promise.all([
        harness.page.waitForEvent('download'),
        view.getByRole('button', { name: summaries }).click(),
      ]);
      await expect(
        view.getByText(new RegExp(`^${summaries.replace(/[()]/g, '\\$&')}.*\\.csv`)),
      ).toBeVisible();
      expect(await sidewaysOverflow(frame), 'an export’s message').toEqual([]);

      await view.getByRole('button', { name: t('history:data.deleteDay') }).click();
      await expect(
        view.getByRole('button', { name: t('history:data.confirmDayButton'), exact: true }),
      ).toBeVisible();
      expect(await sidewaysOverflow(frame), 'delete a day: the question').toEqual([]);
      await view.getByRole('button', { name: t('history:data.deleteAll') }).click();
      await expect(
        view.getByRole('button', { name: t('history:data.confirmAllButton'), exact: true }),
      ).toBeVisible();
      expect(await sidewaysOverflow(frame), 'delete everything: the question').toEqual([]);
      await view.getByRole('region', { name: t('history:data.title') }).scrollIntoViewIfNeeded();
      await saveShot(harness.frameElement('history'), `history-small-data-${language}`);
      // The narrow layout (the walk log as blocks, a confirmation open) passes axe as the wide one does.
      await harness.page.clock.resume();
      expect(blocking(await analyze(frame))).toEqual([]);
    });
  });
}
