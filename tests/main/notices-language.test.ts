// Main's notices speak the user's language: a damaged file at start, saving that fails and works again, and a
// global shortcut another app holds, in German for a German user; the same events in English otherwise.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { nodeFs } from '../../electron/main/adapters/durable-fs';
import { describe, expect, it, vi } from 'vitest';
import { bootstrap } from '../../electron/main/bootstrap';
import type { SettingsRejected } from '../../electron/core/settings-service';
import { keptAsideNotice } from '../../electron/main/notices';
import { bootstrapOptions, useMainTestEnv } from './helpers';
import { ENGLISH } from '../fakes/i18n';

vi.mock('electron', () => ({ default: {} }));

const env = useMainTestEnv('walkbreak-notices-language-');
const MIN = 60_000;
const notes = () =>
  env.fake.shownNotifications().map((n) => ({ title: n.options.title ?? '', body: n.options.body ?? '' }));

describe('notices in German', () => {
  it('a damaged tracker file on a German system: the start notice is German', () => {
    env.fake.app.preferredLanguages = ['de-DE'];
    writeFileSync(join(env.dir, 'tracker.json'), '\u0000\u0000');
    env.running = bootstrap(env.fake, bootstrapOptions(env.dir));
    expect(notes()).toEqual([
      {
        title: 'WalkBreak konnte einige gespeicherte Daten nicht lesen',
        body: 'Die Sitzzeit-Messung: Die Datei ließ sich nicht lesen; die Messung beginnt neu. Die beschädigte Datei wurde neben der neuen aufbewahrt. Einzelheiten stehen in logs/main.log.',
      },
    ]);
  });

  it('the language setting wins over the system: German notices on an English system', () => {
    writeFileSync(join(env.dir, 'settings.json'), JSON.stringify({ settings: { language: 'de' } }));
    writeFileSync(join(env.dir, 'programme.json'), '{ "programme": ');
    env.running = bootstrap(env.fake, bootstrapOptions(env.dir));
    expect(notes()[0]?.body).toContain(
      'Ihr Gehplan: Die Datei ließ sich nicht lesen; der Plan beginnt von vorn.',
    );
  });

  it('saving fails and works again: both notices in German, with the error code', () => {
    env.running = bootstrap(env.fake, bootstrapOptions(env.dir));
    env.running.core.settings.update({ language: 'de' });
    const set = vi.spyOn(nodeFs, 'writeSync').mockImplementation(() => {
      throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
    });
    env.running.core.settings.update({ sitThresholdMin: 50 });
    expect(notes()).toEqual([
      {
        title: 'WalkBreak kann gerade nicht speichern',
        body: 'Ihre Einstellungen konnten nicht gespeichert werden (ENOSPC: Ist der Datenträger voll?). Es geht nichts verloren: WalkBreak behält Ihre Änderungen und versucht es erneut.',
      },
    ]);
    set.mockRestore();
    vi.advanceTimersByTime(5 * MIN);
    expect(notes()[1]).toEqual({
      title: 'WalkBreak speichert wieder',
      body: 'Alles Ausstehende wurde gespeichert.',
    });
  });

  it('a taken shortcut: the message under the field and the start notice are German', () => {
    env.running = bootstrap(env.fake, bootstrapOptions(env.dir));
    const settings = env.running.core.settings;
    settings.update({ language: 'de', shortcuts: { snooze: 'Control+Alt+S', startWalk: null } });
    env.fake.globalShortcut.taken.add('Control+Alt+K');
    let error: unknown;
    try {
      settings.update({ shortcuts: { snooze: 'Control+Alt+S', startWalk: 'Control+Alt+K' } });
    } catch (e) {
      error = e;
    }
    expect((error as SettingsRejected).issues).toEqual([
      {
        field: 'shortcuts',
        message:
          'Control+Alt+K ließ sich nicht für „Spaziergang beginnen“ festlegen: Eine andere App verwendet es möglicherweise bereits. Wählen Sie ein anderes.',
      },
    ]);

    env.running.dispose();
    env.fake.globalShortcut.taken.add('Control+Alt+S');
    env.running = bootstrap(env.fake, bootstrapOptions(env.dir));
    expect(notes().at(-1)).toEqual({
      title: 'Ein Tastenkürzel von WalkBreak ist nicht verfügbar',
      body: 'Control+Alt+S ließ sich nicht für „Später“ festlegen: Eine andere App verwendet es möglicherweise bereits. Wählen Sie ein anderes. Sie können in den Einstellungen ein anderes wählen.',
    });
  });
});

describe('keptAsideNotice', () => {
  const en = ENGLISH;

  it('one sentence per file in order, then whether the damaged files could be kept', () => {
    expect(
      keptAsideNotice(
        [
          { name: 'settings', aside: '/x/settings.json.broken-1', recovered: true, reason: 'bad' },
          { name: 'programme', aside: null, recovered: false, reason: 'bad' },
        ],
        en,
      ),
    ).toEqual({
      title: 'WalkBreak could not read some saved data',
      body: 'Your settings: the file was damaged; everything that could be read was kept. Your walking programme: the file could not be read, so this started again. The damaged file could not be moved, so changes are kept in memory only for now. Details are in logs/main.log.',
    });
    expect(keptAsideNotice([], en)).toBeNull();
  });
});
