// Which view a window shows (main opens each BrowserWindow at index.html?view=<name>), and how its code is
// loaded: every view but the reminder is its own chunk, fetched when a window shows it, so the reminder window
// never parses the break flow, the history charts or settings. The reminder (3 KB) ships in the entry: its window
// must be on screen at once, and a second request after the entry cost it about 20 ms of its 100 ms budget
// (docs/performance.md). A new view is one line in VIEW_LOADERS.
import type { Component } from 'svelte';
import ReminderView from '../views/ReminderView.svelte';
import { firstPaintReady } from './first-paint';

/** One dynamic import per lazy view: Vite splits each into its own chunk (see bench/renderer-size.ts). */
const VIEW_LOADERS = {
  main: () => import('../views/HomeView.svelte'),
  reminder: () => Promise.resolve({ default: ReminderView }),
  break: () => import('../views/BreakView.svelte'),
  settings: () => import('../views/SettingsView.svelte'),
  history: () => import('../views/HistoryView.svelte'),
  desk: () => import('../views/DeskCheckView.svelte'),
  help: () => import('../views/HelpView.svelte'),
  welcome: () => import('../views/WelcomeView.svelte'),
} satisfies Record<string, () => Promise<{ default: Component }>>;

export type ViewName = keyof typeof VIEW_LOADERS;
export const VIEWS = Object.keys(VIEW_LOADERS) as readonly ViewName[];

/** The view named by the query string; unknown or missing names show the home view. */
export function viewFromLocation(search: string): ViewName {
  const name = new URLSearchParams(search).get('view');
  return (VIEWS as readonly string[]).includes(name ?? '') ? (name as ViewName) : 'main';
}

/**
 * Loads a view's code (its chunk and the chunks it imports) and returns its component once what its modules asked
 * the first paint to wait for has settled (lib/first-paint.ts: the emergency region, for views with safety texts).
 */
export async function loadView(name: ViewName): Promise<Component> {
  const module = await VIEW_LOADERS[name]();
  await firstPaintReady();
  return module.default;
}
