// The daily movement goal (health-evidence.md part 2 (a), F3): standing, guided walks and "I moved" count (time away
// does not), today's step is built from the user's own recent days and never passes the target, the count starts
// afresh at local midnight, and it comes from history, so a restart loses nothing. Through HistoryService: off → null.
import { describe, expect, it } from 'vitest';
import { HistoryLog } from '../../electron/core/history-log';
import { memoryHistoryFiles } from '../../electron/core/history-memory';
import { HistoryService } from '../../electron/core/history-service';
import { summarize } from '../../electron/core/history-days';
import { dayGoalMin, movementGoal, movementGoalDays } from '../../electron/core/movement-goal';
import type { HistoryEvent } from '../../electron/shared/history';
import { ENGLISH } from '../fakes/i18n';

const MIN = 60_000;
const at = (local: string): number => new Date(local).getTime();
const standing = (from: string, min: number): HistoryEvent => ({
  type: 'standing',
  at: at(from) + min * MIN,
  start: at(from),
  end: at(from) + min * MIN,
});
const bout = (from: string, min: number): HistoryEvent => ({
  type: 'sitting-bout',
  at: at(from) + min * MIN,
  start: at(from),
  end: at(from) + min * MIN,
  endedBy: 'away',
});

describe('daily movement goal', () => {
  it('counts standing, guided walks and "I moved" (2 min each), never time away', () => {
    const days = summarize([
      standing('2026-03-10T09:00', 30),
      {
        type: 'break',
        at: at('2026-03-10T11:12'),
        kind: 'guided',
        start: at('2026-03-10T11:00'),
        end: at('2026-03-10T11:12'),
      },
      {
        type: 'break',
        at: at('2026-03-10T12:00'),
        kind: 'moved',
        start: at('2026-03-10T12:00'),
        end: at('2026-03-10T12:00'),
      },
      {
        type: 'break',
        at: at('2026-03-10T14:00'),
        kind: 'inferred',
        start: at('2026-03-10T13:00'),
        end: at('2026-03-10T14:00'),
        cause: 'idle',
      },
    ]);
    expect(movementGoal(days, at('2026-03-10T15:00'), 120, null).doneMs).toBe((30 + 12 + 2) * MIN);
  });

  it('starts at 30 min with no recorded day, then builds from the average of recorded days plus 15 min, up to the target', () => {
    expect(dayGoalMin(new Map(), '2026-03-10', 120)).toBe(30);
    expect(dayGoalMin(new Map(), '2026-03-10', 60)).toBe(30);
    // Two recorded days: 20 and 50 min standing (mean 35 → 45, + 15 = 60). A day with nothing is skipped.
    const two = summarize([
      standing('2026-03-08T09:00', 20),
      bout('2026-03-09T09:00', 60),
      standing('2026-03-09T11:00', 50),
    ]);
    expect(dayGoalMin(two, '2026-03-10', 120)).toBe(60);
    // Only sitting recorded: the smallest step, 15 min, never nothing.
    expect(dayGoalMin(summarize([bout('2026-03-09T09:00', 300)]), '2026-03-10', 120)).toBe(15);
    // Already above the target: the target, never more.
    const lots = summarize([standing('2026-03-09T09:00', 200)]);
    expect(dayGoalMin(lots, '2026-03-10', 120)).toBe(120);
    // Below a higher target: 200 → 210, + 15 = 225.
    expect(dayGoalMin(lots, '2026-03-10', 240)).toBe(225);
  });

  it("keeps today's step all day and starts the count afresh at local midnight", () => {
    const days = summarize([standing('2026-03-09T09:00', 40), standing('2026-03-10T09:00', 90)]);
    const evening = movementGoal(days, at('2026-03-10T23:59'), 120, null);
    expect(evening).toMatchObject({ todayMin: 60, doneMs: 90 * MIN, targetMin: 120 });
    // After midnight: nothing done yet; the step now also counts yesterday (mean 65 → 75, + 15 = 90).
    expect(movementGoal(days, at('2026-03-11T00:01'), 120, null)).toMatchObject({ todayMin: 90, doneMs: 0 });
  });

  it('counts a standing spell still running, only its part today, and says it grows', () => {
    const goal = movementGoal(new Map(), at('2026-03-11T00:20'), 120, at('2026-03-10T23:50'));
    expect(goal).toMatchObject({ doneMs: 20 * MIN, growing: true });
  });

  it('marks the days of a range on which the step was met', () => {
    const days = summarize([standing('2026-03-09T09:00', 10), standing('2026-03-10T09:00', 40)]);
    const range = movementGoalDays(days, ['2026-03-09', '2026-03-10'], 120);
    // 9 March: no day before, step 30, 10 min: not met. 10 March: mean 10 → 15 + 15 = 30, 40 min: met.
    expect(range.days.map((d) => [d.goalMin, d.met])).toEqual([
      [30, false],
      [30, true],
    ]);
  });

  it('comes from the history, so a new HistoryService (a restart) gives the same; off gives null', () => {
    const log = new HistoryLog(memoryHistoryFiles());
    for (const e of [standing('2026-03-09T09:00', 40), standing('2026-03-10T09:00', 25)]) log.append(e);
    const service = (target: number | null) =>
      new HistoryService({
        log,
        documents: {
          saveFile: () => Promise.resolve({ saved: false }),
          saveClinicianSummary: () => Promise.resolve({ saved: false }),
        },
        now: () => at('2026-03-10T16:00'),
        breakState: () => null,
        i18n: () => ENGLISH,
        movementGoalMin: () => target,
        standingSince: () => null,
      });
    expect(service(120).goal()).toMatchObject({ todayMin: 60, doneMs: 25 * MIN });
    expect(service(120).overview('week').goal?.days.at(-1)).toMatchObject({ day: '2026-03-10', met: false });
    expect(service(null).goal()).toBeNull();
    expect(service(null).overview('week').goal).toBeNull();
  });
});
