// Hostile files at start (issue 19): each kind of stored document, damaged in each way a disk, an editor or a
// newer version can damage it, booted through the real composition root on the Electron fake. For every case:
// the app boots, keeps aside what it must (byte for byte), tells the user at most once, loses nothing else (the
// other documents are read as they were), and never writes over a file from a newer version. The documents are
// settings, tracker, programme and desk (desk.json, the workstation check's answers).
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { newProgramme } from '../../electron/core/programme-state';
import { initialState } from '../../electron/core/tracker-state';
import { bootstrap } from '../../electron/main/bootstrap';
import { WORKSTATION_ITEMS } from '../../electron/shared/desk';
import type { PainScore } from '../../electron/shared/walk';
import { bootstrapOptions, START, useMainTestEnv } from './helpers';

vi.mock('electron', () => ({ default: {} }));

const RESOURCES = fileURLToPath(new URL('../../resources', import.meta.url));
const env = useMainTestEnv('walkbreak-hostile-');
const MIN = 60_000;

const GOOD = {
  settings: { sitThresholdMin: 45, awayThresholdMin: 7, snoozeOptionsMin: [5, 10], remindersEnabled: true },
  tracker: { version: 1, savedAt: START - MIN, state: initialState(START - 10 * MIN, 0) },
  programme: { version: 1, programme: newProgramme(2, START - 86_400_000), advisory: [], lastWalk: null },
  desk: {
    version: 1,
    workstation: {
      checkedAt: START - 86_400_000,
      answers: { ...Object.fromEntries(WORKSTATION_ITEMS.map((item) => [item, 'yes'])), feet: 'no' },
    },
  },
};
const KINDS = Object.keys(GOOD) as Kind[];
type Kind = keyof typeof GOOD;
const fileOf = (kind: Kind, value: unknown): string =>
  JSON.stringify({ [kind]: value, __internal__: { migrations: { version: '0.1.0' } } });

interface Case {
  kind: Kind;
  damage: string;
  text: () => string | Buffer;
  /** What must be kept aside: a renamed damaged file, a copy of a newer one, or nothing. */
  aside: 'broken' | 'newer' | null;
  told: boolean;
}

const CASES: Case[] = [
  ...KINDS.flatMap((kind): Case[] => [
    {
      kind,
      damage: 'truncated',
      text: () => fileOf(kind, GOOD[kind]).slice(0, 30),
      aside: 'broken',
      told: true,
    },
    { kind, damage: 'null', text: () => 'null', aside: 'broken', told: true },
    { kind, damage: 'an array', text: () => '[1,2,3]', aside: 'broken', told: true },
    {
      kind,
      damage: 'wrong types',
      text: () => fileOf(kind, { version: 'one', sitThresholdMin: 'x', workstation: 'x' }),
      aside: 'broken',
      told: true,
    },
    {
      kind,
      damage: 'a byte order mark',
      text: () => '\uFEFF' + fileOf(kind, GOOD[kind]),
      aside: null,
      told: false,
    },
    {
      kind,
      damage: 'a newer app version',
      text: () => fileOf(kind, GOOD[kind]).replace('0.1.0', '9.0.0'),
      aside: 'newer',
      told: true,
    },
    {
      kind,
      damage: '50 MB of garbage',
      text: () => Buffer.concat([Buffer.from('{"x":"'), Buffer.alloc(50 * 1024 * 1024, 'A')]),
      aside: 'broken',
      told: true,
    },
  ]),
  {
    kind: 'settings',
    damage: 'huge numbers',
    text: () => fileOf('settings', { ...GOOD.settings, sitThresholdMin: 1e308 }),
    aside: null,
    told: true,
  },
  {
    kind: 'settings',
    damage: 'the value null',
    text: () => fileOf('settings', null),
    aside: 'broken',
    told: true,
  },
  {
    kind: 'tracker',
    damage: 'a time beyond what a Date holds',
    text: () => fileOf('tracker', { ...GOOD.tracker, state: { ...GOOD.tracker.state, pausedUntil: 1e300 } }),
    aside: 'broken',
    told: true,
  },
  {
    kind: 'tracker',
    damage: 'a future version',
    text: () => fileOf('tracker', { ...GOOD.tracker, version: 2 }),
    aside: 'newer',
    told: true,
  },
  {
    kind: 'programme',
    damage: 'a pain score of 11',
    text: () =>
      fileOf('programme', { ...GOOD.programme, programme: newProgramme(2, START, [11 as PainScore]) }),
    aside: 'broken',
    told: true,
  },
  {
    kind: 'programme',
    damage: 'a future version',
    text: () => fileOf('programme', { ...GOOD.programme, version: 2 }),
    aside: 'newer',
    told: true,
  },
  {
    kind: 'desk',
    damage: 'a future version',
    text: () => fileOf('desk', { ...GOOD.desk, version: 2 }),
    aside: 'newer',
    told: true,
  },
  {
    kind: 'desk',
    damage: 'a check dated beyond what a Date holds',
    text: () => fileOf('desk', { ...GOOD.desk, workstation: { ...GOOD.desk.workstation, checkedAt: 1e300 } }),
    aside: 'broken',
    told: true,
  },
  {
    kind: 'desk',
    damage: 'an answer that is not yes, no or skip',
    text: () =>
      fileOf('desk', {
        ...GOOD.desk,
        workstation: {
          ...GOOD.desk.workstation,
          answers: { ...GOOD.desk.workstation.answers, feet: 'maybe' },
        },
      }),
    aside: 'broken',
    told: true,
  },
];

const read = (name: string): string => readFileSync(join(env.dir, name), 'utf8');
const bytes = (name: string): Buffer => readFileSync(join(env.dir, name));
const kept = (kind: Kind, what: string): string[] =>
  readdirSync(env.dir).filter((f) => f.startsWith(`${kind}.json.${what}-`));

describe('hostile files at start', { timeout: 60_000 }, () => {
  it.each(CASES)(
    '$kind with $damage: boots, keeps aside what it must, tells once, loses nothing else',
    (c) => {
      for (const kind of KINDS)
        writeFileSync(join(env.dir, `${kind}.json`), kind === c.kind ? c.text() : fileOf(kind, GOOD[kind]));
      const original = bytes(`${c.kind}.json`);

      const running = (env.running = bootstrap(env.fake, bootstrapOptions(env.dir, 'linux', RESOURCES)));
      const { core } = running;
      expect(core.engine.snapshot().presence).toBeDefined();
      expect(env.fake.shownNotifications()).toHaveLength(c.told ? 1 : 0);

      if (c.aside === 'broken') {
        expect(kept(c.kind, 'broken')).toHaveLength(1);
        expect(bytes(kept(c.kind, 'broken')[0]!).equals(original)).toBe(true);
      } else expect(kept(c.kind, 'broken')).toEqual([]);
      // Nothing else lost: the other documents are as they were.
      if (c.kind !== 'settings') expect(core.settings.get()).toMatchObject(GOOD.settings);
      if (c.kind !== 'programme') expect(core.breaks.getState().programme?.level).toBe(2);
      if (c.kind !== 'desk') expect(core.desk.getState().toFix).toEqual(['feet']);
      // A desk file read through (BOM) keeps its answers; a damaged one asks again, never throws.
      else expect(core.desk.getState().toFix).toEqual(c.aside === null ? ['feet'] : []);
      if (c.aside === 'newer') {
        expect(bytes(kept(c.kind, 'newer')[0]!).equals(original)).toBe(true);
        // Used for a while and quit: the newer file is exactly as it was.
        core.settings.update({ sitThresholdMin: 50 });
        vi.advanceTimersByTime(10 * MIN);
        running.stop();
        expect(bytes(`${c.kind}.json`).equals(original)).toBe(true);
      }
    },
  );

  it('a read-only profile folder: the app starts, runs in memory and tells the user why', () => {
    const readOnly = (): never => {
      throw Object.assign(new Error('EROFS: read-only file system'), { code: 'EROFS' });
    };
    for (const kind of KINDS) writeFileSync(join(env.dir, `${kind}.json`), fileOf(kind, GOOD[kind]));
    const before = read('settings.json');
    const { core } = (env.running = bootstrap(env.fake, {
      ...bootstrapOptions(env.dir, 'linux', RESOURCES),
      version: '0.2.0', // just upgraded: a good file is not reported damaged
      fs: {
        ...nodeFsForTests(),
        openSync: (p, flags, mode) =>
          flags === 'r' ? nodeFsForTests().openSync(p, flags, mode) : readOnly(),
        mkdirSync: readOnly,
        renameSync: readOnly,
        unlinkSync: readOnly,
      },
    }));
    expect(core.settings.get()).toMatchObject(GOOD.settings);
    expect(core.settings.update({ sitThresholdMin: 55 }).sitThresholdMin).toBe(55);
    const titles = env.fake.shownNotifications().map((n) => n.options.body ?? '');
    expect(titles).toEqual([expect.stringContaining(`(EROFS: is the disk full?)`)]);
    expect(titles[0]).toContain(`WalkBreak is not allowed to write in its data folder, ${env.dir}.`);
    expect(read('settings.json')).toBe(before);
  });
});

import { nodeFs } from '../../electron/main/adapters/durable-fs';
const nodeFsForTests = () => nodeFs;
