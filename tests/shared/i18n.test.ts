// The missing-key check and the translator's rules: every language has exactly the English keys, the same
// {{placeholders}} and plural forms, no empty or untranslated text; every key the code names exists; the
// language setting resolves as the user expects; numbers, times and lists follow the locale.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { LANGUAGES, createTranslator, missingKeyText, resolveLanguage } from '../../electron/shared/i18n';
import { RESOURCES } from '../../electron/shared/i18n/resources';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** Every message as 'namespace:dotted.key' → text. */
function flatten(value: unknown, prefix: string, out = new Map<string, string>()): Map<string, string> {
  if (typeof value === 'string') out.set(prefix, value);
  else if (value !== null && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      flatten(child, prefix.endsWith(':') ? `${prefix}${key}` : `${prefix}.${key}`, out);
    }
  } else out.set(prefix, `<not text: ${String(value)}>`);
  return out;
}

function messagesOf(language: keyof typeof RESOURCES): Map<string, string> {
  const out = new Map<string, string>();
  for (const [ns, messages] of Object.entries(RESOURCES[language])) flatten(messages, `${ns}:`, out);
  return out;
}

const english = messagesOf('en');
const placeholders = (text: string): string[] =>
  [...text.matchAll(/\{\{\s*([\w.]+)/g)].map((m) => m[1] ?? '').sort();

/**
 * German text that is the same word as the English one on purpose (names, units, loanwords). Anything else
 * identical to English is almost always a string somebody forgot to translate.
 */
const SAME_IN_GERMAN = new Set<string>([
  'common:appName',
  // Formats without words: a pain-scale point read aloud ("3, no pain") and a score ("2/10").
  'break:painScale.point',
  'break:clinicianSummary.score',
  // "WalkBreak: {{status}}": the app's name and the tray's status line, the same in every language.
  'tray:tooltip',
]);

describe('messages', () => {
  it('English has messages in every namespace, and each is non-empty text', () => {
    for (const [ns, messages] of Object.entries(RESOURCES.en)) {
      expect(Object.keys(messages), `namespace ${ns}`).not.toHaveLength(0);
    }
    for (const [key, text] of english) expect(text.trim(), key).not.toBe('');
  });

  for (const language of LANGUAGES.filter((l) => l !== 'en')) {
    describe(language, () => {
      const translated = messagesOf(language);

      it('has exactly the English keys (nothing missing, nothing left over)', () => {
        expect([...translated.keys()].filter((key) => !english.has(key))).toEqual([]);
        expect([...english.keys()].filter((key) => !translated.has(key))).toEqual([]);
      });

      it('keeps every {{placeholder}} of the English text, and no text is empty', () => {
        for (const [key, text] of english) {
          const other = translated.get(key) ?? '';
          expect(other.trim(), key).not.toBe('');
          expect(placeholders(other), key).toEqual(placeholders(text));
        }
      });

      it('translates every text that is not a name (identical to English only where listed)', () => {
        const same = [...english].filter(
          ([key, text]) => translated.get(key) === text && text.length > 3 && /[a-z]{3}/.test(text),
        );
        expect(same.map(([key]) => key).filter((key) => !SAME_IN_GERMAN.has(key))).toEqual([]);
      });
    });
  }

  it('plural keys come as _one/_other pairs', () => {
    for (const key of english.keys()) {
      const m = /^(.*)_(one|other)$/.exec(key);
      if (m) expect(english.has(`${m[1]}_${m[2] === 'one' ? 'other' : 'one'}`), key).toBe(true);
    }
  });
});

/** Source files of the app (main, core, shared, renderer), for the keys they name. */
function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'i18n' && dir.endsWith('shared') ? [] : sources(path);
    return /\.(ts|svelte)$/.test(entry.name) ? [path] : [];
  });
}

describe('keys named in the code', () => {
  const files = [...sources(join(root, 'electron')), ...sources(join(root, 'renderer/src'))];
  const named = files.flatMap((file) => {
    const text = readFileSync(file, 'utf8');
    return [...text.matchAll(/\bt\(\s*['"`]([a-zA-Z]+:[\w.]+)['"`]/g)].map((m) => ({
      file: relative(root, file),
      key: m[1] ?? '',
    }));
  });

  it('finds the lookups (the scan works)', () => {
    expect(named.some(({ key }) => key === 'reminder:window.startWalk')).toBe(true);
  });

  it('every literal key exists in English (directly or as a plural)', () => {
    const missing = named.filter(
      ({ key }) => !english.has(key) && !english.has(`${key}_one`) && !english.has(`${key}_other`),
    );
    expect(missing).toEqual([]);
  });
});

describe('resolveLanguage', () => {
  it('system follows the first supported preferred language and keeps its region for formats', () => {
    expect(resolveLanguage('system', ['de-AT', 'en-US'])).toEqual({ language: 'de', locale: 'de-AT' });
    expect(resolveLanguage('system', ['fr-FR', 'en-GB', 'de-DE'])).toEqual({
      language: 'en',
      locale: 'en-GB',
    });
  });

  it('system without a supported language is English', () => {
    expect(resolveLanguage('system', ['fr-FR', 'ja'])).toEqual({ language: 'en', locale: 'en' });
    expect(resolveLanguage('system', [])).toEqual({ language: 'en', locale: 'en' });
  });

  it('a chosen language wins over the system, with the system region when it has one', () => {
    expect(resolveLanguage('de', ['en-GB'])).toEqual({ language: 'de', locale: 'de' });
    expect(resolveLanguage('en', ['de-CH', 'en-AU'])).toEqual({ language: 'en', locale: 'en-AU' });
  });

  it('ignores malformed system tags', () => {
    expect(resolveLanguage('system', ['', 'de-!!'])).toEqual({ language: 'de', locale: 'de' });
  });
});

describe('createTranslator', () => {
  const de = createTranslator({ language: 'de', locale: 'de-DE' }, RESOURCES);
  const en = createTranslator({ language: 'en', locale: 'en-GB' }, RESOURCES);

  it('picks plural forms by count', () => {
    expect(en.t('common:minutes', { count: 1 })).toBe('1 minute');
    expect(en.t('common:minutes', { count: 5 })).toBe('5 minutes');
    expect(de.t('common:minutes', { count: 1 })).toBe('1 Minute');
    expect(de.t('common:minutes', { count: 5 })).toBe('5 Minuten');
  });

  it('formats numbers, times and lists by locale', () => {
    expect(de.number(1234.5)).toBe('1.234,5');
    expect(en.number(1234.5)).toBe('1,234.5');
    const afternoon = new Date(2026, 10, 28, 14, 5).getTime();
    expect(de.time(afternoon)).toBe('14:05');
    expect(createTranslator({ language: 'en', locale: 'en-US' }, RESOURCES).time(afternoon)).toBe('2:05 PM');
    expect(de.list(['Mo', 'Di', 'Mi'])).toBe('Mo, Di und Mi');
    expect(de.date(afternoon, { weekday: 'long' })).toBe('Samstag');
  });

  it('does not escape text (Svelte and notifications escape it themselves)', () => {
    const tr = createTranslator(
      { language: 'en', locale: 'en' },
      { en: { common: { ...RESOURCES.en.common, loadFailed: { ...RESOURCES.en.common.loadFailed } } } },
    );
    expect(tr.t('common:loadFailed.body', { detail: '<a & b>' })).toContain('(<a & b>)');
  });

  it('shows a missing key in brackets and reports it', () => {
    const reported: string[] = [];
    const tr = createTranslator({ language: 'de', locale: 'de' }, { en: {}, de: {} }, (key) =>
      reported.push(key),
    );
    expect(tr.t('common:appName')).toBe(missingKeyText('appName'));
    expect(reported).toEqual(['common:appName']);
  });
});
