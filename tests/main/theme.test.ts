// The theme setting drives Electron's nativeTheme.themeSource (and with it prefers-color-scheme in every window):
// applied at start, changed at once on save, and a bad stored value is repaired to "system".
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { bootstrap } from '../../electron/main/bootstrap';
import { bootstrapOptions, useMainTestEnv } from './helpers';

vi.mock('electron', () => ({ default: {} }));

const env = useMainTestEnv('walkbreak-theme-');

describe('theme', () => {
  it('follows the system by default; Dark and Light apply at once', async () => {
    env.fake.nativeTheme.systemDark = true;
    env.running = bootstrap(env.fake, bootstrapOptions(env.dir));
    expect(env.fake.nativeTheme.themeSource).toBe('system');
    expect(env.fake.nativeTheme.shouldUseDarkColors).toBe(true);
    await env.running.core.handlers['settings:update']({ theme: 'light' });
    expect(env.fake.nativeTheme.shouldUseDarkColors).toBe(false);
    await env.running.core.handlers['settings:update']({ theme: 'dark' });
    expect(env.fake.nativeTheme.themeSource).toBe('dark');
  });

  it('a stored theme is applied at start; an unknown one is repaired to "system" and told once', () => {
    writeFileSync(join(env.dir, 'settings.json'), JSON.stringify({ settings: { theme: 'dark' } }));
    env.running = bootstrap(env.fake, bootstrapOptions(env.dir));
    expect(env.fake.nativeTheme.themeSource).toBe('dark');
    env.running.dispose();
    writeFileSync(join(env.dir, 'settings.json'), JSON.stringify({ settings: { theme: 'sepia' } }));
    env.running = bootstrap(env.fake, bootstrapOptions(env.dir));
    expect(env.fake.nativeTheme.themeSource).toBe('system');
    expect(env.fake.shownNotifications().map((n) => n.options.body)).toEqual([
      expect.stringContaining('The theme must be "system", "light" or "dark".'),
    ]);
  });
});
