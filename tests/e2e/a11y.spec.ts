// axe-core on every view, inside its window frame, in light and dark: no serious or critical violations.
// axe runs directly in the frame: @axe-core/playwright injects into child frames under a 1-second race and
// silently skips a frame that loses it, which happened on the 2-core CI machine under load.
import axe, { type AxeResults } from 'axe-core';
import type { Frame } from '@playwright/test';
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

/** Loads axe-core into the frame (no race) and runs every default rule on its document. */
async function analyze(frame: Frame): Promise<AxeResults> {
  await frame.evaluate(axe.source);
  return (await frame.evaluate('axe.run(document)')) as AxeResults;
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
      const blocking = results.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map(
          (v) => `${v.id} (${v.impact}): ${v.help} → ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
        );
      expect(blocking).toEqual([]);
      expect(results.url).toContain(`view=${view}`);
      expect(results.passes.map((rule) => rule.id)).toEqual(
        expect.arrayContaining(['color-contrast', 'button-name']),
      );
    });
  }
}
