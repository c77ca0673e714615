// electron-builder.yml passes electron-builder's own schema (through scripts/validate-builder-config.cjs, the
// script behind `npm run validate:builder`), sets the security fuses, and the validator does reject bad keys.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const configPath = join(root, 'electron-builder.yml');
const script = join(root, 'scripts/validate-builder-config.cjs');
const config = readFileSync(configPath, 'utf8');

/** Runs the validator on a file; resolves with its exit code and output (it never rejects). */
async function validate(file: string): Promise<{ code: number; output: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [script, file], { cwd: root });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof e.code === 'number' ? e.code : -1, output: `${e.stdout ?? ''}${e.stderr ?? ''}` };
  }
}

/** The `key: value` lines of a top-level YAML block such as `electronFuses:` (enough for flat maps). */
function topLevelBlock(yaml: string, key: string): Record<string, string> {
  const lines = yaml.split(/\r?\n/);
  const start = lines.findIndex((line) => line === `${key}:`);
  const entries: Record<string, string> = {};
  if (start < 0) return entries;
  for (const line of lines.slice(start + 1)) {
    if (/^\S/.test(line)) break;
    const m = /^\s+([A-Za-z]+):\s*([^#\s]+)/.exec(line);
    if (m?.[1] && m[2]) entries[m[1]] = m[2];
  }
  return entries;
}

const tempDir = mkdtempSync(join(tmpdir(), 'walkbreak-builder-'));
afterAll(() => rmSync(tempDir, { recursive: true, force: true }));

describe('electron-builder.yml', () => {
  it('is valid against the electron-builder schema', async () => {
    const { code, output } = await validate(configPath);
    expect(output).toContain('OK:');
    expect(code).toBe(0);
  }, 30_000);

  it('sets the Electron security fuses', () => {
    expect(config.match(/^electronFuses:/gm)).toHaveLength(1);
    expect(topLevelBlock(config, 'electronFuses')).toEqual({
      runAsNode: 'false',
      enableCookieEncryption: 'true',
      enableNodeOptionsEnvironmentVariable: 'false',
      enableNodeCliInspectArguments: 'false',
      enableEmbeddedAsarIntegrityValidation: 'true',
      onlyLoadAppFromAsar: 'true',
    });
  });

  it('packages only the build output, with asar, as a tray-only app on macOS', () => {
    expect(config).toMatch(/^asar: true$/m);
    expect(config).toMatch(/^files:\n {2}- out\/\*\*\n {2}- package\.json\n(?! {2}-)/m);
    expect(config).toMatch(/^ {4}LSUIElement: true$/m);
  });

  it('the validator rejects an unknown key', async () => {
    const bad = join(tempDir, 'bogus.yml');
    writeFileSync(bad, `${config}\nbogusKey: 1\n`);
    const { code, output } = await validate(bad);
    expect(output).toContain("unknown property 'bogusKey'");
    expect(code).toBe(1);
  }, 30_000);
});
