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

it('says the window could not open, and why, when a view fails to load', async () => {
  installFakeApi();
  render(App, { props: { view: 'settings' } });
  expect((await screen.findByRole('alert')).textContent).toMatch(
    // The loader's own reason goes in the brackets (vitest wraps the factory's error in its own words).
    /missing or damaged \(.*error when mocking a module.*\)\..*Your\s+data is not affected/s,
  );
  expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('WalkBreak could not open this window');
  expect(screen.queryByLabelText('Sitting time before a reminder')).toBeNull();
});

it('still opens the other views', async () => {
  installFakeApi();
  render(App, { props: { view: 'main' } });
  expect((await screen.findByRole('heading', { level: 1 })).textContent).toMatch(/^Sitting for \d+ min$/);
});
