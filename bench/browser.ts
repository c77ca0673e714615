// Browser side of the renderer benchmarks: serves the browser harness (tests/harness/serve.mjs), launches headless
// Chromium through Playwright, and times a window's document from navigation until it is painted and usable.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { ROOT } from './build';

/**
 * Windows the harness opens by itself, timed on their first load by the text that says they are ready: the reminder
 * window, opened when a reminder is due (in a new page, that is its cold open).
 */
const AUTO_READY: Record<string, string> = { reminder: 'Start walk' };

/** The blank page the cold opens are compared with (bench/blank.html, served by the harness server at this path). */
export const BLANK_PATH = '/bench-blank.html';

/**
 * Runs in every frame before its scripts. In a WalkBreak window (/app/…) or the blank page loaded with
 * `benchReady=<text>`, or in a frame named in `auto` (a window the harness opens by itself, e.g. the reminder when it
 * is due), it watches the DOM for a button or heading with exactly that text; on the first animation frame after it
 * is there, laid out and (for a button) enabled, so painted and ready for a click, it posts to the host page the
 * absolute time, the document's time origin (its navigation start) and when the renderer's own first asset was
 * requested (the harness's bridge script comes first).
 */
function readyProbe(auto: Record<string, string>): string {
  return `
  if (location.pathname.startsWith('/app/') || location.pathname === ${JSON.stringify(BLANK_PATH)}) {
    const label = new URLSearchParams(location.search).get('benchReady') ?? ${JSON.stringify(auto)}[window.name];
    if (label) {
      let done = false;
      const check = () => {
        if (done) return;
        const el = [...document.querySelectorAll('button, h1, h2')].find((e) => e.textContent.trim() === label);
        if (!el || el.disabled || el.offsetWidth === 0) return;
        done = true;
        observer.disconnect();
        requestAnimationFrame(() => {
          const app = performance.getEntriesByType('resource').find((r) => r.name.includes('/app/assets/'));
          parent.postMessage({
            benchReadyAt: performance.timeOrigin + performance.now(),
            timeOrigin: performance.timeOrigin,
            appStartAt: performance.timeOrigin + (app ? app.startTime : 0),
          }, '*');
        });
      };
      const observer = new MutationObserver(check);
      observer.observe(document, { childList: true, subtree: true, attributes: true });
    }
  }
`;
}

/**
 * Loads `src` into the window frame `name` of the host page; resolves with ms from setting its src to ready
 * (`total`), from the new document's navigation start to ready (`document`) and from the renderer's first asset
 * request to ready (`app`). A string, not a function: tsx
 * (esbuild) wraps named functions in a `__name` helper that does not exist in the page.
 */
const LOAD_FRAME = `
  ([name, src]) => new Promise((resolve, reject) => {
    const frame = document.querySelector('iframe[name="' + name + '"]');
    if (!frame) return reject(new Error('the ' + name + ' window is not open'));
    let startedAt = 0;
    const onMessage = (event) => {
      if (event.source !== frame.contentWindow || typeof event.data?.benchReadyAt !== 'number') return;
      window.removeEventListener('message', onMessage);
      resolve({
        total: event.data.benchReadyAt - startedAt,
        document: event.data.benchReadyAt - event.data.timeOrigin,
        app: event.data.benchReadyAt - event.data.appStartAt,
      });
    };
    window.addEventListener('message', onMessage);
    startedAt = performance.timeOrigin + performance.now();
    frame.src = src;
  })
`;

/**
 * Resolves in the host page with the timing the frame named `name` posts next (installed before the harness opens
 * that window by itself, then awaited as `window.__benchNextReady`).
 */
export const AWAIT_READY = `
  ([name]) => {
    window.__benchNextReady = new Promise((resolve, reject) => {
      // Fail instead of waiting for ever when the window never opens (a reminder that is not due, for example).
      const timeout = setTimeout(() => reject(new Error('window "' + name + '" did not report ready within 20 s')), 20000);
      const onMessage = (event) => {
        const frame = document.querySelector('iframe[name="' + name + '"]');
        if (!frame || event.source !== frame.contentWindow || typeof event.data?.benchReadyAt !== 'number') return;
        window.removeEventListener('message', onMessage);
        clearTimeout(timeout);
        resolve({ document: event.data.benchReadyAt - event.data.timeOrigin });
      };
      window.addEventListener('message', onMessage);
    });
  }
`;

/** Adds an empty window frame `name` (360×220, the reminder's size) to the harness desktop, for loadFrame. */
export const ADD_FRAME = `
  ([name]) => {
    const frame = document.createElement('iframe');
    frame.name = name;
    frame.width = '360';
    frame.height = '220';
    document.getElementById('desktop').append(frame);
  }
`;

export interface Timing {
  /** From the host page setting the frame's src. */
  total: number;
  /** From the new document's navigation start (its time origin): what a cold open is measured from too. */
  document: number;
  app: number;
}

/** A window of the harness: its frame name, the view it shows, and the text that says it is ready. */
export interface BenchWindow {
  frame: string;
  view: string;
  readyText: string;
  /**
   * Real time to wait after the window is ready, so work it starts afterwards on purpose (the reminder's chime,
   * about 1.1 s of Web Audio) ends before the next load, as it does in use, where loads are half an hour apart.
   */
  settleMs?: number;
}

/** Loads `src` into the host page's frame `frame` and times it until the probe says it is ready. */
export function loadFrame(page: Page, frame: string, src: string): Promise<Timing> {
  // A string expression gets no argument from Playwright, so the arguments are written into it as JSON.
  return page.evaluate<Timing>(`(${LOAD_FRAME})(${JSON.stringify([frame, src])})`);
}

/** Loads the window's document once more and times it. */
export async function loadWindow(page: Page, win: BenchWindow): Promise<Timing> {
  const src = `/app/index.html?view=${win.view}&benchReady=${encodeURIComponent(win.readyText)}`;
  const timing = await loadFrame(page, win.frame, src);
  if (win.settleMs) await new Promise((settled) => setTimeout(settled, win.settleMs));
  return timing;
}

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  tdur?: number;
  args?: { name?: string };
}

/**
 * CPU time (thread time, ms) of the renderer main thread per load of `win`, from a Chromium trace of `runs` loads:
 * unlike wall time it hardly changes when other processes compete for the CPU. The harness page shares that
 * thread (it serves the window's IPC), so this is an upper bound for the window itself.
 */
export async function cpuPerLoad(
  browser: Browser,
  page: Page,
  win: BenchWindow,
  runs: number,
): Promise<number> {
  await browser.startTracing(page, { categories: ['toplevel'] });
  for (let i = 0; i < runs; i += 1) await loadWindow(page, win);
  const trace = JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] };
  const key = (e: TraceEvent) => `${e.pid}:${e.tid}`;
  const main = new Set(
    trace.traceEvents.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map(key),
  );
  const cpuUs = trace.traceEvents
    .filter((e) => e.ph === 'X' && e.name === 'ThreadControllerImpl::RunTask' && main.has(key(e)))
    .reduce((sum, e) => sum + (e.tdur ?? 0), 0);
  return cpuUs / 1000 / runs;
}

/** A harness server and a browser, with a page factory that fails on page errors; close() ends both. */
export interface BenchBrowser {
  url: string;
  browser: Browser;
  /**
   * A new page with the readiness probe; `errors` collects uncaught page errors. Each page is the only one of a new
   * browser context (Playwright's browser.newPage): its own renderer process and empty HTTP and code caches, as a
   * new BrowserWindow starts. Closing the page closes its context.
   */
  newPage(): Promise<{ page: Page; errors: string[] }>;
  close(): Promise<void>;
}

function startServer(): Promise<{ url: string; server: ChildProcess }> {
  const server = spawn(process.execPath, [join(ROOT, 'tests/harness/serve.mjs'), '--port', '0'], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let seen = '';
    server.stdout!.on('data', (chunk: Buffer) => {
      seen += chunk.toString();
      const match = /at (http:\/\/\S+\/)/.exec(seen);
      if (match) resolve({ url: match[1]!, server });
    });
    server.on('exit', (code) => reject(new Error(`the harness server exited (code ${code}): ${seen}`)));
    server.on('error', reject);
  });
}

function chromiumPath(): string | undefined {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  return existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
}

export async function openBenchBrowser(): Promise<BenchBrowser> {
  const { url, server } = await startServer();
  try {
    const browser = await chromium.launch({
      executablePath: chromiumPath(),
      args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
    });
    return {
      url,
      browser,
      async newPage() {
        const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
        const errors: string[] = [];
        page.on('pageerror', (error) => errors.push(error.message));
        await page.addInitScript({ content: readyProbe(AUTO_READY) });
        return { page, errors };
      },
      async close() {
        await browser.close();
        server.kill();
      },
    };
  } catch (error) {
    server.kill();
    throw error;
  }
}
