// End-to-end tests: the production renderer build in Debian's Chromium, hosted by the browser harness with the
// real core behind window.walkbreak (tests/harness). Time is driven by page.clock; no retries, no sleeps.
import { existsSync } from 'node:fs';
import { defineConfig, type ReporterDescription } from '@playwright/test';

/** $WALKBREAK_E2E_PORT lets two runs on one machine keep their own harness server. */
const PORT = Number(process.env.WALKBREAK_E2E_PORT ?? 4173);
/** $CHROMIUM_PATH, else Debian's chromium, else Playwright's own download (scripts/ensure-browser.mjs sees to one). */
const chromium =
  process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
const reportDir = process.env.WALKBREAK_REPORT_DIR;
const reporter: ReporterDescription[] = [['list']];
if (reportDir) reporter.push(['json', { outputFile: `${reportDir}/playwright.json` }]);

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results/playwright',
  fullyParallel: false,
  workers: 2,
  retries: 0,
  forbidOnly: !!process.env.CI,
  timeout: 30_000,
  expect: { timeout: 5_000 },
  reporter,
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    headless: true,
    viewport: { width: 1440, height: 900 },
    locale: 'en-GB',
    timezoneId: 'Europe/London',
    colorScheme: 'light',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: chromium,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: {
    command: `node tests/harness/serve.mjs --port ${PORT}`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 30_000,
  },
  projects: [{ name: 'chromium' }],
});
