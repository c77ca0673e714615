// The clinician summary speaks the user's language: with an English translator it reads as before; with a German
// one the whole page is German a GP can read (headings, programme, dates, flagged answers), with decimal commas.
import { describe, expect, it } from 'vitest';
import { clinicianHtml } from '../../electron/core/history-clinician';
import { summarize } from '../../electron/core/history-days';
import { reasonKey } from '../../electron/shared/break-content';
import type { BreakState } from '../../electron/shared/break';
import type { HistoryEvent } from '../../electron/shared/history';
import { boutEvent, walkEvent } from '../fakes/history-days';
import { ENGLISH, GERMAN } from '../fakes/i18n';

const at = (local: string): number => new Date(local).getTime();
const NOW = at('2026-03-13T17:00'); // Friday 13 March 2026
const EVENTS: HistoryEvent[] = [
  boutEvent(at('2026-03-12T09:00'), at('2026-03-12T11:30')),
  walkEvent(at('2026-03-11T12:00'), 4, 3),
  walkEvent(at('2026-03-12T12:00'), 3, 2),
  walkEvent(at('2026-03-13T12:00'), 5, 7, {
    outcome: 'step-back',
    zone: 'red',
    reasons: ['peak-7-plus'],
    peak: 7,
  }),
];
const STATE = {
  programme: { level: 3, minutes: 10, status: 'paused', statusReasons: ['clinician-item'] },
} as unknown as BreakState;

/** The page's visible text, one line per block, without tags. */
function textOf(html: string): string {
  return html
    .replace(/<style>[\s\S]*?<\/style>/, '')
    .replace(/<(\/p|\/h1|\/h2|\/tr|\/li|br)>/g, '\n')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#39;/g, "'")
    .replace(/[ \t]+/g, ' ');
}

describe('clinician summary', () => {
  it('reads in English with an English translator', () => {
    const html = clinicianHtml(summarize(EVENTS), NOW, STATE, ENGLISH);
    const text = textOf(html);
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('<h1>WalkBreak summary for a clinician</h1>');
    expect(text).toContain(
      "31 Jan 2026 to 13 Mar 2026 (6 weeks). Recorded by the patient's WalkBreak app; pain is self-reported on a 0–10 scale.",
    );
    expect(text).toContain('Level 3 (10-minute walks), paused until a clinician has seen the patient.');
    expect(text).toContain(
      '3 walks, 30 minutes in total. Sitting: 2 h 30 min a day on average, on 1 tracked day.',
    );
    // The last week: 3 walks, pain before 4, 3, 5 (mean 4.0) and after 3, 2, 7 (mean 4.0).
    expect(text).toMatch(/7 Mar 2026 – 13 Mar 2026 3 30 4\.0 4\.0 L3/);
    expect(text).toContain('(questions after a walk): The pain reached 7 or more during or after the walk.');
    expect(text).toContain('General guidance only, not medical advice. Generated 13 Mar 2026.');
  });

  it('is German with a German translator: words, dates and decimal commas', () => {
    const events = [...EVENTS, walkEvent(at('2026-03-10T12:00'), 4, 4)];
    const html = clinicianHtml(summarize(events), NOW, STATE, GERMAN);
    const text = textOf(html);
    expect(html).toContain('<html lang="de">');
    expect(html).toContain('<title>WalkBreak: Zusammenfassung für Ärztin/Arzt oder Physiotherapie</title>');
    expect(text).toContain(
      '31. Jan. 2026 bis 13. März 2026 (6 Wochen). Aufgezeichnet mit der WalkBreak-App des Patienten bzw. der Patientin; Schmerzen selbst eingeschätzt auf einer Skala von 0 bis 10.',
    );
    expect(text).toContain('Gehprogramm');
    expect(text).toContain(
      'Stufe 3 (Spaziergänge von 10 Minuten), pausiert, bis eine ärztliche oder physiotherapeutische Abklärung erfolgt ist.',
    );
    expect(text).toContain(
      '4 Spaziergänge, insgesamt 40 Minuten. Sitzen: im Durchschnitt 2 Std. 30 Min. pro Tag, an 1 erfassten Tag.',
    );
    // Pain before 4, 3, 5, 4 (mean 4,0) and after 3, 2, 7, 4 (mean 4,0); then a week without walks.
    expect(text).toMatch(/7\. März 2026 – 13\. März 2026 4 40 4,0 4,0 S3/);
    expect(text).toContain('Schmerz vorher (Mittel)');
    expect(text).toContain(`(Fragen nach einem Spaziergang): ${GERMAN.t(reasonKey('peak-7-plus'))}`);
    expect(text).toContain(
      'Nur allgemeine Hinweise, keine medizinische Beratung. Erstellt am 13. März 2026.',
    );
    expect(text).not.toMatch(/⟦|\b(Walks?|Level|Pain|Sitting|weeks?|Generated)\b/);
  });

  it('writes a mean with one decimal in the locale: 3.5 in English, 3,5 in German', () => {
    const events = [walkEvent(at('2026-03-12T12:00'), 4, 3), walkEvent(at('2026-03-13T12:00'), 3, 3)];
    expect(textOf(clinicianHtml(summarize(events), NOW, null, ENGLISH))).toMatch(/ 2 20 3\.5 3\.0 L3/);
    const german = textOf(clinicianHtml(summarize(events), NOW, null, GERMAN));
    expect(german).toMatch(/ 2 20 3,5 3,0 S3/);
    expect(german).toContain('Das Gehprogramm wurde noch nicht begonnen.');
    expect(german).toContain('Keine in diesem Zeitraum.');
  });

  it('gives sitting and standing at the desk by week, as averages per tracked day, in English and German', () => {
    const standing = (from: string, to: string): HistoryEvent => ({
      type: 'standing',
      at: at(to),
      start: at(from),
      end: at(to),
    });
    // The last week: two tracked days; sitting 2 h 30 min and 1 h (mean 1 h 45), standing 1 h 20 min and 40 min
    // (mean 1 h). The week before: nothing tracked.
    const events = [
      boutEvent(at('2026-03-12T09:00'), at('2026-03-12T11:30')),
      standing('2026-03-12T13:00', '2026-03-12T14:20'),
      boutEvent(at('2026-03-13T09:00'), at('2026-03-13T10:00')),
      standing('2026-03-13T10:00', '2026-03-13T10:40'),
    ];
    const english = textOf(clinicianHtml(summarize(events), NOW, null, ENGLISH));
    expect(english).toContain('Sitting and standing at the desk by week');
    expect(english).toContain('Week Tracked days Sitting (avg per day) Standing (avg per day)');
    expect(english).toMatch(/7 Mar 2026 – 13 Mar 2026 2 1 h 45 min 1 h 00 min/);
    expect(english).toMatch(/28 Feb 2026 – 6 Mar 2026 0 – –/);
    const german = textOf(clinicianHtml(summarize(events), NOW, null, GERMAN));
    expect(german).toContain('Sitzen und Stehen am Schreibtisch nach Wochen');
    expect(german).toMatch(/7\. März 2026 – 13\. März 2026 2 1 Std\. 45 Min\. 1 Std\. 00 Min\./);
  });

  it('leaves the stored onboarding yes-answers off the weekly page instead of printing raw message keys', () => {
    const events: HistoryEvent[] = [
      {
        type: 'programme-started',
        at: at('2026-02-20T09:00'),
        level: 2,
        advisory: ['osteoporosis-steroids'],
      },
      { type: 'advisory-answered', at: at('2026-03-09T09:00'), advisory: ['pregnant'] },
      walkEvent(at('2026-03-11T12:00'), 3, 3),
    ];
    expect(summarize(events).get('2026-02-20')?.flags).toEqual([
      expect.objectContaining({ source: 'onboarding' }),
    ]);
    for (const tr of [ENGLISH, GERMAN]) {
      const text = textOf(clinicianHtml(summarize(events), NOW, null, tr));
      expect(text).not.toMatch(/history:|reason\.|pregnant|osteoporosis/i);
    }
  });
});
