// @vitest-environment node
// Checks the guided break's content against health-evidence.md part 2: every move is complete, doses match the
// spec, every illustration exists and is a themeable, self-contained SVG, and every answer literal has a label.
// Texts are read through the messages: English for the facts, German for the numbers and emergency instructions
// that must survive translation; every key the structure names exists in both languages.
import { WORKSTATION_FIGURES } from '../../electron/shared/desk';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import type { AdvisoryItem, PostureCue } from '../../electron/shared/break';
import {
  ADVISORY_QUESTIONS,
  AT_HOME_EXTRAS,
  BEFORE_YOU_GO,
  BRISK_CUE,
  CLINICIAN_CHOICES,
  COOL_DOWN,
  EASY_END_CUE,
  EASY_START_CUE,
  EMERGENCY_CHOICES,
  END_EARLY_CHOICES,
  NEXT_DAY,
  OUTCOME_COPY,
  POST_WALK,
  PRE_WALK,
  SLOPE_CUE,
  STARTING_QUESTION,
  STOP_IF,
  STRETCH_RULES,
  WARM_UP,
  emergencyKey,
  postureCueKey,
  reasonKey,
  type Choice,
  type ContentKey,
  type MoveDose,
  type MoveId,
} from '../../electron/shared/break-content';
import { createTranslator, missingKeyText } from '../../electron/shared/i18n';
import { RESOURCES } from '../../electron/shared/i18n/resources';
import type {
  ClinicianItem,
  EmergencyItem,
  Legs,
  NextDayFeeling,
  PostWalkAnswers,
  RuleId,
  Side,
} from '../../electron/shared/walk';
import { POSTURE_CUES } from '../../electron/core/walk-clock';
import { ENGLISH, GERMAN } from '../fakes/i18n';
import { emergencyNumbers } from '../../electron/shared/emergency';

const en = ENGLISH.t;
const de = GERMAN.t;
/** Region unknown: every number, as a user whose system names no country sees it. */
const ANY_EN = emergencyNumbers(null, ENGLISH);
const ANY_DE = emergencyNumbers(null, GERMAN);
const FULL_DISCLAIMER = en('content:disclaimer.full', ANY_EN);
const SHORT_DISCLAIMER = en('content:disclaimer.short', ANY_EN);
const EMERGENCY_BANNER = en('content:emergencyBanner', ANY_EN);

const root = fileURLToPath(new URL('../..', import.meta.url));
const illustrations = join(root, 'resources', 'illustrations');
const moves = [...WARM_UP, ...COOL_DOWN];

/** Every literal of each answer type: a Record makes a missing or unknown literal a compile error. */
const EMERGENCY: Record<EmergencyItem, true> = {
  'saddle-numbness': true,
  bladder: true,
  bowel: true,
  'sexual-function': true,
  'chest-pain-breathless': true,
  'fall-severe-pain': true,
};
const CLINICIAN: Record<ClinicianItem, true> = {
  'fever-unwell': true,
  'night-pain': true,
  'weight-loss': true,
  'cancer-history': true,
  'lump-or-shape-change': true,
};
const FINISHED: Record<PostWalkAnswers['finished'], true> = {
  yes: true,
  'stopped-back': true,
  'stopped-other': true,
};
const SPREAD: Record<PostWalkAnswers['spread']['where'], true> = {
  no: true,
  'above-knee': true,
  'below-knee': true,
};
const SIDES: Record<Side, true> = { left: true, right: true, both: true };
const LEGS: Record<Legs, true> = { no: true, 'one-leg': true, 'both-legs': true };
const CATCHING: Record<PostWalkAnswers['catching'], true> = {
  no: true,
  'once-settled': true,
  'more-than-once': true,
};
const EFFORT: Record<PostWalkAnswers['effort'], true> = { easy: true, 'about-right': true, hard: true };
const FEELING: Record<NextDayFeeling, true> = {
  better: true,
  same: true,
  'worse-settling': true,
  'worse-not-settling': true,
};
const ADVISORY: Record<AdvisoryItem, true> = {
  'cancer-history': true,
  'over-50-first-episode': true,
  'osteoporosis-steroids': true,
  'told-not-to-exercise': true,
  pregnant: true,
  'spinal-surgery-12m': true,
  'recent-fall-injury': true,
  'heart-chest-symptoms': true,
};
const CUES: Record<PostureCue, true> = {
  'head-up': true,
  'shoulders-relaxed': true,
  'no-lean': true,
  'level-ground': true,
  shoes: true,
};

const hold = { kind: 'hold', seconds: [20, 30], beginnerSeconds: [10, 15], sets: 2, perSide: true } as const;

/** The doses of health-evidence.md part 2 (b). */
const SPEC_DOSES: Record<MoveId, MoveDose> = {
  W1: { kind: 'timed', seconds: 60 },
  W2: { kind: 'reps', reps: [8, 10], holdSeconds: [2, 2], perSide: false },
  W3: { kind: 'reps', reps: [5, 5], holdSeconds: [2, 3], perSide: false },
  W4: { kind: 'reps', reps: [5, 5], holdSeconds: [3, 5], perSide: true },
  W5: { kind: 'reps', reps: [3, 5], holdSeconds: [2, 3], perSide: true },
  W6: { kind: 'reps', reps: [5, 5], perSide: true },
  W7: { kind: 'reps', reps: [5, 8], perSide: false },
  C1: hold,
  C2: hold,
  C3: hold,
  C4: { ...hold, breaths: 5 },
};

function values<T>(choices: readonly Choice<T>[]): T[] {
  return choices.map((c) => c.value);
}

function expectLabels<T>(choices: readonly Choice<T>[], all: Record<string, true>): void {
  expect([...values(choices)].sort()).toEqual(Object.keys(all).sort());
  for (const c of choices) expect(en(c.label).trim()).not.toBe('');
}

/** Tags balance and nest (comments and the XML declaration skipped): enough to catch a broken hand edit. */
function wellFormed(xml: string): boolean {
  const stack: string[] = [];
  const body = xml.replace(/<!--[\s\S]*?-->/g, '').replace(/<\?xml[^>]*\?>/, '');
  if (/<!\[CDATA\[|<!DOCTYPE/i.test(body)) return false;
  for (const m of body.matchAll(/<(\/?)([A-Za-z][\w:.-]*)((?:\s+[\w:.-]+="[^"<]*")*)\s*(\/?)>/g)) {
    const [, close, name = '', , selfClose] = m;
    if (selfClose) continue;
    if (close) {
      if (stack.pop() !== name) return false;
    } else stack.push(name);
  }
  const tags = body.match(/</g)?.length ?? 0;
  const parsed = [...body.matchAll(/<\/?[A-Za-z][\w:.-]*(?:\s+[\w:.-]+="[^"<]*")*\s*\/?>/g)].length;
  return stack.length === 0 && tags === parsed;
}

describe('break moves', () => {
  it('lists W1–W7 for the warm-up (only W7 optional) and C1–C4 for the cool-down', () => {
    expect(WARM_UP.map((m) => m.id)).toEqual(['W1', 'W2', 'W3', 'W4', 'W5', 'W6', 'W7']);
    expect(COOL_DOWN.map((m) => m.id)).toEqual(['C1', 'C2', 'C3', 'C4']);
    expect(moves.filter((m) => m.optional).map((m) => m.id)).toEqual(['W7']);
    expect(WARM_UP.every((m) => m.phase === 'warm-up')).toBe(true);
    expect(COOL_DOWN.every((m) => m.phase === 'cool-down')).toBe(true);
  });

  it.each(moves.map((m) => [m.id, m] as const))('%s has every field filled in', (_id, move) => {
    expect(en(move.name).trim()).not.toBe('');
    expect(move.instruction.length).toBeGreaterThanOrEqual(2);
    for (const step of move.instruction) expect(en(step).trim()).not.toBe('');
    expect(en(move.doseText).trim()).not.toBe('');
    expect(en(move.caution).trim()).not.toBe('');
    expect(move.sources.length).toBeGreaterThan(0);
    for (const s of move.sources) expect(s).toMatch(/^F\d+$/);
    expect(move.illustration).toMatch(/^[a-z0-9-]+\.svg$/);
  });

  it.each(moves.map((m) => [m.id, m] as const))('%s has the dose of the spec', (id, move) => {
    expect(move.dose).toEqual(SPEC_DOSES[id]);
  });

  it('writes the numbers of each dose into its dose text, in English and in German', () => {
    for (const { dose, doseText } of moves) {
      const numbers =
        dose.kind === 'timed'
          ? [dose.seconds]
          : dose.kind === 'reps'
            ? [...dose.reps, ...(dose.holdSeconds ?? [])]
            : [...dose.seconds, ...dose.beginnerSeconds];
      for (const n of numbers) {
        expect(en(doseText)).toContain(String(n));
        expect(de(doseText)).toContain(String(n));
      }
      if (dose.kind === 'hold' && dose.breaths)
        expect(de(doseText)).toContain(`${dose.breaths} ruhige Atemzüge`);
    }
  });

  it('uses a stable support for the moves that need balance, and offers a seated hamstring option', () => {
    for (const id of ['W6', 'W7', 'C1', 'C2', 'C3', 'C4']) {
      expect(moves.find((m) => m.id === id)?.support).not.toBe('none');
    }
    const seated = COOL_DOWN.find((m) => m.id === 'C2')?.alternative;
    expect(seated && en(seated)).toMatch(/sit/i);
    expect(seated && de(seated)).toMatch(/Sitzen/);
  });

  it('has a stop line about sharp pain and symptoms spreading into a leg', () => {
    expect(en(STOP_IF)).toMatch(/sharp pain/);
    expect(en(STOP_IF)).toMatch(/pins and needles/);
    expect(en(STOP_IF)).toMatch(/numbness/);
    expect(en(STOP_IF)).toMatch(/leg/);
    expect(STRETCH_RULES).toContain(STOP_IF);
    // German: stop on sharp pain, or pain, tingling or numbness spreading into a leg.
    expect(de(STOP_IF)).toMatch(/stechende Schmerzen/);
    expect(de(STOP_IF)).toMatch(/Kribbeln/);
    expect(de(STOP_IF)).toMatch(/Taubheitsgefühl/);
    expect(de(STOP_IF)).toMatch(/Bein/);
  });
});

describe('illustrations', () => {
  const files = readdirSync(illustrations).filter((f) => f.endsWith('.svg'));

  it('gives each move its own file, and every file belongs to a move or a workstation question', () => {
    const used = [...moves.map((m) => m.illustration), ...Object.values(WORKSTATION_FIGURES)];
    expect(new Set(used).size).toBe(used.length);
    expect([...used].sort()).toEqual([...files].sort());
  });

  it.each(moves.map((m) => [m.id, m.illustration] as const))(
    '%s: %s is a small themeable SVG',
    (_id, file) => {
      const path = join(illustrations, file);
      expect(statSync(path).size).toBeLessThan(3 * 1024);
      const svg = readFileSync(path, 'utf8');
      expect(wellFormed(svg)).toBe(true);
      expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="0 0 200 200"/);
      expect(svg).toContain('currentColor');
      // Themeable and CSP-safe when inlined: no fixed colours, no <style> or style="", nothing external, no text.
      expect(svg).not.toMatch(/#[0-9a-f]{3,8}\b|rgb\(/i);
      expect(svg).not.toMatch(/<style|style=|<script|<text|<image|href=|url\(/i);
      for (const [, value] of svg.matchAll(/(?:fill|stroke)="([^"]*)"/g)) {
        expect(['currentColor', 'none']).toContain(value);
      }
      const image = new Resvg(svg, { fitTo: { mode: 'width', value: 200 } }).render();
      expect([image.width, image.height]).toEqual([200, 200]);
      const alpha = image.pixels.filter((_, i) => i % 4 === 3 && _ > 0).length;
      expect(alpha).toBeGreaterThan(200 * 200 * 0.05);
    },
  );
});

describe('illustrations that show the movement (issue 14)', () => {
  const svg = (file: string) => readFileSync(join(illustrations, file), 'utf8');
  /** The y coordinates of a path's points (absolute commands only, as the files are written). */
  const ys = (d: string) =>
    [...d.matchAll(/(-?\d+(?:\.\d+)?)[ ,](-?\d+(?:\.\d+)?)/g)].map((m) => Number(m[2]));
  const paths = (text: string, strokeWidth: string) =>
    [...text.matchAll(new RegExp(`<path stroke-width="${strokeWidth}"[^>]*d="([^"]+)"`, 'g'))].map(
      (m) => m[1]!,
    );

  it('W4 trunk turn: the turn arrow circles the shoulders, never the hips', () => {
    const file = svg(WARM_UP.find((m) => m.id === 'W4')!.illustration);
    const hips = 112;
    const arrows = paths(file, '5');
    expect(arrows.length).toBeGreaterThan(0);
    for (const d of arrows) expect(Math.max(...ys(d)), d).toBeLessThan(hips - 10);
  });

  it('W7 cat–camel: hands reach the desk, and both phases (rounded up, let down) are drawn', () => {
    const file = svg(WARM_UP.find((m) => m.id === 'W7')!.illustration);
    // The desk top is the line at y 112 from x 150; an arm ends on its edge.
    expect(file).toMatch(/M150 112H194/);
    expect(file).toMatch(/ 152 1(0[89]|1[0-2])"/);
    // Two back curves from the hip: one arching up (control point above), one sagging (control point below).
    const backs = [...file.matchAll(/M58 114Q(\d+) (\d+) \d+ \d+/g)].map((m) => Number(m[2]));
    expect(backs.some((y) => y < 114)).toBe(true);
    expect(backs.some((y) => y > 114)).toBe(true);
  });
});

describe('questions', () => {
  it('labels every emergency item for P1 and Q7, and every see-a-clinician item for Q9', () => {
    expectLabels(PRE_WALK.P1.choices, { ...EMERGENCY, 'both-legs-numb-weak': true });
    // Before a walk the fall item is about a fall that has happened, not one "during the walk" (d).
    expect(en(PRE_WALK.P1.choices.find((c) => c.value === 'fall-severe-pain')!.label)).toBe(
      'A recent fall or accident that has left you with severe back pain',
    );
    expectLabels(POST_WALK.Q7.choices, EMERGENCY);
    expectLabels(POST_WALK.Q9.choices, CLINICIAN);
    for (const q of [PRE_WALK.P1, POST_WALK.Q7, POST_WALK.Q9]) expect(en(q.none)).toBe('None of these');
  });

  it('labels every answer of Q3–Q6, Q8, Q10, the end-early reasons and N1', () => {
    expectLabels(POST_WALK.Q3.choices, FINISHED);
    expectLabels(POST_WALK.Q4.choices, SPREAD);
    expectLabels(POST_WALK.Q4.sides, SIDES);
    expectLabels(POST_WALK.Q5.choices, LEGS);
    expectLabels(POST_WALK.Q6.choices, LEGS);
    expectLabels(POST_WALK.Q8.choices, CATCHING);
    expectLabels(POST_WALK.Q10.choices, EFFORT);
    expectLabels(NEXT_DAY.N1.choices, FEELING);
    expect(values(END_EARLY_CHOICES).sort()).toEqual(['back', 'other']);
    expect(en(POST_WALK.Q4.newOrWorse)).toMatch(/new/);
    expect(en(POST_WALK.Q5.newOrWorse)).toMatch(/new/);
    expect(en(POST_WALK.Q6.gettingWorse)).toMatch(/worse/);
  });

  it('asks pain on 0–10 scales with labelled ends', () => {
    for (const scale of [PRE_WALK.P0, POST_WALK.Q1, POST_WALK.Q2, NEXT_DAY.N2]) {
      expect([scale.min, scale.max]).toEqual([0, 10]);
      expect(en(scale.text)).toMatch(/\?$/);
      expect(de(scale.text)).toMatch(/\?$/);
      expect(en(scale.minLabel)).toBe('No pain');
      expect(en(scale.maxLabel)).toBe('Worst pain imaginable');
      expect(en(scale.minSpoken)).toBe('no pain');
    }
    expect(en(POST_WALK.Q2.text)).toMatch(/worst/);
  });

  it('asks every onboarding advisory question, and has a cue for every posture cue id', () => {
    expectLabels(ADVISORY_QUESTIONS, ADVISORY);
    for (const q of ADVISORY_QUESTIONS) {
      expect(en(q.label)).toMatch(/\?$/);
      expect(de(q.label)).toMatch(/\?$/);
    }
    for (const cue of Object.keys(CUES) as PostureCue[]) expect(en(postureCueKey(cue)).trim()).not.toBe('');
    expect(Object.keys(RESOURCES.en.content.cues.posture).sort()).toEqual(Object.keys(CUES).sort());
  });
});

describe('"Before you go" (part 2 (d), amended 2026-12-04)', () => {
  it("gives the seed's advice in order: shoes, flat even ground, posture, then the stop-if line of the walk", () => {
    expect(BEFORE_YOU_GO.advice.map((k) => en(k))).toEqual([
      'Comfortable, supportive shoes that do not rub are all you need.',
      'Keep to flat, even ground for now.',
      'Walk tall with your head up and your eyes looking ahead.',
      'Let your shoulders drop and relax, and let your arms swing naturally.',
      'Stay upright: try not to lean forward.',
    ]);
    // Every posture cue the walk shows is on the card, and nothing else.
    expect([...BEFORE_YOU_GO.advice].sort()).toEqual(POSTURE_CUES.map(postureCueKey).sort());
    expect(en(BEFORE_YOU_GO.stopIf)).toBe(
      'Stop walking and get advice if the pain increases, you get numbness, tingling or weakness in a leg, or your ' +
        'back feels unstable or catches.',
    );
    for (const key of [...BEFORE_YOU_GO.advice, BEFORE_YOU_GO.stopIf, 'content:beforeYouGo.title' as const])
      expect(de(key), key).not.toBe(en(key));
  });
});

describe('disclaimers', () => {
  it('name the emergency numbers', () => {
    for (const text of [FULL_DISCLAIMER, SHORT_DISCLAIMER, EMERGENCY_BANNER]) {
      for (const n of ['999', '112', '911']) expect(text).toContain(n);
    }
  });

  it('send emergencies to A&E / the emergency department the same day', () => {
    expect(EMERGENCY_BANNER).toContain('same-day');
    expect(EMERGENCY_BANNER).toContain('A&E');
    expect(EMERGENCY_BANNER).toContain('emergency department');
    expect(FULL_DISCLAIMER).toContain('emergency department (A&E)');
    expect(FULL_DISCLAIMER).toMatch(/not a medical device/);
    expect(SHORT_DISCLAIMER).toMatch(/not medical advice/);
  });
});

describe('German safety text', () => {
  const emergencyTexts: ContentKey[] = [
    'content:disclaimer.full',
    'content:disclaimer.short',
    'content:emergencyBanner',
    'content:outcomes.urgent.body.p1',
  ];

  it('keeps the emergency numbers', () => {
    for (const key of emergencyTexts) {
      for (const n of ['999', '112', '911']) expect(de(key, ANY_DE), key).toContain(n);
    }
  });

  it('sends emergencies to the Notaufnahme, checked the same day, without waiting', () => {
    for (const key of ['content:emergencyBanner', 'content:outcomes.urgent.body.p1'] as const) {
      expect(de(key)).toMatch(/Notaufnahme/);
      expect(de(key)).toMatch(/jetzt/);
    }
    expect(de('content:emergencyBanner')).toMatch(/noch am selben Tag/);
    expect(de('content:outcomes.urgent.causes.spinal')).toMatch(/noch am selben Tag/);
    expect(de('content:disclaimer.full')).toMatch(/Notaufnahme/);
    expect(de('content:disclaimer.full')).toMatch(/kein Medizinprodukt/);
    expect(de('content:disclaimer.full')).toMatch(/Warten Sie nicht/);
    expect(de('content:disclaimer.short')).toMatch(/kein ärztlicher Rat/);
  });

  it('issue 14 wording: C3 tucks (never "tilt more"), C2 names the front leg, settling is not "improved"', () => {
    expect(de('content:moves.C3.caution')).not.toMatch(/kippen Sie das Becken mehr/);
    expect(de('content:moves.C3.caution')).toMatch(/Steißbein weiter nach unten ein/);
    expect(de('content:moves.C2.steps.s4')).toMatch(
      /Rückseite des Oberschenkels des vorderen, gestreckten Beins/,
    );
    expect(de('content:reasons.worse-settling-next-day')).not.toMatch(/gebessert/);
    expect(de('content:reasons.not-settling-24h')).toMatch(/klang nicht ab/);
    expect(de(emergencyKey('saddle-numbness'))).toMatch(/wo man auf einem Fahrradsattel sitzt/);
  });

  it('names the saddle area, bladder and bowel in words a lay person knows', () => {
    expect(de(emergencyKey('saddle-numbness'))).toMatch(
      /Taubheitsgefühl.*Genitalbereich.*Gesäß.*\(„Reithosenanästhesie“\)/,
    );
    expect(de(emergencyKey('bladder'))).toMatch(/Wasserlassen/);
    expect(de(emergencyKey('bowel'))).toMatch(/Darm/);
    expect(de('content:disclaimer.full')).toMatch(/Blase oder Darm/);
  });

  it('keeps the hold times and repetitions of the intros and the home exercises', () => {
    const numbers = (text: string) => [...text.matchAll(/\d+/g)].map((m) => m[0]).sort();
    for (const key of ['content:intro.warmUp', 'content:intro.coolDown', ...AT_HOME_EXTRAS] as ContentKey[]) {
      expect(numbers(de(key)), key).toEqual(numbers(en(key)));
    }
  });

  it('keeps every number of the reasons, notes and rules', () => {
    const numbers = (text: string) => [...text.matchAll(/\d+/g)].map((m) => m[0]).sort();
    const keys: ContentKey[] = [
      ...STRETCH_RULES,
      'content:advisory.questions.over-50-first-episode',
      'content:advisory.questions.spinal-surgery-12m',
      ...(Object.keys(RESOURCES.en.content.reasons) as RuleId[]).map(reasonKey),
    ];
    for (const key of keys) expect(numbers(de(key)), key).toEqual(numbers(en(key)));
  });
});

describe('region-specific help lines and emergency numbers', () => {
  it('German names the German non-emergency service 116 117 where the English says NHS 111', () => {
    expect(en('content:outcomes.see-clinician.body.urgentGp')).toMatch(/NHS 111/);
    expect(de('content:outcomes.see-clinician.body.urgentGp')).toMatch(/116 117/);
    expect(de('content:outcomes.see-clinician.body.urgentGp')).not.toMatch(/111\b/);
  });

  it('emergency numbers always follow "your local emergency number", for every region and none', () => {
    const keys = [
      'content:emergencyBanner',
      'content:outcomes.urgent.body.p1',
      'content:disclaimer.short',
      'content:disclaimer.full',
      'home:plan.lockedBody',
      'tray:plan.lockedAdvice',
    ] as const;
    for (const key of keys) {
      expect(en(key, ANY_EN), key).toMatch(/local emergency number \(999[^)]*112[^)]*911[^)]*\)/);
      expect(de(key, ANY_DE), key).toMatch(/örtliche Notrufnummer an \(112[^)]*999[^)]*911[^)]*\)/);
      expect(en(key, emergencyNumbers('eu', ENGLISH)), key).toMatch(/local emergency number \(112\)/);
      expect(de(key, emergencyNumbers('eu', GERMAN)), key).toMatch(/örtliche Notrufnummer an \(112\)/);
      expect(en(key, emergencyNumbers('uk', ENGLISH)), key).toMatch(/local emergency number \(999 or 112\)/);
      expect(de(key, emergencyNumbers('uk', GERMAN)), key).toMatch(
        /örtliche Notrufnummer an \(999 oder 112\)/,
      );
      expect(en(key, emergencyNumbers('na', ENGLISH)), key).toMatch(/local emergency number \(911\)/);
      expect(de(key, emergencyNumbers('na', GERMAN)), key).toMatch(/örtliche Notrufnummer an \(911\)/);
    }
  });

  it('says "your local emergency number" before every number, German never a bare "den Notruf"', () => {
    const lead = { en: /local emergency number \($/, de: /Ihre örtliche Notrufnummer an \($/ };
    for (const language of ['en', 'de'] as const) {
      for (const [namespace, messages] of Object.entries(RESOURCES[language])) {
        const texts = JSON.stringify(messages);
        expect(texts, namespace).not.toMatch(/den Notruf\b/);
        // The numbers themselves come from electron/shared/emergency.ts (and common's words for them) only.
        if (namespace !== 'common') expect(texts, namespace).not.toMatch(/\b(999|911)\b/);
        for (const hit of texts.matchAll(/\{\{emergencyNumbers(Short)?\}\}/g)) {
          const before = texts.slice(Math.max(0, (hit.index ?? 0) - 40), hit.index);
          expect(before, `${language} ${namespace}`).toMatch(lead[language]);
        }
      }
    }
  });
});

describe('message keys', () => {
  /** Every key the structure names, so a renamed or missing message is caught here (and by the type). */
  const keys: ContentKey[] = [
    ...moves.flatMap((m) => [
      m.name,
      m.doseText,
      m.caution,
      ...m.instruction,
      ...(m.alternative ? [m.alternative] : []),
    ]),
    ...STRETCH_RULES,
    ...AT_HOME_EXTRAS,
    EASY_START_CUE,
    EASY_END_CUE,
    BRISK_CUE.text,
    SLOPE_CUE.text,
    STARTING_QUESTION,
    ...[...EMERGENCY_CHOICES, ...CLINICIAN_CHOICES, ...ADVISORY_QUESTIONS, ...END_EARLY_CHOICES].map(
      (c) => c.label,
    ),
    ...[PRE_WALK.P0, POST_WALK.Q1, POST_WALK.Q2, NEXT_DAY.N2].flatMap((s) => [
      s.text,
      s.minLabel,
      s.maxLabel,
      s.minSpoken,
      s.maxSpoken,
    ]),
    PRE_WALK.P1.text,
    ...Object.values(POST_WALK).flatMap((q) => [
      q.text,
      ...('choices' in q ? q.choices.map((c: Choice<string>) => c.label) : []),
      ...('sides' in q ? [q.sideText, ...q.sides.map((c) => c.label)] : []),
    ]),
    NEXT_DAY.N1.text,
    NEXT_DAY.N1.text48h,
    ...NEXT_DAY.N1.choices.map((c) => c.label),
    ...Object.values(OUTCOME_COPY).flatMap((o) => [o.title, ...o.body]),
  ];

  it.each(['en', 'de'] as const)('every key the structure names has a %s text', (language) => {
    const reported: string[] = [];
    const { t } = createTranslator(
      { language, locale: language },
      { [language]: RESOURCES[language] },
      (key) => reported.push(key),
    );
    for (const key of keys) expect(t(key), key).not.toBe(missingKeyText(key.slice('content:'.length)));
    expect(reported).toEqual([]);
  });

  it('gives each move its own steps, in order', () => {
    for (const move of moves) {
      expect(move.instruction).toEqual(
        Object.keys(RESOURCES.en.content.moves[move.id].steps).map(
          (s) => `content:moves.${move.id}.steps.${s}`,
        ),
      );
    }
  });
});
