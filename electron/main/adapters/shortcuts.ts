// Global shortcuts (off by default): Snooze, Start a walk and "I'm standing" (toggle) from anywhere. Registered at start and re-registered
// when Settings change them; a shortcut another app holds is refused at save time (the message appears under the
// field in Settings), and at start it is logged and told once by notification; both in the user's language.
import type { Translator } from '../../shared/i18n';
import type { SettingsIssue, Shortcuts } from '../../shared/settings';
import type { GlobalShortcutSlice } from '../electron-slice';

export type ShortcutName = keyof Shortcuts;
const NAMES: ShortcutName[] = ['snooze', 'startWalk', 'standing'];

export interface ShortcutRegistry {
  /** Registers what changed from `prev` to `next`; on any refusal restores `prev` and returns the problems. */
  change(next: Shortcuts, prev: Shortcuts): SettingsIssue[];
  /** Releases every shortcut WalkBreak holds (on quit). */
  release(): void;
}

export function shortcutRegistry(
  gs: GlobalShortcutSlice,
  actions: Record<ShortcutName, () => void>,
  /** The translator for the user's language, for the refusal messages. */
  i18n: () => Pick<Translator, 't'>,
  /**
   * A Wayland session: no app can grab keys there; Electron asks the desktop's GlobalShortcuts portal, which KDE
   * grants, GNOME asks the user about, and desktops without the portal refuse. A refusal there is the desktop's,
   * not another app's, and the message says so.
   */
  wayland = false,
): ShortcutRegistry {
  const held: Partial<Record<ShortcutName, string>> = {};

  const take = (name: ShortcutName, accelerator: string | null): boolean => {
    const current = held[name];
    if (current !== undefined) gs.unregister(current);
    delete held[name];
    if (accelerator === null) return true;
    let ok = false;
    try {
      ok = gs.register(accelerator, actions[name]);
    } catch {
      ok = false; // Electron throws on an accelerator it cannot parse
    }
    if (ok) held[name] = accelerator;
    return ok;
  };

  return {
    change(next, prev) {
      // A shortcut absent from stored settings (standing, before it existed) is off.
      const want = (s: Shortcuts, name: ShortcutName): string | null => s[name] ?? null;
      const changed = NAMES.filter(
        (name) => want(next, name) !== (held[name] ?? null) || want(next, name) !== want(prev, name),
      );
      const refused = changed.filter((name) => !take(name, want(next, name)));
      if (refused.length === 0) return [];
      for (const name of changed) take(name, want(prev, name));
      const { t } = i18n();
      return refused.map((name) => ({
        field: 'shortcuts' as const,
        message: t(`notices:shortcut.${wayland ? 'wayland' : 'taken'}.${name}`, {
          accelerator: next[name] ?? '',
        }),
      }));
    },
    release() {
      for (const name of NAMES) take(name, null);
    },
  };
}
