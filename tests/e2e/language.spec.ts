// Languages end to end: with a German system every window speaks German from its first paint; switching the
// language setting changes every visible string in every open window at once. "Speaks German" means: no message
// key shown (⟦…⟧), no English message text, and no common English word anywhere on screen, which also catches
// text that was never moved into the message files.
import type { FrameLocator } from '@playwright/test';
import { RESOURCES } from '../../electron/shared/i18n/resources';
import { test, expect } from './fixtures';
import { MINUTE, SECOND, type Harness } from './harness';
import type { HarnessView } from '../harness/src/harness-types';

function flatten(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (value !== null && typeof value === 'object')
    for (const child of Object.values(value)) flatten(child, out);
  return out;
}

const german = new Set(flatten(RESOURCES.de));
/** Pieces of English messages (split at placeholders) long enough to be unmistakable: two words or more. */
const englishPieces = [
  ...new Set(
    flatten(RESOURCES.en)
      .filter((text) => !german.has(text))
      .flatMap((text) => text.split(/\{\{[^}]*\}\}/))
      .map((piece) => piece.trim())
      .filter((piece) => piece.length >= 10 && /\w+\s+\w+/.test(piece)),
  ),
];
/** English words that never occur in German text; a hard-coded English string nearly always has one. */
const ENGLISH_WORDS =
  /\b(the|your|you|and|with|of|is|are|this|that|minutes?|walk|walks|break|breaks|snooze|skip|settings|history|today|pain|sitting)\b/i;

/** What is wrong with a window's visible text if it should be German. */
async function englishIn(window: FrameLocator): Promise<string[]> {
  const body = window.locator('body');
  const text = await body.innerText();
  // Accessible names and titles are read aloud: check them too.
  const names = await body.evaluate((root) =>
    [...root.querySelectorAll('[aria-label], [title], [placeholder], [alt]')].flatMap((el) =>
      ['aria-label', 'title', 'placeholder', 'alt'].map((a) => el.getAttribute(a) ?? ''),
    ),
  );
  const all = [text, ...names, (await window.locator('head > title').textContent()) ?? ''].join('\n');
  const problems: string[] = [];
  for (const match of all.matchAll(/⟦[^⟧]*⟧/g)) problems.push(`missing message ${match[0]}`);
  for (const piece of englishPieces) if (all.includes(piece)) problems.push(`English text: "${piece}"`);
  for (const line of all.split('\n')) {
    const word = ENGLISH_WORDS.exec(line);
    if (word) problems.push(`English word "${word[0]}" in: ${line.trim().slice(0, 120)}`);
  }
  return [...new Set(problems)];
}

async function expectGerman(harness: Harness, view: HarnessView): Promise<void> {
  const window = harness.window(view);
  await expect(window.locator('h1').first()).toBeVisible();
  await expect(window.locator('html')).toHaveAttribute('lang', 'de');
  expect(await englishIn(window), `${view} window`).toEqual([]);
}

test.describe('German system', () => {
  test.use({ locale: 'de-DE', timezoneId: 'Europe/Berlin' });

  test('every window speaks German from the start', async ({ harness }) => {
    await harness.start('?history=30');
    await harness.open('main');
    await expectGerman(harness, 'main');
    await harness.open('settings');
    await expectGerman(harness, 'settings');
    await harness.open('history');
    await expectGerman(harness, 'history');
    await harness.open('break');
    await expectGerman(harness, 'break');

    await harness.typing(true);
    await harness.advance(30 * MINUTE);
    await harness.typing(false);
    await harness.advance(10 * SECOND);
    await expect(harness.frameElement('reminder')).toBeVisible();
    await expectGerman(harness, 'reminder');
  });
});

test.describe('English system', () => {
  test.use({ locale: 'en-GB' });

  test('choosing Deutsch changes every open window at once, and English brings it back', async ({
    harness,
  }) => {
    await harness.start();
    await harness.typing(true);
    await harness.advance(12 * MINUTE);
    await harness.open('main');
    const home = harness.window('main');
    await expect(home.locator('html')).toHaveAttribute('lang', 'en');
    const english = await home.locator('body').innerText();

    await harness.updateSettings({ language: 'de' });
    await expectGerman(harness, 'main');

    await harness.updateSettings({ language: 'en' });
    await expect(home.locator('html')).toHaveAttribute('lang', 'en');
    await expect(home.locator('body')).toHaveText(english);
  });
});
