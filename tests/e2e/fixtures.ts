// Shared Playwright fixtures: every test fails on an uncaught page error or a Content Security Policy violation
// in any frame (the harness page or a window), and gets a Harness to drive the app.
import { test as base, expect } from '@playwright/test';
import { Harness } from './harness';

export { expect };

/** Runs in every frame before its scripts: turns each securitypolicyviolation event into a console error. */
const REPORT_CSP_VIOLATIONS = `
  document.addEventListener('securitypolicyviolation', (event) => {
    console.error('[securitypolicyviolation] Content Security Policy: ' + event.violatedDirective + ' blocked ' +
      (event.blockedURI || 'inline code') + ' in ' + location.pathname + location.search);
  });
`;

interface Fixtures {
  /** Page errors, CSP violations and console errors seen so far; must be empty when the test ends. */
  problems: string[];
  harness: Harness;
}

export const test = base.extend<Fixtures>({
  problems: [
    async ({ page }, use) => {
      const problems: string[] = [];
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      page.on('console', (message) => {
        const text = message.text();
        if (/Content Security Policy/i.test(text)) problems.push(`CSP: ${text}`);
        else if (message.type() === 'error')
          problems.push(`console error: ${text} (${message.location().url})`);
      });
      // Init scripts run in every frame, so violations inside the window iframes are reported too.
      await page.addInitScript({ content: REPORT_CSP_VIOLATIONS });
      await use(problems);
      expect(problems, 'page errors or CSP violations').toEqual([]);
    },
    { auto: true },
  ],
  harness: async ({ page }, use) => {
    await use(new Harness(page));
  },
});
