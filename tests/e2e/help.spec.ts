// Help (issue 14) in Chromium: one click from the tray and from Home's footer, the warning signs and the disclaimer
// on it, axe-clean, and photographed in light and dark (test-results/screenshots/help-*.png).
import { analyze, blocking } from './axe';
import { test, expect } from './fixtures';
import { saveShot } from './shots';
import { ENGLISH } from '../fakes/i18n';
import { emergencyNumbers } from '../../electron/shared/emergency';

const { t: en } = ENGLISH;
/** The e2e browser is en-GB: the United Kingdom's numbers (999, and 112 works too). */
const UK = emergencyNumbers('uk', ENGLISH);

test('Help opens from the tray and from Home, with the warning signs, and Back returns Home', async ({
  harness,
  page,
}) => {
  await harness.start();
  await page.getByRole('button', { name: 'Help and warning signs…' }).click(); // the tray menu's entry
  const help = harness.window('help');
  await expect(help.getByRole('heading', { level: 1, name: 'Help' })).toBeFocused();
  await expect(help.getByRole('region', { name: 'Get emergency help now' })).toContainText(
    en('content:emergencyBanner', UK),
  );
  await expect(help.getByText(en('content:disclaimer.full', UK))).toBeVisible();
  await expect(help.getByText(/your local emergency number \(999 or 112\)/).first()).toBeVisible();
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

test('Help names the number for the region the system gives (the OS says US: 911 alone)', async ({
  harness,
  page,
}) => {
  await harness.start('?country=US');
  await page.getByRole('button', { name: 'Help and warning signs…' }).click();
  const help = harness.window('help');
  await expect(help.getByRole('region', { name: 'Get emergency help now' })).toContainText(
    'Call your local emergency number (911) or go to A&E',
  );
  await expect(help.getByText(en('content:disclaimer.full', emergencyNumbers('na', ENGLISH)))).toBeVisible();
  await expect(help.getByText(/999|112/)).toHaveCount(0);
});
