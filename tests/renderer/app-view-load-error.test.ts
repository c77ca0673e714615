// A view whose chunk cannot load (damaged install, missing file) gets a clear message instead of a blank window.
import { render, screen } from '@testing-library/svelte';
import { afterEach, expect, it, vi } from 'vitest';
import App from '../../renderer/src/App.svelte';
import { installFakeApi } from './fake-api';

vi.mock('../../renderer/src/views/SettingsView.svelte', () => {
  throw new Error('Failed to fetch dynamically imported module: SettingsView.js');
});

afterEach(() => {
  delete window.walkbreak;
});

/** A view's chunk is compiled on first import; on a loaded machine that can take longer than findBy's 1 s. */
const LOADED = { timeout: 10_000 };

/** What a person reads: the text with its line breaks and indentation collapsed, as the page shows it. */
const read = (el: HTMLElement): string => (el.textContent ?? '').replace(/\s+/g, ' ').trim();

it('says the window could not open, and why, when a view fails to load', async () => {
  installFakeApi();
  render(App, { props: { view: 'settings' } });
  expect(read(await screen.findByRole('alert', {}, LOADED))).toMatch(
    // The loader's own reason goes in the brackets (vitest wraps the factory's error in its own words).
    /^Part of the app is missing or damaged \(.*error when mocking a module.*\)\. Close this window .* Your data is not affected\.$/,
  );
  expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('WalkBreak could not open this window');
  expect(screen.queryByLabelText('Sitting time before a reminder')).toBeNull();
});

it('still opens the other views', async () => {
  installFakeApi();
  render(App, { props: { view: 'main' } });
  expect(read(await screen.findByRole('heading', { level: 1 }, LOADED))).toMatch(/^Sitting for \d+ min$/);
});
