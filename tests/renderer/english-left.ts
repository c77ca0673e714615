// For German component tests: which English message text (or message key) is still on screen. Checks the visible
// text and what screen readers read (aria-label, placeholder, title), against the English messages of the given
// namespaces, split at their {{placeholders}} into pieces long enough to be unmistakable.
import { RESOURCES } from '../../electron/shared/i18n/resources';
import type { Namespace } from '../../electron/shared/i18n/resources';

function flatten(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (value !== null && typeof value === 'object')
    for (const child of Object.values(value)) flatten(child, out);
  return out;
}

export function englishLeft(root: HTMLElement, namespaces: readonly Namespace[]): string[] {
  const german = new Set(namespaces.flatMap((ns) => flatten(RESOURCES.de[ns])));
  const pieces = namespaces
    .flatMap((ns) => flatten(RESOURCES.en[ns]))
    .filter((text) => !german.has(text))
    .flatMap((text) => text.split(/\{\{[^}]*\}\}/))
    .map((piece) => piece.trim())
    .filter((piece) => piece.length >= 8 && /\w+\s+\w+/.test(piece));
  const names = [...root.querySelectorAll('[aria-label], [placeholder], [title]')].flatMap((el) =>
    ['aria-label', 'placeholder', 'title'].map((a) => el.getAttribute(a) ?? ''),
  );
  const all = [root.textContent ?? '', ...names, document.title].join('\n').replace(/\s+/g, ' ');
  const problems = [...all.matchAll(/⟦[^⟧]*⟧/g)].map((m) => `missing message ${m[0]}`);
  for (const piece of new Set(pieces)) if (all.includes(piece)) problems.push(`English text: "${piece}"`);
  return problems;
}
