// Recording a global shortcut by key press: what a press in the shortcut field turns into, on Windows/Linux and
// on a Mac, for the keys people actually press (letters on any layout, digits with Shift, F-keys, AltGr).
import { describe, expect, it } from 'vitest';
import {
  acceleratorKey,
  isMac,
  shortcutKeyAction,
  type KeyPress,
} from '../../renderer/src/lib/shortcut-keys';
import { shortcutProblem } from '../../electron/shared/settings-limits';
import { ENGLISH } from '../fakes/i18n';

const EN = ENGLISH;

const press = (key: string, code: string, mods: Partial<KeyPress> = {}): KeyPress => ({
  key,
  code,
  ctrlKey: false,
  altKey: false,
  shiftKey: false,
  metaKey: false,
  ...mods,
});

describe('shortcutKeyAction', () => {
  it.each<[string, KeyPress, boolean, string]>([
    ['Ctrl+Alt+W', press('w', 'KeyW', { ctrlKey: true, altKey: true }), false, 'CommandOrControl+Alt+W'],
    [
      'Ctrl+Shift+1 (types "!")',
      press('!', 'Digit1', { ctrlKey: true, shiftKey: true }),
      false,
      'CommandOrControl+Shift+1',
    ],
    [
      'AltGr+Q on a German keyboard (types "@")',
      press('@', 'KeyQ', { ctrlKey: true, altKey: true }),
      false,
      'CommandOrControl+Alt+Q',
    ],
    [
      'Ctrl+Alt+Z on QWERTZ (the key labelled Z)',
      press('z', 'KeyY', { ctrlKey: true, altKey: true }),
      false,
      'CommandOrControl+Alt+Z',
    ],
    ['Alt+F5', press('F5', 'F5', { altKey: true }), false, 'Alt+F5'],
    ['Win+Alt+Space', press(' ', 'Space', { metaKey: true, altKey: true }), false, 'Alt+Super+Space'],
    [
      'Ctrl+Alt+ArrowUp',
      press('ArrowUp', 'ArrowUp', { ctrlKey: true, altKey: true }),
      false,
      'CommandOrControl+Alt+Up',
    ],
    [
      'Cmd+Option+W on a Mac (types "∑")',
      press('∑', 'KeyW', { metaKey: true, altKey: true }),
      true,
      'CommandOrControl+Alt+W',
    ],
    [
      'Control+Shift+S on a Mac',
      press('S', 'KeyS', { ctrlKey: true, shiftKey: true }),
      true,
      'Control+Shift+S',
    ],
  ])('%s records an accelerator Electron and Settings accept', (_, keyPress, mac, accelerator) => {
    expect(shortcutKeyAction(keyPress, mac)).toEqual({ kind: 'record', accelerator });
    expect(shortcutProblem(accelerator, EN.t)).toBeNull();
  });

  it('Escape cancels, Backspace and Delete clear, a modifier alone waits', () => {
    expect(shortcutKeyAction(press('Escape', 'Escape'), false)).toEqual({ kind: 'cancel' });
    expect(shortcutKeyAction(press('Backspace', 'Backspace'), false)).toEqual({ kind: 'clear' });
    expect(shortcutKeyAction(press('Delete', 'Delete'), true)).toEqual({ kind: 'clear' });
    expect(shortcutKeyAction(press('Control', 'ControlLeft', { ctrlKey: true }), false)).toEqual({
      kind: 'wait',
    });
    expect(shortcutKeyAction(press('Alt', 'AltLeft', { altKey: true }), false)).toEqual({ kind: 'wait' });
  });

  it('typing and moving on stay possible: letters, Shift+letters, Tab and Shift+Tab pass through', () => {
    for (const keyPress of [
      press('C', 'KeyC', { shiftKey: true }),
      press('+', 'Equal', { shiftKey: true }),
      press('Tab', 'Tab'),
      press('Tab', 'Tab', { shiftKey: true }),
      press('ArrowLeft', 'ArrowLeft'),
    ]) {
      expect(shortcutKeyAction(keyPress, false)).toEqual({ kind: 'pass' });
    }
  });

  it('a key Electron cannot name keeps waiting', () => {
    expect(acceleratorKey({ key: 'Unidentified', code: '' })).toBeNull();
    expect(shortcutKeyAction(press('Unidentified', '', { ctrlKey: true }), false)).toEqual({ kind: 'wait' });
  });
});

describe('isMac', () => {
  it('tells a Mac from other systems', () => {
    expect(isMac({ platform: 'MacIntel' })).toBe(true);
    expect(isMac({ platform: 'Win32', userAgent: 'Mozilla/5.0 (Windows NT 10.0)' })).toBe(false);
    expect(isMac({ platform: 'Linux x86_64' })).toBe(false);
  });
});
