// For German end-to-end checks: what in a window is still English (see tests/shared/english-left.ts), from its
// visible text, what screen readers read (aria-label, aria-valuetext, title, placeholder, alt) and its title.
import type { FrameLocator } from '@playwright/test';
import type { Namespace } from '../../electron/shared/i18n/resources';
import { englishLeft } from '../shared/english-left';

const READ_ALOUD = ['aria-label', 'aria-valuetext', 'title', 'placeholder', 'alt'];

export async function englishIn(window: FrameLocator, namespaces?: readonly Namespace[]): Promise<string[]> {
  const body = window.locator('body');
  const names = await body.evaluate(
    (root, attributes) =>
      [...root.querySelectorAll(attributes.map((a) => `[${a}]`).join(', '))].flatMap((el) =>
        attributes.map((a) => el.getAttribute(a) ?? ''),
      ),
    READ_ALOUD,
  );
  const title = (await window.locator('head > title').textContent()) ?? '';
  return englishLeft([await body.innerText(), ...names, title].join('\n'), namespaces);
}
