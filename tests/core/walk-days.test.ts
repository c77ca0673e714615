// Several walks in one day (health-evidence.md part 2 (d), amended 2026-12-04): the next-day check and the 48-h
// re-ask apply to every walk of the day, and a day's check stays due after a walk on a later day.
import { describe, expect, it } from 'vitest';
import { answerWalkDay, dueWalkDay, recordWalkDay, type WalkDay } from '../../electron/core/walk-days';
import { local } from './walk-fixtures';

const mon = (h: number) => local(2026, 3, 2, h);
const tue = (h: number) => local(2026, 3, 3, h);

describe('walk days', () => {
  it('walks of one local day share a day: the highest P and the most serious outcome are kept', () => {
    let days: WalkDay[] = recordWalkDay([], mon(9), 8, 'step-back');
    days = recordWalkDay(days, mon(15), 2, 'continue');
    expect(days).toEqual([{ walks: [mon(9), mon(15)], worst: 8, outcome: 'step-back', nextDay: [] }]);
    days = recordWalkDay(days, tue(9), 3, 'continue');
    expect(days).toHaveLength(2);
  });

  it('a walk blocked before it started does not lower the P of the day', () => {
    const days = recordWalkDay(recordWalkDay([], mon(9), 6, 'hold'), mon(10), null, 'urgent');
    expect(days[0]).toMatchObject({ worst: 6, outcome: 'urgent' });
  });

  it("the check is due for the day's last walk the next morning; a walk on Tuesday leaves Monday's check due", () => {
    let days = recordWalkDay([], mon(9), 8, 'step-back');
    days = recordWalkDay(days, mon(15), 2, 'continue');
    expect(dueWalkDay(days, mon(20))).toBeNull();
    expect(dueWalkDay(days, tue(8))).toMatchObject({ index: 0, checkpoint: '24h' });
    days = recordWalkDay(days, tue(9), 2, 'continue');
    expect(dueWalkDay(days, tue(10))).toMatchObject({ index: 0, checkpoint: '24h', day: { worst: 8 } });
    days = answerWalkDay(
      days,
      0,
      { checkpoint: '24h', feeling: 'better', pain: 1, at: tue(10) },
      'step-back',
    );
    expect(dueWalkDay(days, tue(11))).toBeNull();
    expect(dueWalkDay(days, local(2026, 3, 4, 8))).toMatchObject({ index: 1, checkpoint: '24h' });
  });

  it('the 48-h re-ask follows a worse answer for the whole day', () => {
    let days = recordWalkDay(recordWalkDay([], mon(9), 8, 'step-back'), mon(15), 2, 'continue');
    days = answerWalkDay(
      days,
      0,
      { checkpoint: '24h', feeling: 'worse-settling', pain: 5, at: tue(8) },
      'step-back',
    );
    expect(dueWalkDay(days, tue(18))).toBeNull();
    expect(dueWalkDay(days, local(2026, 3, 4, 8))).toMatchObject({ index: 0, checkpoint: '48h' });
  });

  it('a day with an urgent outcome asks nothing; days older than 4 local days are forgotten', () => {
    const urgent = recordWalkDay([], mon(9), null, 'urgent');
    expect(dueWalkDay(urgent, tue(8))).toBeNull();
    const later = recordWalkDay(
      recordWalkDay([], mon(9), 2, 'continue'),
      local(2026, 3, 6, 9),
      2,
      'continue',
    );
    expect(later.map((d) => d.walks[0])).toEqual([local(2026, 3, 6, 9)]);
  });
});
