// The missing-key check and the translator's rules: every language has exactly the English keys, the same
// {{placeholders}} and plural forms, no empty or untranslated text; every key the code names exists; the
// language setting resolves as the user expects; numbers, times and lists follow the locale; the renderer's light
// catalog gives i18next's text for every message.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  LANGUAGES,
  LightCatalog,
  createTranslator,
  missingKeyText,
  resolveLanguage,
  type Translator,
} from '../../electron/shared/i18n';
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

/**
 * The renderer's LightCatalog (electron/shared/i18n/translator.ts) stands in for i18next in every window; main keeps
 * i18next. Both must give the same text for every message, so a message that starts to use an i18next feature the
 * light catalog lacks (nesting, context, other formats) fails here, not on a user's screen.
 */
describe("LightCatalog gives i18next's text", () => {
  const COUNTS = [0, 1, 2, 5, 21, 1234];
  /** Each message once, plural forms as their base key: 'common:minutes' for minutes_one / minutes_other. */
  const lookups = new Map<string, Set<string>>();
  for (const language of LANGUAGES)
    for (const [key, text] of messagesOf(language)) {
      const base = key.replace(/_(zero|one|two|few|many|other)$/, '');
      const names = lookups.get(base) ?? new Set<string>();
      for (const name of placeholders(text)) names.add(name);
      if (base !== key) names.add('count');
      lookups.set(base, names);
    }

  /** The option sets a message is looked up with: every count when it has one, sample text for the rest. */
  function optionSets(names: Set<string>): Record<string, unknown>[] {
    const text = Object.fromEntries([...names].filter((n) => n !== 'count').map((n) => [n, `<${n}>`]));
    return names.has('count') ? COUNTS.map((count) => ({ ...text, count })) : [text];
  }

  for (const language of LANGUAGES) {
    it(`every message in ${language}, with its placeholders and counts`, () => {
      const resolved = { language, locale: language === 'de' ? 'de-DE' : 'en-GB' };
      const reference = createTranslator(resolved, RESOURCES);
      const light = new LightCatalog(RESOURCES).translator(resolved);
      let compared = 0;
      for (const [key, names] of lookups)
        for (const options of optionSets(names)) {
          const t = (tr: Translator): string => (tr.t as (k: string, o: object) => string)(key, options);
          expect(t(light), `${key} ${JSON.stringify(options)}`).toBe(t(reference));
          compared++;
        }
      expect(compared).toBeGreaterThan(english.size);
    });
  }

  it('German falls back to English, a missing key shows ⟦key⟧ and is reported, like i18next', () => {
    const bundles = {
      en: { common: { ...RESOURCES.en.common }, reminder: { ...RESOURCES.en.reminder } },
      de: { common: { ...RESOURCES.de.common } },
    };
    const cases: [string, object?][] = [
      ['reminder:window.skip'],
      ['reminder:title', { count: 3 }],
      ['reminder:title'],
      ['common:nope.never'],
      ['home:anything', { count: 2 }],
      ['appName'],
      ['common:loadFailed.body'],
      ['common:loadFailed.body', { detail: null }],
      ['common:loadFailed.body', { detail: 42 }],
      ['common:minutes', { count: '7' }],
    ];
    for (const language of LANGUAGES) {
      const resolved = { language, locale: language };
      const reportedByI18next: string[] = [];
      const reported: string[] = [];
      const reference = createTranslator(resolved, bundles, (key) => reportedByI18next.push(key));
      const light = new LightCatalog(bundles, (key) => reported.push(key)).translator(resolved);
      for (const [key, options] of cases) {
        const t = (tr: Translator): string =>
          (tr.t as unknown as (k: string, o?: object) => string)(key, options);
        expect(t(light), `${language} ${key} ${JSON.stringify(options)}`).toBe(t(reference));
      }
      expect(reported).toEqual(['reminder:title', 'common:nope.never', 'home:anything', 'common:minutes']);
      expect([...new Set(reportedByI18next)].every((key) => reported.some((k) => key.startsWith(k)))).toBe(
        true,
      );
    }
  });

  it('registers namespaces later, as the renderer does when a view loads', () => {
    const catalog = new LightCatalog();
    const de = catalog.translator({ language: 'de', locale: 'de' });
    expect(de.t('reminder:window.skip')).toBe(missingKeyText('window.skip'));
    catalog.add('reminder', { en: RESOURCES.en.reminder, de: RESOURCES.de.reminder });
    expect(de.t('reminder:window.skip')).toBe(RESOURCES.de.reminder.window.skip);
    expect(de.t('reminder:title', { count: 1 })).toBe('Zeit aufzustehen: 1 Minute im Sitzen');
    expect(de.t('reminder:title', { count: 30 })).toBe('Zeit aufzustehen: 30 Minuten im Sitzen');
  });
});
