// axe-core run directly inside a window's frame (no injection race), reporting serious and critical violations.
// @axe-core/playwright injects into child frames under a 1-second race and silently skips a frame that loses it,
// which happened on the 2-core CI machine under load.
import axe, { type AxeResults } from 'axe-core';
import type { Frame } from '@playwright/test';

/**
 * Loads axe-core into the frame and runs every default rule on its document, once running CSS transitions have
 * ended: right after a theme switch the buttons' colours fade for 120 ms, and a contrast check in between measures
 * colours no one ever sees for long (it failed that way on a loaded machine).
 */
export async function analyze(frame: Frame): Promise<AxeResults> {
  await frame.evaluate('Promise.all(document.getAnimations().map((a) => a.finished.catch(() => null)))');
  await frame.evaluate(axe.source);
  return (await frame.evaluate('axe.run(document)')) as AxeResults;
}

/** The serious and critical violations, one readable line each. */
export function blocking(results: AxeResults): string[] {
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} → ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
