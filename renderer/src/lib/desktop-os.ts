// Which desktop OS this window runs on, from the user agent (Chromium names it in every Electron window): Settings
// explains per OS what the call and presentation signals can see.
export type DesktopOs = 'windows' | 'macos' | 'linux';

export function desktopOs(nav: { userAgent?: string } | undefined = globalThis.navigator): DesktopOs {
  const agent = nav?.userAgent ?? '';
  if (/Windows/i.test(agent)) return 'windows';
  if (/Mac OS X|Macintosh/i.test(agent)) return 'macos';
  return 'linux';
}
