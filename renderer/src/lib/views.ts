// How each view's code is loaded (the names are in ./view-names): every view but the reminder is its own chunk,
// fetched when a window shows it, so the reminder window never parses the break flow, the history charts or
// settings. The reminder (3 KB) ships in the entry: its window must be on screen at once, and a second request
// after the entry cost it about 20 ms of its 100 ms budget (docs/performance.md). A new view is its name in
// ./view-names plus one line in VIEW_LOADERS; the type check refuses either without the other.
import type { Component } from 'svelte';
import ReminderView from '../views/ReminderView.svelte';
import { firstPaintReady } from './first-paint';
import type { ViewName } from './view-names';

export { VIEWS, viewFromLocation, type ViewName } from './view-names';

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
} satisfies Record<ViewName, () => Promise<{ default: Component }>>;

/**
 * Loads a view's code (its chunk and the chunks it imports) and returns its component once what its modules asked
 * the first paint to wait for has settled (lib/first-paint.ts: the emergency region, for views with safety texts).
 */
export async function loadView(name: ViewName): Promise<Component> {
  const module = await VIEW_LOADERS[name]();
  await firstPaintReady();
  return module.default;
}
