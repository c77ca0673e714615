// Each window loads only its own view's code: the production build splits one lazy chunk per view, except the
// reminder, which ships in the entry so its window opens at once (renderer/src/lib/views.ts). Every window still
// shows its view, focused, with no CSP violation or page error (the fixtures fail the test on either). The
// reminder window never fetches the break flow, History or any other view.
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';

/** The view chunks (e.g. "ReminderView") a window frame requested. */
function viewChunks(page: Page, frameName: string): Set<string> {
  const seen = new Set<string>();
  page.on('request', (request) => {
    const match = /\/app\/assets\/(\w+View)-[\w-]+\.js$/.exec(request.url());
    if (match && request.frame().name() === frameName) seen.add(match[1]!);
  });
  return seen;
}

test('the reminder window shows the reminder from the entry and fetches no view chunk', async ({
  harness,
  page,
}) => {
  const chunks = viewChunks(page, 'reminder');
  await harness.start();
  const reminder = await harness.sitUntilReminder();
  await expect(reminder.getByRole('button', { name: 'Start walk' })).toBeFocused();
  expect([...chunks]).toEqual([]);
});

for (const [view, chunk, heading] of [
  ['main', 'HomeView', /Sitting for/],
  ['settings', 'SettingsView', 'Settings'],
  ['break', 'BreakView', /./],
] as const) {
  test(`the ${view} window loads ${chunk} only and shows its heading, focused`, async ({ harness, page }) => {
    const chunks = viewChunks(page, view);
    await harness.start();
    await harness.open(view);
    await expect(harness.window(view).getByRole('heading', { level: 1, name: heading })).toBeFocused();
    expect([...chunks]).toEqual([chunk]);
  });
}
