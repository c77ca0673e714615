// `npm run test:security`: Electronegativity (Doyensec's Electron security scanner) over the built app (out/main,
// out/preload, out/renderer and package.json; not the test harness). Every finding must be justified in
// security/electronegativity-allowlist.json, and every allowlist entry must still match a finding, so the list
// never outlives its reason. Offline: the scanner's two network look-ups (translations, Electron release notes)
// are answered "unavailable" at once; the release check is excluded (our Electron version is pinned and its
// security updates are a dependency update, not a scan result).
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const ALLOWLIST = join(root, 'security', 'electronegativity-allowlist.json');

/** The few CSV rules the scanner's output uses: comma-separated, optional double quotes, "" for a quote. */
export function parseCsv(text) {
  const rows = [];
  let row = [];
  let cell = '';
  let quoted = false;
  const endCell = () => {
    row.push(cell);
    cell = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted && c === '"' && text[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (c === '"') quoted = !quoted;
    else if (quoted || (c !== ',' && c !== '\n' && c !== '\r')) cell += c;
    else if (c === ',') endCell();
    else if (c === '\n') {
      endCell();
      rows.push(row);
      row = [];
    }
  }
  if (cell || row.length) {
    endCell();
    rows.push(row);
  }
  return rows;
}

/** Findings not covered by the allowlist, and allowlist entries that no finding matches. */
export function judge(findings, allowlist) {
  const matches = (entry, f) =>
    entry.check === f.check &&
    f.file === entry.file &&
    (entry.sample === undefined || f.sample.includes(entry.sample));
  return {
    unexplained: findings.filter((f) => !allowlist.some((entry) => matches(entry, f))),
    stale: allowlist.filter((entry) => !findings.some((f) => matches(entry, f))),
  };
}

function scan() {
  for (const built of ['main/index.js', 'preload/index.cjs', 'renderer/index.html'])
    if (!existsSync(join(root, 'out', built)))
      throw new Error(`out/${built} is missing: run \`npm run build\` first`);
  const work = mkdtempSync(join(tmpdir(), 'walkbreak-electronegativity-'));
  try {
    const app = join(work, 'app');
    for (const part of ['main', 'preload', 'renderer'])
      cpSync(join(root, 'out', part), join(app, part), { recursive: true });
    cpSync(join(root, 'package.json'), join(app, 'package.json'));
    const offline = join(work, 'offline.cjs');
    writeFileSync(
      offline,
      `const Module = require('module');
const load = Module._load;
const unavailable = () => Promise.reject(new Error('offline'));
Module._load = function (request, ...rest) {
  return request === 'got' ? Object.assign(unavailable, { default: unavailable }) : load.call(this, request, ...rest);
};
// The scanner writes the CSV header and the findings with two racing fs.writeFile calls ('w', then 'a'): under load
// the header could land last and wipe or overwrite the findings. Done synchronously, they land in order.
const fs = require('fs');
fs.writeFile = function (file, data, options, callback) {
  if (typeof options === 'function') [callback, options] = [options, undefined];
  let error = null;
  try {
    fs.writeFileSync(file, data, options);
  } catch (e) {
    error = e;
  }
  if (callback) process.nextTick(callback, error);
  else if (error) throw error;
};\n`,
    );
    const cli = join(
      dirname(require.resolve('@doyensec/electronegativity/package.json')),
      'dist',
      'index.js',
    );
    const electron = require('electron/package.json').version;
    const csv = join(work, 'findings.csv');
    const run = spawnSync(
      process.execPath,
      [
        '-r',
        offline,
        cli,
        '-i',
        app,
        '-e',
        electron,
        '-x',
        'AvailableSecurityFixesGlobalCheck',
        '-r',
        '-v',
        'false',
        '-o',
        csv,
      ],
      { encoding: 'utf8', env: { ...process.env, LANG: 'en-US' } },
    );
    if (run.status !== 0 || !existsSync(csv))
      throw new Error(`electronegativity failed (${run.status}):\n${run.stdout}\n${run.stderr}`);
    const text = readFileSync(csv, 'utf8');
    const [, ...rows] = parseCsv(text);
    if (rows.some((row) => row.length < 8))
      throw new Error(`electronegativity wrote a CSV this script cannot read:\n${text}`);
    return rows.map(([check, severity, confidence, file, location, sample]) => ({
      check,
      severity,
      confidence,
      file,
      location,
      sample,
    }));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const findings = scan();
  const allowlist = JSON.parse(readFileSync(ALLOWLIST, 'utf8')).entries;
  const { unexplained, stale } = judge(findings, allowlist);
  console.log(
    `electronegativity: ${findings.length} findings, ${findings.length - unexplained.length} justified in the allowlist`,
  );
  for (const f of unexplained)
    console.error(
      `  not justified: ${f.check} (${f.severity}) ${f.file}:${f.location} ${f.sample.slice(0, 120)}`,
    );
  for (const e of stale) console.error(`  allowlist entry matches nothing (remove it): ${e.check} ${e.file}`);
  if (unexplained.length || stale.length) process.exitCode = 1;
}
