// For German component tests: what on screen is still English (see tests/shared/english-left.ts), from the visible
// text and what screen readers read (aria-label, placeholder, title) and the window title.
import type { Namespace } from '../../electron/shared/i18n/resources';
import { englishLeft as englishLeftIn } from '../shared/english-left';

/** Everything a user sees or hears in `root`: text, accessible names, and the document's title. */
export function shownText(root: HTMLElement = document.body): string {
  const names = [...root.querySelectorAll('[aria-label], [placeholder], [title]')].flatMap((el) =>
    ['aria-label', 'placeholder', 'title'].map((a) => el.getAttribute(a) ?? ''),
  );
  return [document.title, root.textContent ?? '', ...names].join('\n');
}

/** The English (or message keys) left in `root`, checked against the given namespaces' English messages. */
export function englishLeft(root: HTMLElement, namespaces?: readonly Namespace[]): string[] {
  return englishLeftIn(shownText(root), namespaces);
}
