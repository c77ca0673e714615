// The Electronegativity gate (scripts/electronegativity.mjs): a finding passes only with an allowlist entry, an
// entry that matches nothing fails too, and every checked-in entry carries a reason.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain .mjs script without type declarations
import { judge, parseCsv } from '../../scripts/electronegativity.mjs';

interface Entry {
  check: string;
  file: string;
  sample?: string;
  reason: string;
}
const finding = (check: string, file: string, sample: string) => ({ check, file, sample });

describe('electronegativity gate', () => {
  it('reads the scanner CSV, quotes and commas included', () => {
    const csv =
      'issue, severity, file, sample\nOPEN_EXTERNAL_JS_CHECK,"MEDIUM","main/index.js","a(""x"", y)"\n';
    expect(parseCsv(csv)).toEqual([
      ['issue', ' severity', ' file', ' sample'],
      ['OPEN_EXTERNAL_JS_CHECK', 'MEDIUM', 'main/index.js', 'a("x", y)'],
    ]);
  });

  it('passes justified findings, fails unexplained ones and stale entries', () => {
    const allowlist: Entry[] = [
      { check: 'OPEN_EXTERNAL_JS_CHECK', file: 'main/index.js', sample: 'isAllowedExternal', reason: 'r' },
      { check: 'CSP_GLOBAL_CHECK', file: 'renderer/index.html', reason: 'r' },
    ];
    const ok = finding('OPEN_EXTERNAL_JS_CHECK', 'main/index.js', 'if (isAllowedExternal(url)) open(url)');
    const other = finding('OPEN_EXTERNAL_JS_CHECK', 'main/index.js', 'shell.openExternal(anything)');
    const node = finding('NODE_INTEGRATION_JS_CHECK', 'main/index.js', 'nodeIntegration: true');
    expect(judge([ok, other, node], allowlist)).toEqual({
      unexplained: [other, node],
      stale: [allowlist[1]],
    });
  });

  it('every checked-in allowlist entry names a check and a file and gives a reason', () => {
    const { entries } = JSON.parse(readFileSync('security/electronegativity-allowlist.json', 'utf8')) as {
      entries: Entry[];
    };
    expect(entries.length).toBeGreaterThan(0);
    for (const e of entries) {
      expect(e.check).toMatch(/^[A-Z_]+_CHECK$/);
      expect(e.file).not.toBe('');
      expect(e.reason.length, `${e.check} ${e.file}`).toBeGreaterThan(40);
    }
  });
});
