// The README and docs/packaging.md stay true: every picture and relative link they show exists, every
// `npm run …` they mention is a script, the two fresh-machine commands are the ones package.json defines, and the
// safety note quotes the app's own short disclaimer word for word.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { RESOURCES } from '../../electron/shared/i18n/resources';
import { emergencyNumbers } from '../../electron/shared/emergency';
import { ENGLISH } from '../fakes/i18n';

/** As a user whose system names no region sees it: every number (electron/shared/emergency.ts). */
const SHORT_DISCLAIMER = RESOURCES.en.content.disclaimer.short.replace(
  '{{emergencyNumbersShort}}',
  emergencyNumbers(null, ENGLISH).emergencyNumbersShort,
);

const root = fileURLToPath(new URL('../..', import.meta.url));
const DOCS = ['README.md', 'docs/packaging.md'];
const scripts = Object.keys(
  (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> })
    .scripts,
);

/** The text outside HTML comments (slots for future screenshots live in comments and are not shown). */
const shown = (file: string) => readFileSync(join(root, file), 'utf8').replace(/<!--[\s\S]*?-->/g, '');

/** Relative targets of Markdown images and links and of <img src>, without #anchors. */
function localTargets(markdown: string): string[] {
  const targets = [
    ...[...markdown.matchAll(/!?\[[^\]]*\]\(([^)\s]+)\)/g)].map((m) => m[1] ?? ''),
    ...[...markdown.matchAll(/<img\b[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1] ?? ''),
  ];
  return targets.filter((t) => !/^[a-z]+:/i.test(t) && !t.startsWith('#')).map((t) => t.split('#')[0] ?? t);
}

describe.each(DOCS)('%s', (file) => {
  it('shows only pictures and links that exist', () => {
    const targets = localTargets(shown(file));
    expect(targets.length).toBeGreaterThan(0);
    const missing = targets.filter((t) => !existsSync(join(root, dirname(file), t)));
    expect(missing).toEqual([]);
  });

  it('mentions only npm scripts that exist', () => {
    const mentioned = [...shown(file).matchAll(/npm run ([a-z][\w:-]*)/g)].map((m) => m[1] ?? '');
    expect(mentioned.filter((name) => !scripts.includes(name))).toEqual([]);
  });
});

describe('README.md', () => {
  const readme = shown('README.md');

  it('gives the two fresh-machine commands, and package.json has both scripts', () => {
    expect(readme).toContain('`npm ci && npm start`');
    expect(readme).toContain('`npm ci && npm test`');
    expect(scripts).toEqual(expect.arrayContaining(['start', 'test']));
  });

  it("quotes the app's short disclaimer word for word in the safety note", () => {
    const safety = readme.slice(readme.indexOf('## Safety'));
    const quote = [...safety.matchAll(/^> ?(.*)$/gm)].map((m) => m[1]).join(' ');
    expect(quote.replace(/\s+/g, ' ').trim()).toBe(SHORT_DISCLAIMER);
  });

  it('has the privacy promise and links the manual QA checklist', () => {
    expect(readme).toMatch(/## Privacy[\s\S]*sends nothing anywhere/);
    expect(readme).toContain('(docs/manual-qa.md)');
  });
});
