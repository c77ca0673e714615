// axe-core on every view, inside its window frame, in light and dark: no serious or critical violations.
import type { Frame } from '@playwright/test';
import { analyze, blocking } from './axe';
import { test, expect } from './fixtures';
import type { Harness } from './harness';
import type { HarnessView } from '../harness/src/harness-types';

/** Opens a view the way the app would. */
async function show(harness: Harness, view: HarnessView): Promise<Frame> {
  if (view === 'reminder') await harness.sitUntilReminder();
  else await harness.open(view);
  await expect(harness.window(view).getByRole('heading', { level: 1 })).toBeVisible();
  const frame = harness.page.frame({ name: view });
  if (!frame) throw new Error(`no frame for the ${view} window`);
  return frame;
}

for (const colorScheme of ['light', 'dark'] as const) {
  for (const view of ['reminder', 'main', 'settings', 'break'] as const) {
    test(`${view} view (${colorScheme}) has no serious or critical axe violations`, async ({
      harness,
      page,
    }) => {
      await page.emulateMedia({ colorScheme });
      await harness.start();
      const frame = await show(harness, view);
      // axe schedules its own work with setTimeout: let the fake clock run in real time from here on.
      await page.clock.resume();
      const results = await analyze(frame);
      expect(blocking(results)).toEqual([]);
      expect(results.url).toContain(`view=${view}`);
      expect(results.passes.map((rule) => rule.id)).toEqual(
        expect.arrayContaining(['color-contrast', 'button-name']),
      );
    });
  }
}
