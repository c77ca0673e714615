// Where Help's Back goes: the page Help was opened from, when it is one of our main-window views; else Home.
import { VIEWS } from './view-names';

/** `search` is Help's own query string (`?view=help&back=<the opener's query string>`). */
export function backFromHelp(search: string): string {
  const back = new URLSearchParams(search).get('back') ?? '';
  const view = new URLSearchParams(back).get('view');
  const ours = back.startsWith('?view=') && view !== null && view !== 'help' && view !== 'reminder';
  return ours && (VIEWS as readonly string[]).includes(view) ? back : '?view=main';
}
