// Home's posture-reset offer (issue 17: "optional, off by default, offered after the first week"): the pure rule as
// a table, the answer stored durably in desk.json (a new DeskService over the same store never asks again), and the
// first recorded day read from history.
import { describe, expect, it } from 'vitest';
import { memoryDeskStore } from '../../electron/core/app';
import { DeskService, checkStoredDesk } from '../../electron/core/desk-service';
import { HistoryLog } from '../../electron/core/history-log';
import { memoryHistoryFiles } from '../../electron/core/history-memory';
import { HistoryService } from '../../electron/core/history-service';
import { POSTURE_OFFER_AFTER_DAYS, postureOfferDue } from '../../electron/core/posture-offer';
import { boutEvent } from '../fakes/history-days';
import { ENGLISH } from '../fakes/i18n';

// Tests pin TZ=Europe/London; 29 March 2026 is the spring DST day (23 hours).
const at = (local: string): number => new Date(local).getTime();
const NOW = at('2026-04-02T10:00');

describe('postureOfferDue', () => {
  it.each([
    // first use,              resets, answer,     due, why
    [null, false, null, false, 'no history yet'],
    [at('2026-04-02T08:00'), false, null, false, 'first day'],
    [at('2026-03-27T23:59'), false, null, false, '6 calendar days: still the first week'],
    [at('2026-03-26T00:00'), false, null, true, '7 calendar days (across the DST change)'],
    [at('2026-03-26T23:59'), false, null, true, '7 calendar days, late in the first day'],
    [at('2025-01-01T09:00'), false, null, true, 'long ago'],
    [at('2026-03-01T09:00'), true, null, false, 'resets already on'],
    [at('2026-03-01T09:00'), false, 'declined', false, '"No thanks": never again'],
    [
      at('2026-03-01T09:00'),
      false,
      'accepted',
      false,
      'accepted, then turned off in Settings: not asked again',
    ],
    [at('2026-04-10T09:00'), false, null, false, 'first use in the future (clock set back)'],
  ] as [number | null, boolean, 'accepted' | 'declined' | null, boolean, string][])(
    'first use %s, resets %s, answer %s → %s (%s)',
    (firstUseAt, postureResets, answer, due) => {
      expect(postureOfferDue({ now: NOW, firstUseAt, postureResets, answer })).toBe(due);
    },
  );

  it('counts a week as 7 local calendar days', () => {
    expect(POSTURE_OFFER_AFTER_DAYS).toBe(7);
  });
});

describe('the offer in the desk state', () => {
  const facts = (firstUseAt: number | null, resets = false) => ({
    firstUseAt: () => firstUseAt,
    postureResets: () => resets,
  });

  it('is offered after a week, and an answer is stored in desk.json and kept by the next start', () => {
    const store = memoryDeskStore();
    const desk = new DeskService(store, () => NOW, undefined, facts(at('2026-03-20T09:00')));
    expect(desk.getState().postureOffer).toBe(true);
    expect(desk.answerPostureOffer('declined').postureOffer).toBe(false);
    expect(checkStoredDesk(store.load())).toEqual({
      ok: true,
      value: { version: 1, workstation: null, postureOffer: 'declined' },
    });
    // The next start reads it back: never asked again.
    const again = new DeskService(store, () => NOW + 86_400_000, undefined, facts(at('2026-03-20T09:00')));
    expect(again.getState().postureOffer).toBe(false);
    // Answering the workstation check later keeps the answer.
    again.saveCheck({
      screenHeight: 'yes',
      screenDistance: 'yes',
      laptop: 'skip',
      elbows: 'yes',
      feet: 'no',
      lowerBack: 'yes',
      light: 'yes',
    });
    expect((store.load() as { postureOffer?: string }).postureOffer).toBe('declined');
  });

  it('is not offered without facts, nor while resets are on, nor in the first week', () => {
    expect(new DeskService(memoryDeskStore(), () => NOW).getState().postureOffer).toBe(false);
    const on = new DeskService(memoryDeskStore(), () => NOW, undefined, facts(at('2026-03-01T09:00'), true));
    expect(on.getState().postureOffer).toBe(false);
    const early = new DeskService(memoryDeskStore(), () => NOW, undefined, facts(at('2026-03-30T09:00')));
    expect(early.getState().postureOffer).toBe(false);
  });

  it('a stored answer that is neither accepted nor declined fails the check (the file is kept aside)', () => {
    expect(checkStoredDesk({ version: 1, workstation: null, postureOffer: 'maybe' }).ok).toBe(false);
  });
});

describe('the first recorded day, from history', () => {
  const service = (events: ReturnType<typeof boutEvent>[]) => {
    const log = new HistoryLog(memoryHistoryFiles());
    for (const event of events) log.append(event);
    return new HistoryService({
      log,
      documents: {
        saveFile: () => Promise.resolve({ saved: false }),
        saveClinicianSummary: () => Promise.resolve({ saved: false }),
      },
      now: () => NOW,
      breakState: () => null,
      i18n: () => ENGLISH,
    });
  };

  it('is null with no history, the local midnight of the first day otherwise', () => {
    expect(service([]).firstRecordedAt()).toBeNull();
    const recent = service([
      boutEvent(at('2026-03-30T09:00'), at('2026-03-30T09:40')),
      boutEvent(at('2026-03-27T14:00'), at('2026-03-27T14:30')),
    ]);
    expect(recent.firstRecordedAt()).toBe(at('2026-03-27T00:00'));
  });

  it('a first month older than the months History reads is "long ago": its first day', () => {
    const old = service([
      boutEvent(at('2025-06-12T09:00'), at('2025-06-12T09:40')),
      boutEvent(at('2026-03-30T09:00'), at('2026-03-30T09:40')),
    ]);
    expect(old.firstRecordedAt()).toBe(at('2025-06-01T00:00'));
  });
});
