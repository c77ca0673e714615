// Turning a key press into an Electron accelerator, for recording a global shortcut in Settings: the user holds
// e.g. Ctrl+Alt and presses W, and the field gets "CommandOrControl+Alt+W" (the form shortcutProblem() accepts).

/** The parts of a KeyboardEvent that matter (a real event, or a plain object in tests). */
export interface KeyPress {
  key: string;
  code: string;
  ctrlKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
  metaKey: boolean;
}

/** What a key press in a shortcut field does. */
export type ShortcutKeyAction =
  | { kind: 'record'; accelerator: string }
  | { kind: 'clear' }
  | { kind: 'cancel' }
  /** A modifier on its own: keep waiting for the key (and do not type anything). */
  | { kind: 'wait' }
  /** Not a shortcut: let the browser handle it (typing, Tab to move on, arrows in the text). */
  | { kind: 'pass' };

const MODIFIER_KEYS = new Set(['Control', 'Alt', 'AltGraph', 'Shift', 'Meta', 'OS', 'Super', 'Hyper']);

/** Keys by KeyboardEvent.code that Electron names differently, or whose typed character depends on Shift. */
const CODE_KEYS: Readonly<Record<string, string>> = {
  Space: 'Space',
  Enter: 'Enter',
  NumpadEnter: 'Enter',
  Tab: 'Tab',
  Backspace: 'Backspace',
  Delete: 'Delete',
  Insert: 'Insert',
  Home: 'Home',
  End: 'End',
  PageUp: 'PageUp',
  PageDown: 'PageDown',
  ArrowUp: 'Up',
  ArrowDown: 'Down',
  ArrowLeft: 'Left',
  ArrowRight: 'Right',
  Escape: 'Escape',
  Minus: '-',
  Equal: '=',
  BracketLeft: '[',
  BracketRight: ']',
  Semicolon: ';',
  Quote: "'",
  Comma: ',',
  Period: '.',
  Slash: '/',
  Backquote: '`',
};

/**
 * The accelerator's key for a press, or null when it has none Electron can register: a letter or digit as the
 * layout types it (so a German keyboard's Z is Z), else by its position (Alt+W on a Mac types "∑", Shift+1 "!").
 */
export function acceleratorKey(press: Pick<KeyPress, 'key' | 'code'>): string | null {
  if (/^[a-z0-9]$/i.test(press.key)) return press.key.toUpperCase();
  const letter = /^Key([A-Z])$/.exec(press.code);
  if (letter) return letter[1] ?? null;
  const digit = /^(?:Digit|Numpad)([0-9])$/.exec(press.code);
  if (digit) return digit[1] ?? null;
  if (/^F([1-9]|1[0-9]|2[0-4])$/.test(press.code)) return press.code;
  return CODE_KEYS[press.code] ?? null;
}

/**
 * What a key press in a shortcut field means. With Ctrl, Alt or the Windows/Command key held it records a
 * shortcut (on a Mac, Command is CommandOrControl and Control stays Control; elsewhere Ctrl is CommandOrControl
 * and the Windows key is Super). Escape alone cancels, Backspace or Delete alone clear; everything else is typing.
 */
export function shortcutKeyAction(press: KeyPress, mac: boolean): ShortcutKeyAction {
  if (MODIFIER_KEYS.has(press.key)) return { kind: 'wait' };
  const held = press.ctrlKey || press.altKey || press.metaKey;
  if (!held) {
    if (press.key === 'Escape' && !press.shiftKey) return { kind: 'cancel' };
    if ((press.key === 'Backspace' || press.key === 'Delete') && !press.shiftKey) return { kind: 'clear' };
    return { kind: 'pass' };
  }
  const key = acceleratorKey(press);
  if (key === null) return { kind: 'wait' };
  const mods: string[] = [];
  if (mac) {
    if (press.metaKey) mods.push('CommandOrControl');
    if (press.ctrlKey) mods.push('Control');
  } else if (press.ctrlKey) mods.push('CommandOrControl');
  if (press.altKey) mods.push('Alt');
  if (press.shiftKey) mods.push('Shift');
  if (!mac && press.metaKey) mods.push('Super');
  return { kind: 'record', accelerator: [...mods, key].join('+') };
}

/** True on macOS, where Command takes the place of Ctrl in shortcuts. */
export function isMac(
  nav: { platform?: string; userAgent?: string } | undefined = globalThis.navigator,
): boolean {
  return /Mac/i.test(nav?.platform ?? '') || /Mac OS X/i.test(nav?.userAgent ?? '');
}
