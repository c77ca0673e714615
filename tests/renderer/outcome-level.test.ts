// The outcome screen calls out a level change ("You've moved up to level 3: 10-minute walks") and, at level 1,
// never promises a shorter walk after a step back (issue 14), in English and German.
import { render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import Outcome from '../../renderer/src/components/break/Outcome.svelte';
import { setLanguageSetting } from '../../renderer/src/lib/i18n.svelte';
import { walkEvaluation } from './fake-api';

afterEach(() => setLanguageSetting('system'));

const props = (o: Record<string, unknown>) => ({
  evaluation: walkEvaluation(),
  nextWalkMin: 10,
  restDay: false,
  level: 3,
  walkLevel: 3,
  onclose: () => {},
  ...o,
});

describe('Outcome: level changes and the step back at level 1', () => {
  it.each([
    ['en', "You've moved up to level 3: 10-minute walks"],
    ['de', 'Sie sind auf Stufe 3 aufgestiegen: Spaziergänge von 10 Minuten'],
  ] as const)('%s: a walk that moved the plan up says so', (lang, text) => {
    setLanguageSetting(lang);
    render(Outcome, { props: props({ walkLevel: 2 }) });
    expect(screen.getByText(text)).toBeTruthy();
  });

  it('no call-out when the level stayed the same', () => {
    setLanguageSetting('en');
    render(Outcome, { props: props({}) });
    expect(screen.queryByText(/moved up/)).toBeNull();
  });

  it.each([
    ['en', /already at the shortest walk, so the next one stays at 5 minutes/, /one level shorter/],
    ['de', /schon beim kürzesten Spaziergang, deshalb bleibt der nächste bei 5 Minuten/, /eine Stufe kürzer/],
  ] as const)('%s: a step back at level 1 does not promise a shorter walk', (lang, lowest, shorter) => {
    setLanguageSetting(lang);
    const evaluation = walkEvaluation({ outcome: 'step-back', zone: 'red', reasons: ['peak-7-plus'] });
    render(Outcome, { props: props({ evaluation, level: 1, walkLevel: 1, nextWalkMin: 5 }) });
    expect(screen.getByText(lowest)).toBeTruthy();
    expect(screen.queryByText(shorter)).toBeNull();
  });

  it('a step back from level 2 still says one level shorter, and calls out the new level', () => {
    setLanguageSetting('en');
    const evaluation = walkEvaluation({ outcome: 'step-back', zone: 'red', reasons: ['peak-7-plus'] });
    render(Outcome, { props: props({ evaluation, level: 1, walkLevel: 2, nextWalkMin: 5 }) });
    expect(screen.getByText(/one level shorter/)).toBeTruthy();
    expect(screen.getByText('Your walks are now level 1: 5 minutes')).toBeTruthy();
  });
});

describe('Outcome: the badge colour says how serious it is (issue 20)', () => {
  it.each([
    [
      'Step back',
      'badge-stepBack',
      walkEvaluation({ outcome: 'step-back', zone: 'red', reasons: ['peak-7-plus'] }),
    ],
    [
      'Step back',
      'badge-stepBack',
      walkEvaluation({ outcome: 'step-back', zone: 'amber', reasons: ['delta-3-4'] }),
    ],
    ['Amber: hold', 'badge-hold', walkEvaluation({ outcome: 'hold', zone: 'amber', reasons: ['delta-3-4'] })],
    [
      'Urgent',
      'badge-urgent',
      walkEvaluation({ outcome: 'urgent', zone: 'red', reasons: ['emergency-item'] }),
    ],
    [
      'See a clinician',
      'badge-seeClinician',
      walkEvaluation({ outcome: 'see-clinician', zone: 'red', reasons: ['clinician-item'] }),
    ],
  ])('%s', (text, kind, evaluation) => {
    setLanguageSetting('en');
    render(Outcome, { props: props({ evaluation }) });
    const badge = screen.getByText(text);
    expect([...badge.classList].filter((c) => c.startsWith('badge-'))).toEqual([kind]);
  });
});
