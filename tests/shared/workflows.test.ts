// The GitHub Actions workflow (.github/workflows/ci.yml) is valid against GitHub's schema, as `npm run lint`
// checks with scripts/validate-workflows.mjs; a broken workflow is refused with a message naming the problem; and
// the workflow runs what README promises on each real OS (tests, the Electron smoke test, the installers).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { workflowFiles, workflowProblems } from '../../scripts/validate-workflows.mjs';
import { runNodeScript } from './run-script';

const root = fileURLToPath(new URL('../..', import.meta.url));
const script = join(root, 'scripts/validate-workflows.mjs');
const ciPath = join(root, '.github/workflows/ci.yml');
const ci = readFileSync(ciPath, 'utf8');

const tempDir = mkdtempSync(join(tmpdir(), 'walkbreak-workflows-'));
afterAll(() => rmSync(tempDir, { recursive: true, force: true }));

/** The text of one job (from its key to the next top-level job key). */
function job(name: string): string {
  const start = ci.indexOf(`\n  ${name}:\n`);
  expect(start, `job ${name}`).toBeGreaterThan(0);
  const next = ci.slice(start + 1).search(/\n {2}[a-z-]+:\n/);
  return next < 0 ? ci.slice(start) : ci.slice(start, start + 1 + next);
}

describe('the GitHub Actions workflows', () => {
  it('every workflow file is valid', () => {
    expect(workflowFiles()).toContain(ciPath);
    for (const file of workflowFiles())
      expect(workflowProblems(readFileSync(file, 'utf8')), file).toEqual([]);
  });

  it('the lint step refuses a broken workflow, naming the file and the problem (exit 1)', async () => {
    const bad = join(tempDir, 'broken.yml');
    // A typo in a job's key: GitHub would refuse to run the whole workflow.
    writeFileSync(bad, ci.replace('    runs-on: ${{ matrix.os }}\n', '    runs_on: ${{ matrix.os }}\n'));
    const { code, stderr } = await runNodeScript(script, [bad], { cwd: root });
    expect(code).toBe(1);
    expect(stderr).toContain('broken.yml is not a valid GitHub Actions workflow');
    expect(stderr).toContain("Additional property 'runs_on' is not allowed");
  }, 30_000);

  it('refuses YAML that does not parse, with the line', () => {
    expect(workflowProblems(`${ci}\n  oops: [\n`).join('\n')).toMatch(/line \d+/);
  });

  it('refuses an unknown trigger', () => {
    expect(workflowProblems(ci.replace('  pull_request:\n', '  pull_requests:\n'))).not.toEqual([]);
  });

  it('the unchanged workflow passes through the same script (exit 0)', async () => {
    const { code, stdout } = await runNodeScript(script, [], { cwd: root });
    expect(stdout).toContain('OK: ');
    expect(code).toBe(0);
  }, 30_000);

  it('is run by npm run lint', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
      scripts: Record<string, string>;
    };
    expect(pkg.scripts['lint']).toContain('node scripts/validate-workflows.mjs');
  });

  it('tests on Linux, Windows and macOS: npm ci, npm test, the Electron binary and the smoke test', () => {
    const test = job('test');
    expect(test).toContain('os: [ubuntu-latest, windows-latest, macos-latest]');
    expect(test).toContain('fail-fast: false');
    const order = [
      'run: npm ci',
      'run: npm test',
      'run: npx --no install-electron',
      'run: xvfb-run -a npx --no playwright test tests/e2e/electron-smoke.spec.ts',
    ];
    const at = order.map((step) => test.indexOf(step));
    expect(at.every((i) => i > 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    // Linux has no display on the runner: the smoke test runs under a virtual X server.
    expect(test).toContain('xvfb-run -a npx --no playwright test tests/e2e/electron-smoke.spec.ts');
    // There the smoke test must not skip quietly.
    expect(test).toContain("WALKBREAK_REQUIRE_ELECTRON: '1'");
  });

  it('builds the installers (AppImage + deb, nsis, dmg) without publishing and uploads them', () => {
    const installers = job('installers');
    expect(installers).toContain('--linux AppImage deb');
    expect(installers).toContain('--win nsis');
    expect(installers).toContain('--mac dmg');
    expect(installers).toContain('--publish never');
    expect(installers).toContain('actions/upload-artifact@v4');
    expect(installers).toContain('if-no-files-found: error');
  });
});
