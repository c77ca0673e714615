// Loaded as a classic <script> into each window's index.html by tests/harness/serve.mjs, before the renderer's
// module script: plays the preload's part by asking the host page (our parent frame) for window.walkbreak.
// Keep it import-free: it is emitted as one plain script (the harness vite config checks that).
import type { WalkBreakHost } from './host-bridge';

type HostWindow = Window & { __walkbreakHost?: WalkBreakHost };

// An IIFE, so nothing leaks into the renderer's global scope.
(() => {
  const parentWindow = window.parent as HostWindow;
  const host = parentWindow !== (window as Window) ? parentWindow.__walkbreakHost : undefined;

  if (host) {
    const view = new URLSearchParams(window.location.search).get('view') ?? 'main';
    window.walkbreak = host.connect(view, window);
    // In Electron window.close() closes the BrowserWindow; here the host removes the frame.
    window.close = () => host.close(window);
  } else {
    console.warn('WalkBreak harness: open this window from the harness page (/), not on its own.');
  }
})();
