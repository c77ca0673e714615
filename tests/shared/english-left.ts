// The one check that a screen meant to be German has no English left, shared by the German component tests (jsdom)
// and the end-to-end language tests (Chromium). Given everything a user sees or hears (text, accessible names,
// the window title) it lists what is wrong:
// - a message key shown instead of text (⟦…⟧, the translator's missing-key mark);
// - a piece of an English message (cut at its {{placeholders}}, whole words, 4+ characters), unless German uses
//   the same words (like "Pause");
// - a common English word German never uses, which also catches text never moved into the message files.
import { RESOURCES, type Namespace } from '../../electron/shared/i18n/resources';

function texts(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  return value !== null && typeof value === 'object' ? Object.values(value).flatMap(texts) : [];
}

const ALL = Object.keys(RESOURCES.en) as Namespace[];
const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const wholeWords = (text: string): RegExp => new RegExp(`(?<!\\p{L})${escape(text)}(?!\\p{L})`, 'u');

/** English message pieces per set of namespaces, built once per set. */
const piecesFor = new Map<string, { piece: string; pattern: RegExp }[]>();

function englishPieces(namespaces: readonly Namespace[]): { piece: string; pattern: RegExp }[] {
  const key = [...namespaces].sort().join(',');
  let pieces = piecesFor.get(key);
  if (!pieces) {
    const german = ALL.flatMap((ns) => texts(RESOURCES.de[ns]));
    const same = new Set(german);
    pieces = [
      ...new Set(
        namespaces
          .flatMap((ns) => texts(RESOURCES.en[ns]))
          .filter((text) => !same.has(text))
          .flatMap((text) => text.split(/\{\{[^}]*\}\}/))
          .map((piece) => piece.trim())
          .filter((piece) => piece.length >= 4 && /\p{L}{3}/u.test(piece)),
      ),
    ]
      .map((piece) => ({ piece, pattern: wholeWords(piece) }))
      .filter(({ pattern }) => !german.some((text) => pattern.test(text)));
    piecesFor.set(key, pieces);
  }
  return pieces;
}

/**
 * English words that never occur in German text (case matters: German "Minute" is not English "minutes"; "Walk"
 * inside "WalkBreak" is no word of its own).
 */
const ENGLISH_WORDS = new RegExp(
  `\\b(${'the your you and with of is are this that minutes walks breaks walk break snooze skip settings history today pain sitting'
    .split(' ')
    .flatMap((word) => [word, `${word[0]?.toUpperCase()}${word.slice(1)}`])
    .join('|')})\\b`,
);

/** What on a German screen is not German; empty when all is well. `namespaces` narrows the message check. */
export function englishLeft(shown: string, namespaces: readonly Namespace[] = ALL): string[] {
  const problems = [...shown.matchAll(/⟦[^⟧]*⟧/g)].map((m) => `missing message ${m[0]}`);
  for (const { piece, pattern } of englishPieces(namespaces))
    if (pattern.test(shown)) problems.push(`English text: "${piece}"`);
  for (const line of shown.split('\n')) {
    const word = ENGLISH_WORDS.exec(line);
    if (word) problems.push(`English word "${word[0]}" in: ${line.trim().slice(0, 120)}`);
  }
  return [...new Set(problems)];
}
