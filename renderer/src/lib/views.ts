// Which view a window shows: main opens each BrowserWindow at index.html?view=<name>.

export const VIEWS = ['main', 'reminder', 'break', 'settings'] as const;
export type ViewName = (typeof VIEWS)[number];

/** The view named by the query string; unknown or missing names show the home view. */
export function viewFromLocation(search: string): ViewName {
  const name = new URLSearchParams(search).get('view');
  return (VIEWS as readonly string[]).includes(name ?? '') ? (name as ViewName) : 'main';
}
