// The shared fixture must see problems inside window frames, or "zero CSP violations" would mean nothing.
import { test, expect } from './fixtures';

test('page errors and CSP violations inside a window frame are caught', async ({ harness, problems }) => {
  await harness.start();
  await harness.open('main');
  await expect(harness.window('main').getByRole('heading', { level: 1 })).toBeVisible();
  const frame = harness.page.frame({ name: 'main' });
  if (!frame) throw new Error('the main window frame is missing');

  // An inline <style> is blocked by the renderer's CSP (style-src 'self'). Strings: this file has no DOM types.
  await frame.evaluate(`{
    const style = document.createElement('style');
    style.textContent = 'body { color: red; }';
    document.head.append(style);
  }`);
  await expect.poll(() => problems.some((p) => p.includes('Content Security Policy'))).toBe(true);

  await frame.evaluate(`queueMicrotask(() => { throw new Error('boom from the main window'); })`);
  await expect.poll(() => problems.some((p) => p.includes('boom from the main window'))).toBe(true);

  problems.length = 0; // Caught as intended; the fixture's own final check must pass.
});
