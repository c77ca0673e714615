// Where the renderer lives (the built out/renderer/index.html, or electron-vite's dev server) and which URLs are
// ours: the only documents our windows may show and the only senders IPC accepts. Views are chosen by ?view=.
import { pathToFileURL } from 'node:url';
import type { BrowserWindowSlice } from './electron-slice';

export type View = 'reminder' | 'break' | 'main' | 'settings' | 'history' | 'desk' | 'help' | 'welcome';

export type RendererSource = { file: string } | { devUrl: string };

export interface RendererLocation {
  urlFor(view: View): string;
  /** True when `url` is our renderer document, whatever its query or hash. */
  isOwn(url: string): boolean;
  load(win: BrowserWindowSlice, view: View): Promise<void>;
}

/**
 * The document a URL shows (no query or hash): the file path, or origin + path on a server where `/index.html`
 * and `/` are the same page. Null when it does not parse. Chromium writes a file URL its own way (senderFrame.url,
 * getURL): an upper-case Windows drive letter and its own choice of %-escapes, where Node's pathToFileURL keeps
 * the path's case and escapes other characters; so a file path is compared decoded, the drive letter upper-cased.
 */
function documentOf(url: string): string | null {
  try {
    const u = new URL(url);
    if (u.username || u.password) return null;
    if (u.protocol === 'file:') {
      const path = decodeURIComponent(u.pathname).replace(
        /^\/([a-z]):/i,
        (_all, d: string) => `/${d.toUpperCase()}:`,
      );
      return `file://${u.host}${path}`;
    }
    return u.origin + u.pathname.replace(/\/index\.html$/, '/');
  } catch {
    return null;
  }
}

export function rendererLocation(source: RendererSource): RendererLocation {
  const base = 'file' in source ? pathToFileURL(source.file).href : source.devUrl;
  const own = documentOf(base);
  const urlFor = (view: View): string => {
    const u = new URL(base);
    u.searchParams.set('view', view);
    return u.href;
  };
  return {
    urlFor,
    isOwn: (url) => own !== null && documentOf(url) === own,
    load: (win, view) =>
      'file' in source ? win.loadFile(source.file, { query: { view } }) : win.loadURL(urlFor(view)),
  };
}
