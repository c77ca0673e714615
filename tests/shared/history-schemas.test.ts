// A walk's history event keeps its Q3–Q10 answers (which leg, above or below the knee, new or worse, the emergency
// and see-a-clinician items) for the clinician summary. Events written before that still read; a record with a
// hostile answer is refused with a message that names the field and never the value.
import { describe, expect, it } from 'vitest';
import { parseHistoryEvent } from '../../electron/shared/history-schemas';

const OLD_EVENT = {
  type: 'walk-evaluated',
  at: Date.UTC(2026, 2, 10, 12),
  startedAt: Date.UTC(2026, 2, 10, 11, 48),
  level: 3,
  plannedMin: 10,
  walkedMin: 10,
  outcome: 'see-clinician',
  zone: 'red',
  reasons: ['spread-below-knee-new'],
  painBefore: 2,
  painAfter: 4,
  peak: 6,
};
const ANSWERS = {
  finished: 'stopped-back',
  spread: { where: 'below-knee', side: 'left', newOrWorse: true },
  numbness: { where: 'one-leg', newOrWorse: false },
  weakness: { where: 'no', gettingWorse: false },
  emergency: ['saddle-numbness'],
  catching: 'once-settled',
  clinician: ['night-pain', 'weight-loss'],
  effort: 'hard',
};

describe('walk-evaluated answers', () => {
  it('reads an event written before answers were kept', () => {
    const parsed = parseHistoryEvent(OLD_EVENT);
    expect(parsed).toEqual({ ok: true, event: OLD_EVENT });
  });

  it('reads an event with its answers, each one kept', () => {
    const parsed = parseHistoryEvent({ ...OLD_EVENT, answers: ANSWERS });
    expect(parsed.ok && parsed.event.type === 'walk-evaluated' && parsed.event.answers).toEqual(ANSWERS);
  });

  const hostile: [string, unknown, string][] = [
    [
      'free text as an item',
      { ...ANSWERS, emergency: ['call me at 0171 555'] },
      'answers.emergency.0: expected',
    ],
    ['an item twice', { ...ANSWERS, clinician: ['night-pain', 'night-pain'] }, 'answers.clinician: expected'],
    [
      'an unknown side',
      { ...ANSWERS, spread: { where: 'below-knee', side: 'middle', newOrWorse: true } },
      'answers.spread',
    ],
    ['a side without spread', { ...ANSWERS, spread: { where: 'no', side: 'left' } }, 'answers.spread'],
    [
      'a string for a flag',
      { ...ANSWERS, numbness: { where: 'one-leg', newOrWorse: 'yes' } },
      'answers.numbness.newOrWorse: expected',
    ],
    ['a note field', { ...ANSWERS, note: 'feels odd' }, 'answers.note: unexpected field'],
    ['pain inside the answers', { ...ANSWERS, painNow: 3 }, 'answers.painNow: unexpected field'],
    ['a missing answer', { ...ANSWERS, catching: undefined }, 'answers.catching: missing'],
    ['an array for answers', [ANSWERS], 'answers.finished: missing'],
  ];
  for (const [what, answers, message] of hostile)
    it(`refuses ${what}, naming the field and not the value`, () => {
      const parsed = parseHistoryEvent({ ...OLD_EVENT, answers });
      expect(parsed.ok).toBe(false);
      if (parsed.ok) return;
      expect(parsed.message).toContain(`walk-evaluated ${message}`);
      expect(parsed.message).not.toMatch(/0171|feels odd|middle/);
    });
});

describe('advisory-answered', () => {
  const EVENT = { type: 'advisory-answered', at: Date.UTC(2026, 2, 9, 9), advisory: ['pregnant'] };

  it('reads the onboarding "yes" answers given again, and none', () => {
    expect(parseHistoryEvent(EVENT)).toEqual({ ok: true, event: EVENT });
    expect(parseHistoryEvent({ ...EVENT, advisory: [] }).ok).toBe(true);
  });

  it('refuses an unknown item or free text', () => {
    expect(parseHistoryEvent({ ...EVENT, advisory: ['my back'] })).toEqual({
      ok: false,
      message:
        'advisory-answered advisory.0: expected ("cancer-history" | "over-50-first-episode" | "osteoporosis-steroids" | "told-not-to-exercise" | "pregnant" | "spinal-surgery-12m" | "recent-fall-injury" | "heart-chest-symptoms")',
    });
    expect(parseHistoryEvent({ ...EVENT, note: 'x' })).toEqual({
      ok: false,
      message: 'advisory-answered note: unexpected field',
    });
  });
});
