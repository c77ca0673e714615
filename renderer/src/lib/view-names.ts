// The names of the views a window can show (main opens each BrowserWindow at index.html?view=<name>). Apart from
// ./views, which loads their code: a view that needs the names (Help's Back) imports this leaf, not the loaders
// that import it back.

export const VIEWS = ['main', 'reminder', 'break', 'settings', 'history', 'desk', 'help', 'welcome'] as const;
export type ViewName = (typeof VIEWS)[number];

/** The view named by the query string; unknown or missing names show the home view. */
export function viewFromLocation(search: string): ViewName {
  const name = new URLSearchParams(search).get('view');
  return (VIEWS as readonly string[]).includes(name ?? '') ? (name as ViewName) : 'main';
}
