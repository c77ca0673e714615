// Screenshots for people to look at: every one goes to test-results/screenshots/. With
// WALKBREAK_DOCS_SCREENSHOTS=1 the ones the README shows are also copied to docs/screenshots/.
import { copyFileSync, mkdirSync } from 'node:fs';
import type { Locator } from '@playwright/test';

const OUT = 'test-results/screenshots';
const DOCS = 'docs/screenshots';

/** The screenshots the README and docs show (file names without .png). */
const DOCS_SHOTS = new Set([
  'reminder-light',
  'reminder-dark',
  'home-light',
  'settings-light',
  'break-warmup-light',
  'break-walk-light',
  'break-outcome-light',
  'history-light',
]);

/** Saves a screenshot of `target` as `name`.png (and in docs/ when asked and it is one the docs show). */
export async function saveShot(target: Locator, name: string): Promise<void> {
  const path = `${OUT}/${name}.png`;
  await target.screenshot({ path, animations: 'disabled' });
  if (process.env.WALKBREAK_DOCS_SCREENSHOTS === '1' && DOCS_SHOTS.has(name)) {
    mkdirSync(DOCS, { recursive: true });
    copyFileSync(path, `${DOCS}/${name}.png`);
  }
}
