// The clinician summary speaks the user's language: with an English translator it reads as before; with a German
// one the whole page is German a GP can read (headings, programme, dates, flagged answers), with decimal commas.
// Each walk is a row (pain before, after, peak, next day, zone, symptoms in clinical words); flags are dated.
import { describe, expect, it } from 'vitest';
import { clinicianHtml } from '../../electron/core/history-clinician';
import { summarize } from '../../electron/core/history-days';
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
    // One row per walk, oldest first: date, level, minutes walked / planned, before, after, peak, next day, zone.
    expect(text).toMatch(/11 Mar 2026 3 10 \/ 10 4 3 4 – green/);
    expect(text).toMatch(/13 Mar 2026 3 10 \/ 10 5 7 7 – red/);
    expect(text.indexOf('11 Mar 2026 3')).toBeLessThan(text.indexOf('13 Mar 2026 3'));
    expect(text).toContain('13 Mar 2026 (questions after a walk): Pain 7/10 or more → step back one level');
    expect(text).toContain('Key: Pain: self-reported numeric rating scale 0–10 (NRS).');
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
    expect(text).toMatch(/13\. März 2026 3 10 \/ 10 5 7 7 – rot/);
    expect(text).toContain(
      'Datum Stufe Min. (gegangen / geplant) Schmerz vorher Schmerz nachher Spitze Folgetag Ampelzone',
    );
    expect(text).toContain(
      '13. März 2026 (Fragen nach einem Spaziergang): Schmerz 7/10 oder mehr → eine Stufe zurück',
    );
    expect(text).toContain(
      'Legende: Schmerz: Selbsteinschätzung auf der numerischen Ratingskala 0–10 (NRS).',
    );
    expect(text).toContain(
      'Nur allgemeine Hinweise, keine medizinische Beratung. Erstellt am 13. März 2026.',
    );
    expect(text).not.toMatch(/⟦|\b(Walks?|Level|Pain|Sitting|weeks?|Generated)\b/);
  });

  it('says so when there are no walks and no flags, in German', () => {
    const german = textOf(clinicianHtml(summarize([]), NOW, null, GERMAN));
    expect(german).toContain('Keine Spaziergänge in diesem Zeitraum.');
    expect(german).toContain('Das Gehprogramm wurde noch nicht begonnen.');
    expect(german).toContain('Keine in diesem Zeitraum.');
  });

  // A walk with leg pain below the knee on the left (new), one-leg numbness, saddle numbness and night pain, and a
  // next-day check the morning after; onboarding answered "yes" twice; the plan put on hold.
  const FLAGGED: HistoryEvent[] = [
    { type: 'programme-started', at: at('2026-02-20T09:00'), level: 2, advisory: ['osteoporosis-steroids'] },
    { type: 'advisory-answered', at: at('2026-03-09T09:00'), advisory: ['pregnant', 'spinal-surgery-12m'] },
    walkEvent(at('2026-03-10T12:00'), 2, 4, {
      outcome: 'urgent',
      zone: 'red',
      reasons: ['emergency-item'],
      peak: 6,
      answers: {
        finished: 'stopped-back',
        spread: { where: 'below-knee', side: 'left', newOrWorse: true },
        numbness: { where: 'one-leg', newOrWorse: false },
        weakness: { where: 'both-legs', gettingWorse: true },
        emergency: ['saddle-numbness'],
        catching: 'more-than-once',
        clinician: ['night-pain'],
        effort: 'hard',
      },
    }),
    walkEvent(at('2026-03-11T12:00'), 3, 3, { peak: 5 }),
    {
      type: 'next-day-check',
      at: at('2026-03-12T09:00'),
      walkAt: at('2026-03-11T12:00'),
      checkpoint: '24h',
      feeling: 'worse-not-settling',
      pain: 6,
      outcome: 'step-back',
    },
    {
      type: 'programme-status-changed',
      at: at('2026-03-10T12:00'),
      from: 'active',
      to: 'locked',
      reasons: ['emergency-item'],
    },
  ];

  it('names the answers in clinical words, with next-day pain and dated flags (English)', () => {
    const text = textOf(clinicianHtml(summarize(FLAGGED), NOW, STATE, ENGLISH));
    expect(text).toMatch(
      /10 Mar 2026 3 10 \/ 10 2 4 6 – red Stopped early because of back pain; Radiating pain below the knee, left, new or worse; Paraesthesia\/numbness, one leg; Leg weakness, both legs, progressing; Back catching\/instability, recurrent; Saddle numbness or paraesthesia; Night pain, or pain not eased by rest or change of position/,
    );
    // The next day's answer belongs to the walk; the upgrade to a step back turns its zone red.
    expect(text).toMatch(/11 Mar 2026 3 10 \/ 10 3 3 5 at 24 h: worse, not settling, 6\/10 red/);
    expect(text).toContain(
      '10 Mar 2026 (questions after a walk): Saddle numbness or paraesthesia → urgent care advised, plan locked',
    );
    expect(text).toContain('10 Mar 2026 (walking plan put on hold): Emergency-list item after the walk');
    expect(text).toContain('12 Mar 2026 (next-day check): Worse and not settling at 24 h');
    expect(text).toContain(
      '20 Feb 2026 (onboarding screening (answered yes)): Osteoporosis or long-term steroids',
    );
    expect(text).toContain(
      '9 Mar 2026 (onboarding screening (answered yes)): Pregnant; Spinal surgery in the last 12 months',
    );
    expect(text).not.toMatch(/You ticked|ticked something/);
  });

  it('names the answers in clinical words, with next-day pain and dated flags (German)', () => {
    const text = textOf(clinicianHtml(summarize(FLAGGED), NOW, STATE, GERMAN));
    expect(text).toMatch(
      /10\. März 2026 3 10 \/ 10 2 4 6 – rot Vorzeitig beendet wegen Rückenschmerzen; Ausstrahlender Schmerz unterhalb des Knies, links, neu oder stärker; Taubheit\/Kribbeln, ein Bein; Beinschwäche, beide Beine, zunehmend/,
    );
    expect(text).toMatch(
      /11\. März 2026 3 10 \/ 10 3 3 5 nach 24 h: schlechter, bessert sich nicht, 6\/10 rot/,
    );
    expect(text).toContain('12. März 2026 (Nachfrage am Folgetag): Nach 24 h schlechter ohne Besserung');
    expect(text).toContain(
      '9. März 2026 (Eingangsfragen (mit Ja beantwortet)): Schwanger; Wirbelsäulenoperation in den letzten 12 Monaten',
    );
    expect(text).not.toMatch(/⟦|\b(Walks?|Level|Pain|Sitting|weeks?|Generated|Stopped|Radiating)\b/);
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
});
