// Help (issue 14) in Chromium: one click from the tray and from Home's footer, the warning signs and the disclaimer
// on it, axe-clean, and photographed in light and dark (test-results/screenshots/help-*.png).
import { analyze, blocking } from './axe';
import { test, expect } from './fixtures';
import { saveShot } from './shots';
import { ENGLISH } from '../fakes/i18n';

const { t: en } = ENGLISH;

test('Help opens from the tray and from Home, with the warning signs, and Back returns Home', async ({
  harness,
  page,
}) => {
  await harness.start();
  await page.getByRole('button', { name: 'Help and warning signs…' }).click(); // the tray menu's entry
  const help = harness.window('help');
  await expect(help.getByRole('heading', { level: 1, name: 'Help' })).toBeFocused();
  await expect(help.getByRole('region', { name: 'Get emergency help now' })).toContainText(
    en('content:emergencyBanner'),
  );
  await expect(help.getByText(en('content:disclaimer.full'))).toBeVisible();
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    const frame = page.frame({ name: 'help' })!;
    let done = false;
    const run = analyze(frame).finally(() => (done = true));
    while (!done) await page.clock.runFor(100);
    expect(blocking(await run), `axe on help (${scheme})`).toEqual([]);
    await saveShot(harness.frameElement('help'), `help-${scheme}`);
  }
  await page.emulateMedia({ colorScheme: 'light' });

  await help.getByRole('link', { name: 'Back' }).click();
  // The window keeps its frame name ('help') while its page navigates itself, as in desk.spec.ts.
  await expect(help.getByRole('link', { name: 'See your history' })).toBeVisible();
  await help.getByRole('link', { name: 'Help and warning signs' }).click();
  await expect(help.getByRole('heading', { level: 1, name: 'Help' })).toBeFocused();
});
