// Security baseline (architecture §7): window options from a pure function, a session that denies every
// permission, and per-window guards against navigation, new windows and <webview>.
// CSP: the renderer's index.html carries a strict meta CSP. Responses for file:// do not pass through
// session.webRequest.onHeadersReceived, so a header cannot be added for the packaged app: the meta tag is the CSP.
import type { BrowserWindowConstructorOptions } from 'electron';
import type { SessionSlice, WebContentsSlice } from './electron-slice';

export type WindowKind = 'reminder' | 'main';

/** https pages the app may open in the user's browser (prefix match on origin + path). */
export const EXTERNAL_ALLOWLIST: readonly string[] = ['https://www.nhs.uk/'];

const SIZES = {
  reminder: { width: 360, height: 220 },
  main: { width: 900, height: 680, minWidth: 480, minHeight: 420 },
} as const;

/** Options for a window of `kind`. Pure, so a test can check every security flag. */
export function windowOptions(
  kind: WindowKind,
  preloadPath: string,
  devTools = false,
): BrowserWindowConstructorOptions {
  const common: BrowserWindowConstructorOptions = {
    show: false,
    title: 'WalkBreak',
    autoHideMenuBar: true,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      safeDialogs: true,
      devTools,
    },
  };
  if (kind === 'main') return { ...common, ...SIZES.main };
  return {
    ...common,
    ...SIZES.reminder,
    frame: false,
    resizable: false,
    minimizable: false,
    maximizable: false,
    fullscreenable: false,
    alwaysOnTop: true,
    skipTaskbar: true,
  };
}

/** Denies every permission request and check (camera, notifications from pages, clipboard, …). */
export function hardenSession(session: SessionSlice): void {
  session.setPermissionRequestHandler((_webContents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}

/** True for an https URL under one of the allowlisted prefixes (no credentials, no look-alike hosts). */
export function isAllowedExternal(url: string, allowlist: readonly string[] = EXTERNAL_ALLOWLIST): boolean {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  if (u.protocol !== 'https:' || u.username || u.password) return false;
  return allowlist.some((entry) => {
    const allowed = new URL(entry);
    return u.origin === allowed.origin && u.pathname.startsWith(allowed.pathname);
  });
}

export interface ContentsGuards {
  /** True for our own renderer document (any view); navigation anywhere else is prevented. */
  isOwnUrl(url: string): boolean;
  openExternal(url: string): void;
}

/** Navigation only within our renderer; every new window denied (allowlisted https opens in the browser); no webviews. */
export function hardenContents(contents: WebContentsSlice, guards: ContentsGuards): void {
  contents.on('will-navigate', (event, url) => {
    if (!guards.isOwnUrl(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (isAllowedExternal(url)) guards.openExternal(url);
    return { action: 'deny' };
  });
}
