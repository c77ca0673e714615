// Insights come from recorded data only: each appears when the data supports it, says exactly what was recorded,
// and is absent (never a default or invented figure) when there is too little data.
import { describe, expect, it } from 'vitest';
import { summarize } from '../../electron/core/history-days';
import { insights } from '../../electron/core/history-insights';
import type { HistoryEvent } from '../../electron/shared/history';
import { boutEvent, walkEvent } from '../fakes/history-days';
import { ENGLISH, GERMAN } from '../fakes/i18n';

const MIN = 60_000;
const at = (local: string): number => new Date(local).getTime();
const NOW = at('2026-03-13T17:00'); // Friday
const shown = (local: string): HistoryEvent => ({
  type: 'reminder-shown',
  at: at(local),
  sittingMs: 30 * MIN,
  firm: false,
});
const breakAt = (local: string): HistoryEvent => ({
  type: 'break',
  at: at(local) + 5 * MIN,
  kind: 'inferred',
  start: at(local),
  end: at(local) + 5 * MIN,
  cause: 'idle',
});
const walk = (local: string, painBefore: number, painAfter: number): HistoryEvent =>
  walkEvent(at(local), painBefore, painAfter, { startedAt: at(local) - 11 * MIN });
const sat = (day: string, hours: number): HistoryEvent =>
  boutEvent(at(`${day}T09:00`), at(`${day}T09:00`) + hours * 60 * MIN);
const texts = (events: HistoryEvent[]): string[] =>
  insights(summarize(events), NOW, ENGLISH).map((i) => i.text);

describe('insights', () => {
  it('says nothing at all without history', () => {
    expect(insights(new Map(), NOW, ENGLISH)).toEqual([]);
  });

  it('counts the reminded hours today in which a break began', () => {
    const events = [
      shown('2026-03-13T09:30'),
      breakAt('2026-03-13T09:40'),
      shown('2026-03-13T10:30'),
      shown('2026-03-13T10:45'),
      shown('2026-03-13T14:00'),
      breakAt('2026-03-13T14:10'),
      breakAt('2026-03-13T16:00'), // an hour without a reminder does not count
      shown('2026-03-12T11:00'), // yesterday does not count
    ];
    expect(texts(events)).toContain('You took a break in 2 of 3 reminded hours today.');
  });

  it('reports the run of walks with pain after at or below pain before, only from 3 walks, ending at a worse one', () => {
    const two = [walk('2026-03-12T12:00', 4, 3), walk('2026-03-13T12:00', 3, 3)];
    expect(texts(two).some((t) => t.startsWith('Pain after'))).toBe(false);
    const run = [
      walk('2026-02-20T12:00', 3, 5), // worse: ends the run
      walk('2026-02-26T12:00', 4, 4),
      walk('2026-03-03T12:00', 5, 3),
      ...two,
    ];
    expect(texts(run)).toContain(
      'Pain after your walks has been at or below pain before for your last 4 walks (2 weeks).',
    );
  });

  it('counts consecutive days with a walk up to today (or yesterday), from 2 days', () => {
    const streak = [
      walk('2026-03-10T12:00', 3, 3),
      walk('2026-03-11T12:00', 3, 3),
      walk('2026-03-12T12:00', 3, 3),
    ];
    expect(texts(streak)).toContain('You have walked on 3 days in a row.');
    expect(texts([walk('2026-03-12T12:00', 3, 3)]).some((t) => t.includes('days in a row'))).toBe(false);
  });

  it('compares average sitting this week with the week before, only with 3 tracked days in each', () => {
    const before = ['2026-03-02', '2026-03-03', '2026-03-04'].map((d) => sat(d, 6));
    const recent = ['2026-03-09', '2026-03-10', '2026-03-11', '2026-03-12'].map((d) => sat(d, 5));
    expect(texts([...before, ...recent])).toContain(
      'You sat 5 h a day on average this week, 1 h less than the week before.',
    );
    expect(texts([...before.slice(0, 2), ...recent]).some((t) => t.startsWith('You sat'))).toBe(false);
  });

  it('words the same insights in German with a German translator', () => {
    const before = ['2026-03-02', '2026-03-03', '2026-03-04'].map((d) => sat(d, 6));
    const recent = ['2026-03-09', '2026-03-10', '2026-03-11', '2026-03-12'].map((d) => sat(d, 5.5));
    const walks = [
      walk('2026-02-26T12:00', 4, 4),
      walk('2026-03-03T12:00', 5, 3),
      walk('2026-03-12T12:00', 4, 3),
      walk('2026-03-13T12:00', 3, 3),
    ];
    const german = insights(summarize([...before, ...recent, ...walks]), NOW, GERMAN).map((i) => i.text);
    expect(german).toEqual([
      'Bei Ihren letzten 4 Spaziergängen war der Schmerz danach gleich oder geringer als vorher (2 Wochen).',
      'Sie sind an 2 Tagen in Folge spazieren gegangen.',
      'Sie haben diese Woche im Durchschnitt 5 Std. 30 Min. am Tag gesessen, 30 Min. weniger als in der Woche davor.',
    ]);
  });
});
