// Daily summaries by local day (TZ Europe/London): midnight splits, 23- and 25-hour DST days, events in any order,
// per-file partial summaries that merge to the same totals, walks upgraded by next-day checks, levels carried.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  daysTouched,
  mergeDayMaps,
  summarize,
  touchesDay,
  walkMinutes,
} from '../../electron/core/history-days';
import { levelsOver, walkLog } from '../../electron/core/history-overview';
import type { HistoryEvent } from '../../electron/shared/history';
import { boutEvent, syntheticHistory, walkEvent } from '../fakes/history-days';

const MIN = 60_000;
const at = (local: string): number => new Date(local).getTime(); // no zone suffix: local (London) time
const bout = (start: string, end: string): HistoryEvent => boutEvent(at(start), at(end));
const walk = (local: string, before: number, after: number, extra: Parameters<typeof walkEvent>[3] = {}) =>
  walkEvent(at(local), before, after, extra);

describe('daily summaries', () => {
  it('splits a bout across midnight between the two local days, each with its own longest bout', () => {
    const days = summarize([
      bout('2026-03-02T23:20', '2026-03-03T00:50'),
      bout('2026-03-03T09:00', '2026-03-03T09:30'),
    ]);
    expect(days.get('2026-03-02')).toMatchObject({ sittingMs: 40 * MIN, longestBoutMs: 40 * MIN, bouts: 0 });
    expect(days.get('2026-03-03')).toMatchObject({ sittingMs: 80 * MIN, longestBoutMs: 50 * MIN, bouts: 2 });
  });

  it('finds the events that touch a day as daysTouched does, across midnights and DST days (delete one day)', () => {
    const events: HistoryEvent[] = [
      ...syntheticHistory(at('2026-11-16T00:00'), 12, 3),
      bout('2026-03-28T23:00', '2026-03-30T00:00'),
      bout('2026-10-24T23:30', '2026-10-25T01:30'),
      bout('2026-03-03T09:00', '2026-03-03T09:00'),
      bout('2026-03-03T10:00', '2026-03-03T09:00'),
      // Recorded later than it ended: a span ending at midnight does not touch the day after.
      {
        type: 'standing',
        at: at('2026-03-06T12:00'),
        start: at('2026-03-04T23:00'),
        end: at('2026-03-05T00:00'),
      },
      {
        type: 'standing',
        at: at('2026-03-06T12:00'),
        start: at('2026-03-05T00:00'),
        end: at('2026-03-05T00:00'),
      },
    ];
    const days = [...new Set(events.flatMap(daysTouched))];
    fc.assert(
      fc.property(fc.constantFrom(...days, '2026-03-29', '2026-10-25', '2026-02-28', '2026-03-05'), (day) => {
        const touches = touchesDay(day);
        expect(events.filter(touches)).toEqual(events.filter((event) => daysTouched(event).includes(day)));
      }),
      { numRuns: 40 },
    );
  });

  it('counts the 23-hour spring day and the 25-hour autumn day by their real length', () => {
    // 29 March 2026: 01:00 GMT jumps to 02:00 BST. 25 October 2026: 02:00 BST falls back to 01:00 GMT.
    const spring = summarize([bout('2026-03-28T23:00', '2026-03-30T00:00')]);
    expect(spring.get('2026-03-28')!.sittingMs).toBe(60 * MIN);
    expect(spring.get('2026-03-29')!.sittingMs).toBe(23 * 60 * MIN);
    const autumn = summarize([bout('2026-10-25T00:30', '2026-10-25T03:30')]);
    expect(autumn.get('2026-10-25')!.sittingMs).toBe(4 * 60 * MIN); // 00:30 → 03:30 local spans 4 real hours
  });

  it('counts a bout the clock turned backwards (end before start) as no sitting, and still counts the bout', () => {
    const days = summarize([boutEvent(at('2026-03-03T10:00'), at('2026-03-03T09:00'))]);
    expect(days.get('2026-03-03')).toMatchObject({ sittingMs: 0, longestBoutMs: 0, bouts: 1 });
  });

  it('files a reminder shown at 23:30 BST on 31 March under that day, not under UTC 1 April', () => {
    const days = summarize([
      { type: 'reminder-shown', at: Date.UTC(2026, 2, 31, 22, 30), sittingMs: 30 * MIN, firm: false },
    ]);
    expect([...days.keys()]).toEqual(['2026-03-31']);
    expect(days.get('2026-03-31')!.remindedHours).toEqual([23]);
  });

  it('gives the same summaries whatever order the events arrive in, and when split over files then merged', () => {
    const events = syntheticHistory(at('2026-05-01T00:00'), 40, 3);
    const expected = summarize(events);
    fc.assert(
      fc.property(
        fc.array(fc.nat(), { minLength: events.length, maxLength: events.length }),
        fc.nat(4),
        (keys, cuts) => {
          const shuffled = events
            .map((e, i) => ({ e, k: keys[i]! }))
            .sort((a, b) => a.k - b.k)
            .map((x) => x.e);
          expect(summarize(shuffled)).toEqual(expected);
          const size = Math.ceil(shuffled.length / (cuts + 1));
          const parts = Array.from({ length: cuts + 1 }, (_, i) => [
            ...summarize(shuffled.slice(i * size, (i + 1) * size)).values(),
          ]);
          expect(mergeDayMaps(parts)).toEqual(expected);
        },
      ),
      { seed: 42, numRuns: 10 },
    );
  });

  it('counts reminders, breaks by kind, walks and minutes walked on the day they happened', () => {
    const days = summarize([
      { type: 'reminder-shown', at: at('2026-03-03T10:00'), sittingMs: 30 * MIN, firm: false },
      { type: 'reminder-snoozed', at: at('2026-03-03T10:01'), minutes: 10 },
      { type: 'reminder-shown', at: at('2026-03-03T14:00'), sittingMs: 30 * MIN, firm: false },
      { type: 'reminder-accepted', at: at('2026-03-03T14:01') },
      {
        type: 'break',
        at: at('2026-03-03T11:10'),
        kind: 'inferred',
        start: at('2026-03-03T11:00'),
        end: at('2026-03-03T11:10'),
        cause: 'idle',
      },
      {
        type: 'break',
        at: at('2026-03-03T14:30'),
        kind: 'guided',
        start: at('2026-03-03T14:01'),
        end: at('2026-03-03T14:30'),
      },
      walk('2026-03-03T14:25', 4, 3),
      walk('2026-03-03T16:25', 3, 5, {
        walkedMin: 6,
        outcome: 'hold',
        zone: 'amber',
        reasons: ['delta-3-4'],
      }),
    ]);
    const day = days.get('2026-03-03')!;
    expect(day.reminders).toEqual({ shown: 2, snoozed: 1, skipped: 0, accepted: 1, expired: 0 });
    expect(day.breaks).toEqual({ inferred: 1, guided: 1, moved: 0 });
    expect(day.remindedHours).toEqual([10, 14]);
    expect(day.breakHours).toEqual([11, 14]);
    expect(walkMinutes(day)).toBe(16);
    expect(day.walks.map((w) => [w.painBefore, w.painAfter])).toEqual([
      [4, 3],
      [3, 5],
    ]);
  });

  it('shows a walk with the outcome a later next-day check gave it, and flags a back not settling', () => {
    const days = summarize([
      walk('2026-03-03T14:25', 4, 6, { outcome: 'hold', zone: 'amber', reasons: ['delta-3-4'] }),
      {
        type: 'next-day-check',
        at: at('2026-03-04T14:30'),
        walkAt: at('2026-03-03T14:25'),
        checkpoint: '24h',
        feeling: 'worse-not-settling',
        pain: 6,
        outcome: 'step-back',
      },
    ]);
    const [entry] = walkLog(days, ['2026-03-03', '2026-03-04']);
    expect(entry).toMatchObject({ day: '2026-03-03', outcome: 'hold', finalOutcome: 'step-back' });
    expect(days.get('2026-03-04')!.flags).toEqual([
      { at: at('2026-03-04T14:30'), source: 'next-day', items: ['not-settling-24h'] },
    ]);
  });

  it('carries the programme level forward over days without a change, the latest change of a day winning', () => {
    const days = summarize([
      { type: 'programme-started', at: at('2026-03-01T09:00'), level: 2, advisory: [] },
      { type: 'programme-level-changed', at: at('2026-03-03T18:00'), from: 3, to: 4 },
      { type: 'programme-level-changed', at: at('2026-03-03T09:00'), from: 2, to: 3 },
    ]);
    expect(levelsOver(days, ['2026-02-28', '2026-03-01', '2026-03-02', '2026-03-03', '2026-03-04'])).toEqual([
      null,
      2,
      2,
      4,
      4,
    ]);
    expect(levelsOver(days, ['2026-03-02'])).toEqual([2]);
  });
});
