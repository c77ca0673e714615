// The workstation check's store: answers saved and read back, what is left to fix, asking again after a few
// months, and a damaged stored document ignored with a reason (the check is offered again), never thrown.
import { describe, expect, it } from 'vitest';
import { memoryDeskStore } from '../../electron/core/app';
import { DeskService, checkStoredDesk } from '../../electron/core/desk-service';
import type { WorkstationAnswer, WorkstationItem } from '../../electron/shared/desk';

const DAY = 86_400_000;
const ALL_YES: Record<WorkstationItem, WorkstationAnswer> = {
  screenHeight: 'yes',
  screenDistance: 'yes',
  laptop: 'skip',
  elbows: 'yes',
  feet: 'yes',
  lowerBack: 'yes',
  light: 'yes',
};

describe('DeskService', () => {
  it('offers the check until it is done, lists the "no" answers in order, and asks again after 90 days', () => {
    let now = Date.UTC(2026, 2, 2, 9);
    const store = memoryDeskStore();
    const desk = new DeskService(store, () => now);
    expect(desk.getState()).toEqual({ check: null, toFix: [], checkDue: true, postureOffer: false });
    desk.saveCheck({ ...ALL_YES, light: 'no', screenHeight: 'no' });
    expect(desk.getState()).toMatchObject({ toFix: ['screenHeight', 'light'], checkDue: false });
    expect(desk.markFixed('light').toFix).toEqual(['screenHeight']);
    // A new service reads what was stored.
    now += 89 * DAY;
    expect(new DeskService(store, () => now).getState()).toMatchObject({
      toFix: ['screenHeight'],
      checkDue: false,
    });
    now += DAY;
    expect(desk.getState().checkDue).toBe(true);
  });

  it.each<[unknown]>([
    ['not an object'],
    [{ version: 2, workstation: null }],
    [{ version: 1, workstation: { checkedAt: 1, answers: { ...ALL_YES, feet: 'maybe' } } }],
    [{ version: 1, workstation: { checkedAt: -5, answers: ALL_YES } }],
  ])('a damaged stored document (%j) is ignored with a logged reason; the check is offered again', (raw) => {
    const warnings: string[] = [];
    const desk = new DeskService(
      { load: () => raw, save: () => {} },
      () => 0,
      (m) => warnings.push(m),
    );
    expect(desk.getState()).toEqual({ check: null, toFix: [], checkDue: true, postureOffer: false });
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^stored desk document ignored \(.+\)/);
    expect(checkStoredDesk(raw).ok).toBe(false);
  });

  it('a failing save changes nothing and says so to the caller', () => {
    const desk = new DeskService(
      {
        load: () => null,
        save: () => {
          throw new Error('ENOSPC');
        },
      },
      () => 0,
    );
    expect(() => desk.saveCheck(ALL_YES)).toThrow('ENOSPC');
    expect(desk.getState().check).toBeNull();
  });
});
