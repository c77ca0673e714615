// Table-driven tests of health-evidence.md (d): every rule of every priority, priority conflicts, B and Δ
// boundaries, the history-based escalations, and the next-day upgrades (which never downgrade).
import { describe, expect, it } from 'vitest';
import type {
  ClinicianItem,
  NextDayCheck,
  NextDayFeeling,
  Outcome,
  PostWalkAnswers,
  PreWalkCheck,
  RuleId,
  Zone,
} from '../../electron/shared/walk';
import type { WalkHistory } from '../../electron/core/escalation';
import {
  AnswersRefused,
  applyNextDay,
  baselineOf,
  evaluatePreWalk,
  evaluateWalk,
  nextDayCheckDue,
  nextDayRules,
} from '../../electron/core/symptom-rules';
import {
  answers,
  CLINICIAN,
  EMERGENCY,
  FEELINGS,
  history,
  local,
  OUTCOMES,
  pre,
  remembered,
} from './walk-fixtures';

const NOW = local(2026, 3, 2);
const FRESH = history(NOW);

interface Row {
  name: string;
  a: Partial<PostWalkAnswers>;
  pre?: PreWalkCheck;
  h?: WalkHistory;
  outcome: Outcome;
  reasons: RuleId[];
  zone?: Zone;
}

const quiet = { painNow: 0, peak: 0 };

const priority1: Row[] = [
  ...EMERGENCY.map((item) => ({
    name: `Q7 ${item}, pain 0`,
    a: { ...quiet, emergency: [item] },
    pre: pre(0),
    outcome: 'urgent' as const,
    reasons: ['emergency-item' as const],
  })),
  ...EMERGENCY.map((item) => ({
    name: `P1 ${item} ticked before the walk, pain 0`,
    a: quiet,
    pre: pre(0, [item]),
    outcome: 'urgent' as const,
    reasons: ['emergency-before-walk' as const],
  })),
  {
    name: 'Q5 both legs, not marked new, pain 1',
    a: { painNow: 1, peak: 1, numbness: { where: 'both-legs', newOrWorse: false } },
    outcome: 'urgent',
    reasons: ['numbness-both-legs'],
  },
  {
    name: 'Q5 both legs, new',
    a: { numbness: { where: 'both-legs', newOrWorse: true } },
    outcome: 'urgent',
    reasons: ['numbness-both-legs'],
  },
  {
    name: 'Q6 both legs',
    a: { weakness: { where: 'both-legs', gettingWorse: false } },
    outcome: 'urgent',
    reasons: ['weakness-both-legs'],
  },
  {
    name: 'Q6 both legs and getting worse',
    a: { weakness: { where: 'both-legs', gettingWorse: true } },
    outcome: 'urgent',
    reasons: ['weakness-both-legs', 'weakness-getting-worse'],
  },
  {
    name: 'Q6 one leg, getting worse',
    a: { weakness: { where: 'one-leg', gettingWorse: true } },
    outcome: 'urgent',
    reasons: ['weakness-getting-worse'],
  },
  {
    name: 'Q4 both sides above the knee, new',
    a: { spread: { where: 'above-knee', side: 'both', newOrWorse: true } },
    outcome: 'urgent',
    reasons: ['spread-both-sides-new'],
  },
  {
    name: 'Q4 both sides below the knee, new',
    a: { spread: { where: 'below-knee', side: 'both', newOrWorse: true } },
    outcome: 'urgent',
    reasons: ['spread-both-sides-new'],
  },
];

const priority2: Row[] = [
  {
    name: 'Q5 one leg, new',
    a: { numbness: { where: 'one-leg', newOrWorse: true } },
    outcome: 'see-clinician',
    reasons: ['numbness-one-leg-new'],
  },
  {
    name: 'Q6 one leg, not getting worse',
    a: { weakness: { where: 'one-leg', gettingWorse: false } },
    outcome: 'see-clinician',
    reasons: ['weakness-one-leg'],
  },
  {
    name: 'Q4 both sides above the knee, not new: see a clinician, not urgent',
    a: { spread: { where: 'above-knee', side: 'both', newOrWorse: false } },
    outcome: 'see-clinician',
    reasons: ['spread-both-sides'],
  },
  {
    name: 'Q4 both sides below the knee, not new: see a clinician, not urgent',
    a: { spread: { where: 'below-knee', side: 'both', newOrWorse: false } },
    outcome: 'see-clinician',
    reasons: ['spread-both-sides'],
  },
  ...(['left', 'right'] as const).map((side) => ({
    name: `Q4 below the knee, ${side}, new`,
    a: { spread: { where: 'below-knee' as const, side, newOrWorse: true } },
    outcome: 'see-clinician' as const,
    reasons: ['spread-below-knee-new' as const],
  })),
  {
    name: 'Q8 caught more than once',
    a: { catching: 'more-than-once' },
    outcome: 'see-clinician',
    reasons: ['catching-repeated'],
  },
  ...CLINICIAN.map((item) => ({
    name: `Q9 ${item}`,
    a: { clinician: [item] },
    outcome: 'see-clinician' as const,
    reasons: ['clinician-item' as const],
  })),
];

const priority3: Row[] = [
  {
    name: 'Δ exactly 5 (B 0, peak 5)',
    a: { peak: 5 },
    pre: pre(0),
    outcome: 'step-back',
    reasons: ['delta-5-plus'],
  },
  {
    name: 'Δ 8 (B 1, peak 9)',
    a: { peak: 9 },
    pre: pre(1),
    outcome: 'step-back',
    reasons: ['delta-5-plus', 'peak-7-plus'],
  },
  {
    name: 'Q2 exactly 7 (B 6, Δ 1)',
    a: { peak: 7 },
    pre: pre(6),
    outcome: 'step-back',
    reasons: ['peak-7-plus'],
  },
  {
    name: 'Q2 8 alone is red, not clinician (B 8)',
    a: { peak: 8 },
    pre: pre(8),
    outcome: 'step-back',
    reasons: ['peak-7-plus'],
  },
  { name: 'Q2 10 (B 10)', a: { peak: 10 }, pre: pre(10), outcome: 'step-back', reasons: ['peak-7-plus'] },
];

const priority4: Row[] = [
  { name: 'Δ exactly 4 (B 0, peak 4)', a: { peak: 4 }, pre: pre(0), outcome: 'hold', reasons: ['delta-3-4'] },
  { name: 'Δ exactly 3 (B 2, peak 5)', a: { peak: 5 }, pre: pre(2), outcome: 'hold', reasons: ['delta-3-4'] },
  { name: 'Q2 exactly 6 (B 6)', a: { peak: 6 }, pre: pre(6), outcome: 'hold', reasons: ['peak-6'] },
  {
    name: 'Q2 6 and Δ 4 (B 2)',
    a: { peak: 6 },
    pre: pre(2),
    outcome: 'hold',
    reasons: ['delta-3-4', 'peak-6'],
  },
  {
    name: 'stopped early because of the back, with low pain',
    a: { finished: 'stopped-back', painNow: 1, peak: 1 },
    pre: pre(1),
    outcome: 'hold',
    reasons: ['stopped-for-back'],
  },
  ...(['left', 'right'] as const).flatMap((side) => [
    {
      name: `Q4 above the knee, ${side}, familiar`,
      a: { spread: { where: 'above-knee' as const, side, newOrWorse: false } },
      outcome: 'hold' as const,
      reasons: ['spread-above-knee' as const],
    },
    {
      name: `Q4 above the knee, ${side}, new (one side above the knee stays amber)`,
      a: { spread: { where: 'above-knee' as const, side, newOrWorse: true } },
      outcome: 'hold' as const,
      reasons: ['spread-above-knee' as const],
    },
    {
      name: `Q4 below the knee, ${side}, familiar`,
      a: { spread: { where: 'below-knee' as const, side, newOrWorse: false } },
      outcome: 'hold' as const,
      reasons: ['spread-below-knee-familiar' as const],
    },
  ]),
  {
    name: 'Q5 one leg, familiar',
    a: { numbness: { where: 'one-leg', newOrWorse: false } },
    outcome: 'hold',
    reasons: ['numbness-one-leg-familiar'],
  },
  {
    name: 'Q8 caught once and settled',
    a: { catching: 'once-settled' },
    outcome: 'hold',
    reasons: ['catching-once'],
  },
];

const priority5: Row[] = [
  { name: 'a calm walk', a: {}, outcome: 'continue', reasons: ['comfortable'] },
  {
    name: 'Δ exactly 2 (B 3, peak 5)',
    a: { peak: 5 },
    pre: pre(3),
    outcome: 'continue',
    reasons: ['comfortable'],
  },
  { name: 'Q2 exactly 5 (B 5)', a: { peak: 5 }, pre: pre(5), outcome: 'continue', reasons: ['comfortable'] },
  {
    name: 'pain fell during the walk (Δ −3)',
    a: { peak: 2 },
    pre: pre(5),
    outcome: 'continue',
    reasons: ['comfortable'],
  },
  {
    name: 'stopped early for another reason',
    a: { finished: 'stopped-other' },
    outcome: 'continue',
    reasons: ['comfortable'],
  },
  {
    name: 'Q10 hard is never a safety signal',
    a: { effort: 'hard' },
    outcome: 'continue',
    reasons: ['comfortable'],
  },
  {
    name: 'Q6 "getting worse" ticked without a leg is ignored',
    a: { weakness: { where: 'no', gettingWorse: true } },
    outcome: 'continue',
    reasons: ['comfortable'],
  },
  {
    name: 'Q5 "new" ticked without a leg is ignored',
    a: { numbness: { where: 'no', newOrWorse: true } },
    outcome: 'continue',
    reasons: ['comfortable'],
  },
];

/** P = the worse of Q1 (pain now) and Q2 (peak): pain that rises after the walk counts (d, amended 2026-12-04). */
const painAfterTheWalk: Row[] = [
  {
    name: 'B 3, peak 5, now 8: Δ = 8 − 3 = 5 and P 8 (was "within the comfortable zone")',
    a: { peak: 5, painNow: 8 },
    pre: pre(3),
    outcome: 'step-back',
    reasons: ['delta-5-plus', 'peak-7-plus'],
  },
  {
    name: 'B 6, peak 3, now 7: P 7 is red',
    a: { peak: 3, painNow: 7 },
    pre: pre(6),
    outcome: 'step-back',
    reasons: ['peak-7-plus'],
  },
  {
    name: 'B 0, peak 1, now 5: Δ 5 from pain now',
    a: { peak: 1, painNow: 5 },
    pre: pre(0),
    outcome: 'step-back',
    reasons: ['delta-5-plus'],
  },
  {
    name: 'B 2, peak 2, now 6: P 6 and Δ 4 hold',
    a: { peak: 2, painNow: 6 },
    pre: pre(2),
    outcome: 'hold',
    reasons: ['delta-3-4', 'peak-6'],
  },
  {
    name: 'B 3, peak 2, now 5: Δ 2 and P 5 stay green',
    a: { peak: 2, painNow: 5 },
    pre: pre(3),
    outcome: 'continue',
    reasons: ['comfortable'],
  },
  {
    name: 'B 5, peak 6, now 2: the peak still counts (P 6)',
    a: { peak: 6, painNow: 2 },
    pre: pre(5),
    outcome: 'hold',
    reasons: ['peak-6'],
  },
];

const conflicts: Row[] = [
  {
    name: 'an emergency item beats a clinician item and a red peak',
    a: { emergency: ['chest-pain-breathless'], clinician: ['night-pain'], peak: 9 },
    outcome: 'urgent',
    reasons: ['emergency-item'],
  },
  {
    name: 'Q5 both legs with pain 0 beats everything',
    a: { ...quiet, numbness: { where: 'both-legs', newOrWorse: false } },
    pre: pre(0),
    outcome: 'urgent',
    reasons: ['numbness-both-legs'],
  },
  {
    name: 'a clinician item beats peak 9',
    a: { clinician: ['weight-loss'], peak: 9 },
    outcome: 'see-clinician',
    reasons: ['clinician-item'],
  },
  {
    name: 'Q6 one leg beats Q8 once and a red Δ',
    a: { weakness: { where: 'one-leg', gettingWorse: false }, catching: 'once-settled', peak: 8 },
    pre: pre(0),
    outcome: 'see-clinician',
    reasons: ['weakness-one-leg'],
  },
  {
    name: 'red beats amber: peak 7 and stopped for the back',
    a: { peak: 7, finished: 'stopped-back' },
    pre: pre(5),
    outcome: 'step-back',
    reasons: ['peak-7-plus'],
  },
  {
    name: 'Q4 below the knee one side new with Q5 one leg familiar: see a clinician',
    a: {
      spread: { where: 'below-knee', side: 'left', newOrWorse: true },
      numbness: { where: 'one-leg', newOrWorse: false },
    },
    outcome: 'see-clinician',
    reasons: ['spread-below-knee-new'],
  },
];

const ZONES: Record<Outcome, Zone> = {
  urgent: 'red',
  'see-clinician': 'red',
  'step-back': 'red',
  hold: 'amber',
  continue: 'green',
};

function check(r: Row) {
  const ev = evaluateWalk(answers(r.a), r.pre ?? pre(), r.h ?? FRESH);
  expect(ev.outcome).toBe(r.outcome);
  expect(ev.reasons).toEqual(r.reasons);
  const zone = r.zone ?? ZONES[r.outcome];
  expect(ev.zone).toBe(zone);
}

describe('evaluateWalk: the prioritised table, first match wins', () => {
  describe('priority 1, urgent care', () => it.each(priority1)('$name', check));
  describe('priority 2, see a clinician', () => it.each(priority2)('$name', check));
  describe('priority 3, step back (red)', () => it.each(priority3)('$name', check));
  describe('priority 4, hold (amber)', () => it.each(priority4)('$name', check));
  describe('priority 5, continue (green)', () => it.each(priority5)('$name', check));
  describe('priority conflicts', () => it.each(conflicts)('$name', check));
  describe('P = the worse of pain now and the peak', () => it.each(painAfterTheWalk)('$name', check));

  it('reports P and Δ = P − B', () => {
    expect(evaluateWalk(answers({ peak: 5, painNow: 8 }), pre(3), FRESH)).toMatchObject({
      worst: 8,
      delta: 5,
      baseline: 3,
      painAfter: 8,
    });
  });

  it('fired lists every rule that fired, highest priority first', () => {
    const a = answers({
      emergency: ['bowel'],
      clinician: ['fever-unwell'],
      peak: 7,
      finished: 'stopped-back',
    });
    expect(evaluateWalk(a, pre(), FRESH).fired).toEqual([
      'emergency-item',
      'clinician-item',
      'delta-5-plus',
      'peak-7-plus',
      'stopped-for-back',
    ]);
  });

  it.each<[ClinicianItem[], boolean]>([
    [['fever-unwell'], true],
    [['night-pain'], true],
    [['cancer-history'], true],
    [['weight-loss'], false],
    [['lump-or-shape-change'], false],
    [['weight-loss', 'cancer-history'], true],
    [[], false],
  ])('Q9 %j → urgent GP wording %s (F35)', (items, urgentGp) => {
    expect(evaluateWalk(answers({ clinician: items }), pre(), FRESH).urgentGp).toBe(urgentGp);
  });

  it('Q10 only suggests a slower pace', () => {
    expect(evaluateWalk(answers({ effort: 'hard' }), pre(), FRESH)).toMatchObject({
      outcome: 'continue',
      suggestSlowerPace: true,
    });
    expect(evaluateWalk(answers({ effort: 'easy' }), pre(), FRESH).suggestSlowerPace).toBe(false);
  });
});

describe('baseline B and Δ', () => {
  it.each<[number | null, number[], number | null]>([
    [4, [0, 0, 0], 4],
    [0, [9, 9, 9], 0],
    [null, [1, 5, 3], 3],
    [null, [9, 1, 5, 3], 3],
    [null, [2, 4], 2],
    [null, [6], 6],
    [null, [], null],
  ])('P0 %s with earlier scores %j → B %s', (p0, earlier, b) => {
    expect(baselineOf(p0, earlier)).toBe(b);
  });

  it('missing P0 uses the median of the last 3 pre-walk scores', () => {
    const h = history(NOW, [], { preWalkPains: [0, 1, 5, 2] });
    const ev = evaluateWalk(answers({ peak: 5 }), pre(null), h);
    expect(ev).toMatchObject({ baseline: 2, delta: 3, outcome: 'hold', reasons: ['delta-3-4'] });
    expect(evaluateWalk(answers({ peak: 4 }), pre(null), h)).toMatchObject({ delta: 2, outcome: 'continue' });
  });

  it('without any score the Δ rules are skipped and the peak rules still apply', () => {
    expect(evaluateWalk(answers({ peak: 5 }), pre(null), FRESH)).toMatchObject({
      baseline: null,
      delta: null,
      outcome: 'continue',
    });
    expect(evaluateWalk(answers({ peak: 7 }), pre(null), FRESH).reasons).toEqual(['peak-7-plus']);
  });
});

describe('history-based rules (d) priority 2 and (c)', () => {
  const day = (n: number, h = 12) => local(2026, 3, 2 + n, h);
  const red = (n: number) => remembered(day(n), { zone: 'red', outcome: 'step-back', stepBack: true });
  const amber = (n: number) => remembered(day(n), { zone: 'amber', outcome: 'hold' });
  const at = day(20);
  const redWalk = answers({ peak: 7 });
  const amberWalk = answers({ peak: 5 });

  it.each([
    [6, 'see-clinician'],
    [14, 'see-clinician'],
    [15, 'step-back'],
  ] as const)('a red %i days after another red → %s', (gap, outcome) => {
    const ev = evaluateWalk(redWalk, pre(5), history(at, [red(20 - gap)]));
    expect(ev.outcome).toBe(outcome);
    expect(ev.zone).toBe('red');
    if (outcome === 'see-clinician') expect(ev.reasons).toEqual(['peak-7-plus', 'two-reds-14d']);
  });

  it('a red walk that is also the second red within 14 days, on the same day', () => {
    const ev = evaluateWalk(redWalk, pre(5), history(day(20, 18), [red(20)]));
    expect(ev).toMatchObject({ outcome: 'see-clinician', reasons: ['peak-7-plus', 'two-reds-14d'] });
  });

  it('an amber right after an amber at the same level steps back', () => {
    const ev = evaluateWalk(amberWalk, pre(), history(at, [amber(19)]));
    expect(ev).toMatchObject({
      outcome: 'step-back',
      zone: 'amber',
      reasons: ['delta-3-4', 'second-amber-in-a-row'],
    });
  });

  it.each([
    ['a green in between', [amber(17), remembered(day(18))], {}],
    ['the earlier amber was at another level', [amber(19)], { level: 2 as const }],
    ['the level changed since the earlier amber', [amber(19)], { levelSince: day(19, 18) }],
    [
      'the earlier amber already stepped back',
      [remembered(day(19), { zone: 'amber', outcome: 'step-back' })],
      {},
    ],
  ])('an amber holds when %s', (_name, earlier, patch) => {
    expect(evaluateWalk(amberWalk, pre(), history(at, earlier, patch)).outcome).toBe('hold');
  });

  it('a third step-back within 28 days → see a clinician; one older than 28 days does not count', () => {
    const back = (n: number) => remembered(day(n), { zone: 'amber', outcome: 'step-back', stepBack: true });
    const within = history(day(28), [back(0), back(10), amber(27)]);
    expect(evaluateWalk(amberWalk, pre(), within)).toMatchObject({
      outcome: 'see-clinician',
      reasons: ['delta-3-4', 'second-amber-in-a-row', 'three-step-backs-28d'],
    });
    const outside = history(day(29), [back(0), back(10), amber(28)]);
    expect(evaluateWalk(amberWalk, pre(), outside).outcome).toBe('step-back');
    const red3 = history(day(28), [back(0), back(10)]);
    expect(evaluateWalk(redWalk, pre(5), red3).reasons).toEqual(['peak-7-plus', 'three-step-backs-28d']);
  });

  describe('no improvement after about 4 weeks (median Q1 of the latest 7 days vs the first 7)', () => {
    const review = { firstDay: '2026-03-02', pains: [5, 6, 5] };
    const latest = (pain: number) => [
      remembered(day(24), { painAfter: pain }),
      remembered(day(26), { painAfter: pain }),
    ];
    const rows = [
      ['day 28, no change (5 → 5)', 28, 5, 5, 'see-clinician'],
      ['day 27 is too early', 27, 5, 5, 'continue'],
      ['day 28, fallen by 1 point (5 → 4)', 28, 4, 4, 'continue'],
      ['day 28, worse (5 → 7 after walks)', 28, 7, 7, 'see-clinician'],
      ['day 40, half a point lower (5 → 4.5)', 40, 4, 5, 'see-clinician'],
    ] as const;
    it.each(rows)('%s', (_name, n, earlier, now, outcome) => {
      const h = history(day(n), n === 40 ? [remembered(day(38), { painAfter: earlier })] : latest(earlier), {
        review,
      });
      const ev = evaluateWalk(answers({ painNow: now, peak: now }), pre(now), h);
      expect(ev.outcome).toBe(outcome);
      if (outcome === 'see-clinician') expect(ev.reasons).toContain('no-improvement-28d');
    });

    // The issue (14) changes this expectation: worsening pauses from any baseline, 1 → 3 included (there is no
    // 4/10 floor in (c)); pain that stays low without improving is still not a warning.
    it.each([
      ['1 → 3 is worse: paused, from a low baseline too', [1, 1], 3, 'see-clinician'],
      ['0 → 1 is worse: paused', [0, 0], 1, 'see-clinician'],
      ['1 → 1, low and unchanged: not escalated', [1, 1], 1, 'continue'],
      ['3 → 3, low and unchanged: not escalated', [3, 3], 3, 'continue'],
      ['2 → 1, better: not escalated', [2, 2], 1, 'continue'],
    ] as const)('%s', (_name, pains, now, outcome) => {
      const h = history(day(30), latest(now), { review: { firstDay: '2026-03-02', pains: [...pains] } });
      const ev = evaluateWalk(answers({ painNow: now, peak: now }), pre(now), h);
      expect(ev.outcome).toBe(outcome);
      if (outcome === 'see-clinician') expect(ev.reasons).toEqual(['no-improvement-28d']);
    });

    it('reads P: pain after the walk that stays at 5 while the peak falls is not an improvement', () => {
      const h = history(day(28), [remembered(day(24), { painAfter: 2, worst: 5 })], { review });
      expect(evaluateWalk(answers({ painNow: 5, peak: 2 }), pre(2), h).reasons).toContain(
        'no-improvement-28d',
      );
    });
  });
});

describe('pre-walk emergency check (P1)', () => {
  it('nothing ticked: the walk may start', () => expect(evaluatePreWalk(pre(3))).toBeNull());
  it.each([...EMERGENCY, 'both-legs-numb-weak' as const])(
    '%s ticked: urgent, the walk is blocked',
    (item) => {
      expect(evaluatePreWalk(pre(0, [item]))).toMatchObject({
        outcome: 'urgent',
        zone: 'red',
        reasons: ['emergency-before-walk'],
        painAfter: null,
      });
    },
  );
});

describe('fail closed: the pure rules refuse missing, NaN or out-of-range answers', () => {
  const bad: [string, Record<string, unknown>][] = [
    ['pain now NaN', { painNow: Number.NaN }],
    ['peak NaN', { peak: Number.NaN }],
    ['peak 11', { peak: 11 }],
    ['pain now −1', { painNow: -1 }],
    ['peak 2.5', { peak: 2.5 }],
    ['peak Infinity', { peak: Number.POSITIVE_INFINITY }],
    ['peak missing', { peak: undefined }],
    ['pain now null', { painNow: null }],
    ['peak as text', { peak: '3' }],
    ['Q3 unknown', { finished: 'maybe' }],
    ['Q4 missing', { spread: undefined }],
    ['Q5 leg unknown', { numbness: { where: 'arm', newOrWorse: false } }],
    ['Q6 missing the checkbox', { weakness: { where: 'no' } }],
    ['Q7 missing', { emergency: undefined }],
    ['Q7 unknown item', { emergency: ['headache'] }],
    ['Q8 missing', { catching: undefined }],
    ['Q9 not a list', { clinician: 'none' }],
  ];
  it.each(bad)('post-walk: %s → refused, never "continue"', (_name, patch) => {
    const a = { ...answers(), ...patch } as unknown as PostWalkAnswers;
    expect(() => evaluateWalk(a, pre(2), FRESH)).toThrow(AnswersRefused);
  });

  it.each<[string, unknown]>([
    ['pain NaN', { pain: Number.NaN, emergency: [] }],
    ['pain 11', { pain: 11, emergency: [] }],
    ['pain missing', { emergency: [] }],
    ['emergency list missing', { pain: 2 }],
    ['unknown item', { pain: 2, emergency: ['dizzy'] }],
  ])('pre-walk: %s → refused by both checks', (_name, check) => {
    expect(() => evaluatePreWalk(check as PreWalkCheck)).toThrow(AnswersRefused);
    expect(() => evaluateWalk(answers(), check as PreWalkCheck, FRESH)).toThrow(AnswersRefused);
  });

  it('a baseline score that is not a score is refused, and bad earlier scores are left out', () => {
    expect(() => baselineOf(Number.NaN, [])).toThrow(AnswersRefused);
    expect(baselineOf(null, [2, Number.NaN, 12])).toBe(2);
  });

  it.each<[string, NextDayCheck]>([
    ['N2 NaN', { checkpoint: '24h', feeling: 'better', pain: Number.NaN, at: NOW }],
    ['N2 11', { checkpoint: '24h', feeling: 'same', pain: 11, at: NOW }],
    ['N1 unknown', { checkpoint: '24h', feeling: 'fine' as NextDayFeeling, pain: 2, at: NOW }],
    ['checkpoint unknown', { checkpoint: '72h' as '24h', feeling: 'same', pain: 2, at: NOW }],
  ])('next-day: %s → refused', (_name, check) => {
    expect(() => nextDayRules(check, 3)).toThrow(AnswersRefused);
    expect(() => applyNextDay('continue', check, 3)).toThrow(AnswersRefused);
  });

  it("next-day: the day's pain refused when out of range, read as the worst when not known", () => {
    const worse: NextDayCheck = { checkpoint: '24h', feeling: 'worse-settling', pain: 3, at: NOW };
    expect(() => nextDayRules(worse, Number.NaN)).toThrow(AnswersRefused);
    expect(() => nextDayRules(worse, 11)).toThrow(AnswersRefused);
    expect(nextDayRules(worse, null)).toEqual({
      outcome: 'see-clinician',
      reasons: ['peak-8-worse-next-day'],
    });
  });
});

describe('next-day upgrades', () => {
  const nd = (feeling: NextDayFeeling, checkpoint: '24h' | '48h' = '24h'): NextDayCheck => ({
    feeling,
    checkpoint,
    pain: 3,
    at: NOW,
  });

  it.each<[Outcome, NextDayCheck, number, Outcome]>([
    ['continue', nd('better'), 3, 'continue'],
    ['continue', nd('same'), 5, 'continue'],
    ['continue', nd('worse-settling'), 3, 'hold'],
    ['continue', nd('worse-settling', '48h'), 3, 'hold'],
    ['continue', nd('worse-not-settling'), 3, 'step-back'],
    ['continue', nd('worse-not-settling', '48h'), 3, 'see-clinician'],
    ['hold', nd('worse-not-settling'), 6, 'step-back'],
    ['step-back', nd('worse-settling'), 8, 'see-clinician'],
    ['step-back', nd('worse-not-settling'), 8, 'see-clinician'],
    ['step-back', nd('worse-settling'), 7, 'step-back'],
    ['step-back', nd('worse-not-settling', '48h'), 7, 'see-clinician'],
    ['step-back', nd('better'), 9, 'step-back'],
    ['step-back', nd('same', '48h'), 9, 'step-back'],
    ['hold', nd('better', '48h'), 6, 'hold'],
    ['urgent', nd('worse-not-settling', '48h'), 9, 'urgent'],
  ])('%s + %j with Q2 %i → %s', (previous, check, peak, expected) => {
    expect(applyNextDay(previous, check, peak)).toBe(expected);
  });

  it('reasons name the next-day rule', () => {
    expect(nextDayRules(nd('worse-settling'), 8)?.reasons).toEqual(['peak-8-worse-next-day']);
    expect(nextDayRules(nd('worse-not-settling', '48h'), 8)?.reasons).toEqual([
      'peak-8-worse-next-day',
      'not-settling-48h',
    ]);
    expect(nextDayRules(nd('worse-not-settling'), 2)?.reasons).toEqual(['not-settling-24h']);
    expect(nextDayRules(nd('worse-settling'), 2)?.reasons).toEqual(['worse-settling-next-day']);
    expect(nextDayRules(nd('same'), 9)).toBeNull();
  });

  it('never downgrades: every outcome × answer × checkpoint × peak', () => {
    const rank = (o: Outcome) => OUTCOMES.indexOf(o);
    for (const previous of OUTCOMES)
      for (const feeling of FEELINGS)
        for (const cp of ['24h', '48h'] as const)
          for (let peak = 0; peak <= 10; peak++) {
            const next = applyNextDay(previous, nd(feeling, cp), peak);
            expect(rank(next)).toBeGreaterThanOrEqual(rank(previous));
          }
  });

  describe('when the next-day check is due', () => {
    const walkAt = local(2026, 3, 2, 20);
    const answered = (feeling: NextDayFeeling, at = local(2026, 3, 3, 9)): NextDayCheck[] => [
      { ...nd(feeling), at },
    ];
    it.each<[string, NextDayCheck[], number, '24h' | '48h' | null]>([
      ['the same evening', [], local(2026, 3, 2, 23), null],
      ['next morning', [], local(2026, 3, 3, 8), '24h'],
      ['the day after that, if missed', [], local(2026, 3, 4, 8), '24h'],
      ['three days later: too late', [], local(2026, 3, 5, 8), null],
      ['answered better', answered('better'), local(2026, 3, 4, 8), null],
      ['answered worse: not again the same day', answered('worse-settling'), local(2026, 3, 3, 15), null],
      ['answered worse: re-ask at 48 h', answered('worse-settling'), local(2026, 3, 4, 8), '48h'],
      ['answered worse: re-ask a day late', answered('worse-not-settling'), local(2026, 3, 5, 8), '48h'],
      ['answered worse: too late after that', answered('worse-not-settling'), local(2026, 3, 6, 8), null],
      [
        'both answered',
        [...answered('worse-settling'), { ...nd('better', '48h'), at: local(2026, 3, 4, 9) }],
        local(2026, 3, 4, 12),
        null,
      ],
    ])('%s', (_name, checks, now, due) => {
      expect(nextDayCheckDue(walkAt, checks, now)).toBe(due);
    });
  });
});
