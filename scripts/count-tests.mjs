// Sums the vitest and Playwright JSON reports into one line, `N passed, N failed[, N skipped]`, for CI.
// Usage: node scripts/count-tests.mjs <vitest.json> <playwright.json> [exit status of the test command]
// Exits 1 when a test failed, a report is missing or reports an error, the status is non-zero, or nothing passed.
import { readFileSync } from 'node:fs';

const [vitestFile, playwrightFile, statusArg = '0'] = process.argv.slice(2);
const problems = [];

function read(file, label) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    problems.push(`${label} report missing or unreadable (${file}): ${error.message}`);
    return undefined;
  }
}

const n = (value) => (Number.isFinite(value) ? value : 0);

const vitest = read(vitestFile, 'vitest');
const playwright = read(playwrightFile, 'Playwright');
const stats = playwright?.stats ?? {};

const passed = n(vitest?.numPassedTests) + n(stats.expected);
const failed = n(vitest?.numFailedTests) + n(stats.unexpected) + n(stats.flaky);
const skipped = n(vitest?.numPendingTests) + n(vitest?.numTodoTests) + n(stats.skipped);

if (vitest && (vitest.success === false || n(vitest.numFailedTestSuites) > 0)) {
  problems.push(`vitest reports failure (${n(vitest.numFailedTestSuites)} failed test files)`);
}
if (playwright?.errors?.length)
  problems.push(`Playwright reports ${playwright.errors.length} global error(s)`);
if (statusArg !== '0') problems.push(`the test command exited with status ${statusArg}`);
if (passed === 0) problems.push('no test passed');

console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
for (const problem of problems) console.error(`count-tests: ${problem}`);
process.exit(failed > 0 || problems.length > 0 ? 1 : 0);
