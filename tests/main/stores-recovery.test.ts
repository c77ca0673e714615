// Stored data survives bad files and failing disks (issue 6): a damaged settings/tracker/programme file is kept
// aside byte for byte, what it still holds is recovered, the app starts and the user gets one message; a write
// that fails (disk full) keeps the change in memory, tells the user once, leaves the file on disk as it was, and
// is retried until it lands. Boots the real composition root on the Electron fake with a temp userData folder.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { nodeFs } from '../../electron/main/adapters/durable-fs';
import { describe, expect, it, vi } from 'vitest';
import { durableDocument } from '../../electron/main/adapters/durable-document';
import { openStores } from '../../electron/main/adapters/stores';
import { bootstrap, type Running } from '../../electron/main/bootstrap';
import { bootstrapOptions, START, useMainTestEnv } from './helpers';

vi.mock('electron', () => ({ default: {} }));

const RESOURCES = fileURLToPath(new URL('../../resources', import.meta.url));
const SEC = 1_000;
const MIN = 60_000;
const env = useMainTestEnv('walkbreak-recovery-');

const boot = (): Running =>
  (env.running = bootstrap(env.fake, bootstrapOptions(env.dir, 'linux', RESOURCES)));
const file = (name: string): string => readFileSync(join(env.dir, name), 'utf8');
const asideFiles = (): string[] =>
  readdirSync(env.dir)
    .filter((f) => f.includes('.broken-'))
    .sort();
const notes = (): { title: string; body: string }[] =>
  env.fake.shownNotifications().map((n) => ({ title: n.options.title ?? '', body: n.options.body ?? '' }));

const GOOD = { sitThresholdMin: 45, awayThresholdMin: 7, snoozeOptionsMin: [5, 10], remindersEnabled: false };

describe('a damaged store file at start', () => {
  it('settings with one bad field: the rest is recovered, the file kept aside, one message', () => {
    const damaged = JSON.stringify({ settings: { ...GOOD, sitThresholdMin: 'forty-five' } });
    writeFileSync(join(env.dir, 'settings.json'), damaged);
    const { core } = boot();

    expect(core.settings.get()).toMatchObject({ ...GOOD, sitThresholdMin: 30 });
    expect(asideFiles()).toHaveLength(1);
    expect(file(asideFiles()[0]!)).toBe(damaged);
    expect(JSON.parse(file('settings.json'))).toMatchObject({ settings: { ...GOOD, sitThresholdMin: 30 } });
    expect(notes()).toEqual([
      {
        title: 'WalkBreak could not read some saved data',
        body: expect.stringContaining(
          'Your settings: the file was damaged; everything that could be read was kept.',
        ),
      },
    ]);
    // The field core repaired is told in the same message, not a second one.
    expect(notes()[0]!.body).toContain('Sitting time before a reminder');
    // The next start finds a good file and says nothing.
    expect(openStores(env.dir, '0.1.0').problems).toEqual([]);
  });

  it('all three files unreadable: the app starts, each is kept aside, and the user gets one message', () => {
    writeFileSync(join(env.dir, 'settings.json'), '{ "settings": { "sitThr');
    writeFileSync(join(env.dir, 'tracker.json'), '\u0000\u0000\u0000');
    writeFileSync(join(env.dir, 'programme.json'), JSON.stringify({ programme: 'level five' }));
    const { core } = boot();

    expect(asideFiles().map((f) => f.split('.broken-')[0])).toEqual([
      'programme.json',
      'settings.json',
      'tracker.json',
    ]);
    expect(core.settings.get().sitThresholdMin).toBe(30);
    expect(core.engine.snapshot()).toMatchObject({ presence: 'present', sittingSince: START });
    expect(notes()).toHaveLength(1);
    const { body } = notes()[0]!;
    expect(body).toContain('Your settings: the file could not be read, so this started again.');
    expect(body).toContain('The sitting timer: the file could not be read');
    expect(body).toContain('Your walking programme: the file was damaged');
    expect(body).toContain('kept beside the new one');
    expect(file(join('logs', 'main.log'))).toMatch(/tracker\.json could not be read .*kept as/);
  });

  it('a file that is fine but carries an unknown key is not set aside', () => {
    writeFileSync(join(env.dir, 'settings.json'), JSON.stringify({ settings: GOOD, futureKey: [1, 2] }));
    const { core } = boot();
    expect(core.settings.get()).toEqual(expect.objectContaining(GOOD));
    expect(asideFiles()).toEqual([]);
    expect(notes()).toEqual([]);
  });
});

describe('a disk that refuses writes', () => {
  const diskFull = () => {
    const set = vi.spyOn(nodeFs, 'writeSync').mockImplementation(() => {
      throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
    });
    return () => set.mockRestore();
  };

  it('keeps the change in memory, tells the user once, harms nothing on disk, and saves when it can', () => {
    writeFileSync(join(env.dir, 'settings.json'), JSON.stringify({ settings: GOOD }));
    const { core } = boot();
    const before = file('settings.json');

    const diskBack = diskFull();
    expect(core.settings.update({ sitThresholdMin: 50 }).sitThresholdMin).toBe(50);
    expect(core.settings.update({ awayThresholdMin: 9 })).toMatchObject({
      sitThresholdMin: 50,
      awayThresholdMin: 9,
    });
    vi.advanceTimersByTime(20 * MIN); // tracker saves fail too; retries fail quietly
    expect(file('settings.json')).toBe(before);
    expect(notes()).toEqual([
      {
        title: 'WalkBreak cannot save right now',
        body: 'Saving your settings failed (ENOSPC: is the disk full?). Nothing is lost: WalkBreak keeps your changes and tries again.',
      },
    ]);
    expect(core.settings.get()).toMatchObject({ sitThresholdMin: 50, awayThresholdMin: 9 });

    diskBack();
    vi.advanceTimersByTime(5 * MIN); // the longest retry delay
    expect(JSON.parse(file('settings.json'))).toMatchObject({
      settings: { sitThresholdMin: 50, awayThresholdMin: 9 },
    });
    expect(JSON.parse(file('tracker.json'))).toMatchObject({ tracker: { savedAt: expect.any(Number) } });
    expect(notes().map((n) => n.title)).toEqual([
      'WalkBreak cannot save right now',
      'WalkBreak is saving again',
    ]);
    expect(file(join('logs', 'main.log'))).toMatch(/could not save settings\.json \(ENOSPC\)/);
    expect(file(join('logs', 'main.log'))).not.toMatch(/"sitThresholdMin":50/);
  });
});

describe('durableDocument', () => {
  it('retries after 15 s, 30 s, 60 s … up to 5 min; reads see the unwritten value; one report per spell', () => {
    let disk: unknown = 'old';
    let failures = 0;
    const attempts: number[] = [];
    const reports: string[] = [];
    const doc = durableDocument<string>(
      'settings',
      {
        read: () => disk,
        write: (value) => {
          attempts.push(Date.now() - START);
          if (failures-- > 0) throw Object.assign(new Error('denied'), { code: 'EACCES' });
          disk = value;
        },
      },
      {
        failing: (name, code) => reports.push(`failing ${name} ${code}`),
        recovered: (name) => reports.push(`ok ${name}`),
      },
    );
    failures = 7;
    doc.save('new');
    expect(doc.load()).toBe('new');
    expect(disk).toBe('old');
    vi.advanceTimersByTime(15 * MIN);
    expect(attempts.map((ms) => ms / SEC)).toEqual([0, 15, 45, 105, 225, 465, 765]);
    expect(doc.pending).toBe(true);
    vi.advanceTimersByTime(5 * MIN);
    expect(doc.pending).toBe(false);
    expect(disk).toBe('new');
    expect(reports).toEqual(['failing settings EACCES', 'ok settings']);
    // A new save while failing is tried at once; the next spell is reported again.
    failures = 1;
    doc.save('newer');
    expect(doc.flush()).toBe(true);
    expect(disk).toBe('newer');
    expect(reports).toHaveLength(4);
  });
});
